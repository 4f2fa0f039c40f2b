/**
 * The mark sheet's `::highlight()` rules reach text in paragraphs and inline elements, not only text directly under
 * <html> (issue 12: Firefox applied `:root::highlight()` to nothing else). Read from the computed highlight style, as
 * the Firefox tier does (test/e2e-firefox/), so both browsers are held to the same check.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './support/browser';
import type { StaticServer } from './support/server';
import { closeSession, openBrowser } from './support/session';
import { waitForMarks } from './support/marks';

let browser: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => void ({ browser, server } = await openBrowser()));
afterAll(() => closeSession({ browser, server }));

function highlightStyle(page: Page, selector: string, name: string) {
  return page.evaluate(
    ([sel, highlight]) => {
      const style = getComputedStyle(document.querySelector(sel!)!, `::highlight(${highlight})`);
      return { textDecorationLine: style.textDecorationLine, backgroundColor: style.backgroundColor };
    },
    [selector, name] as const,
  );
}

describe('mark styles in Chromium', () => {
  it('the underline style reaches text in <p>, in inline elements and far down the page', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/article.html`);
    await waitForMarks(page, 9);
    expect(await page.evaluate(() => CSS.highlights.has('rumor-context-mark-underline'))).toBe(true);
    for (const selector of ['#lede', '#lede b', '#second', '#far']) {
      expect((await highlightStyle(page, selector, 'rumor-context-mark-underline')).textDecorationLine).toBe('underline');
    }
    // Chromium skips the sheet's Firefox-only block (one rule per element), keeping the cheaper :root rules.
    expect(await page.evaluate(() => CSS.supports('(-moz-appearance: none)'))).toBe(false);
    // The hover layer is a background tint: every element gets it too.
    expect((await highlightStyle(page, '#second', 'rumor-context-active')).backgroundColor).not.toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });
});
