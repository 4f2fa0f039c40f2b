/**
 * The card is English on every page: on a right-to-left Arabic page it keeps its own language and left-to-right
 * direction (issue 12). Writes a screenshot of the open card to the system's temp folder for a person to look at.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExtensionBrowser } from './support/browser';
import type { StaticServer } from './support/server';
import { closeSession, openBrowser } from './support/session';
import { waitForMarks } from './support/marks';
import { hoverName } from './hostile/support/card';

let browser: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => void ({ browser, server } = await openBrowser()));
afterAll(() => closeSession({ browser, server }));

describe('the card on a right-to-left page', () => {
  it('is laid out left to right, in English, with its text starting at the left', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/arabic.html`);
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
    await waitForMarks(page, 3);
    const dialog = await hoverName(page, 'Cara Delevingne');
    await expect.poll(() => dialog.count()).toBe(1);
    const layout = await dialog.evaluate((card) => {
      const heading = card.querySelector('h2')!;
      const text = document.createRange();
      text.selectNodeContents(heading);
      const close = card.querySelector('button[aria-label="Close"]')!.getBoundingClientRect();
      const style = getComputedStyle(card);
      return {
        lang: card.closest('[lang]')?.getAttribute('lang'),
        direction: style.direction,
        unicodeBidi: style.unicodeBidi,
        cardLeft: card.getBoundingClientRect().left,
        headingTextLeft: text.getBoundingClientRect().left,
        closeLeft: close.left,
      };
    });
    expect(layout).toMatchObject({ lang: 'en', direction: 'ltr', unicodeBidi: 'isolate' });
    // The heading starts at the card's left padding and the close button sits to its right, not mirrored.
    expect(layout.headingTextLeft - layout.cardLeft).toBeLessThan(24);
    expect(layout.closeLeft).toBeGreaterThan(layout.headingTextLeft);
    const path = join(tmpdir(), 'rumor-context-rtl-card.png');
    await page.screenshot({ path });
    console.info(`rtl card screenshot: ${path}`);
    await page.close();
  });
});
