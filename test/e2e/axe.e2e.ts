/**
 * Accessibility audit (axe-core, WCAG 2.x A and AA rules plus best practices) of the open card and of every popup
 * pane, each in the light and the dark colour scheme: no violations (issue 12).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { launchWithExtension, openPopupFor, type ExtensionBrowser } from './support/browser';
import { serveStatic, type StaticServer } from './support/server';
import { waitForMarks } from './support/marks';
import { hoverName } from './hostile/support/card';

let browser: ExtensionBrowser;
let server: StaticServer;
let article: Page;

const SCHEMES = ['light', 'dark'] as const;
const cardBackground: Partial<Record<(typeof SCHEMES)[number], string>> = {};
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

beforeAll(async () => {
  server = await serveStatic(['test/e2e/pages']);
  browser = await launchWithExtension();
  article = await browser.context.newPage();
  await article.goto(`${server.origin}/article.html`);
  await waitForMarks(article, 9);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Each violation as `rule: target (summary)`, short enough to read in a failed assertion. */
async function audit(page: Page, include?: string[][]): Promise<string[]> {
  // Legacy mode runs axe in the page itself: no extra blank page per audit.
  let builder = new AxeBuilder({ page }).withTags(TAGS).setLegacyMode(true);
  if (include) builder = builder.include(include as never);
  const { violations } = await builder.analyze();
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${JSON.stringify(node.target)} (${node.failureSummary?.split('\n')[1]?.trim() ?? ''})`),
  );
}

describe('axe-core finds no violations', () => {
  for (const scheme of SCHEMES) {
    it(`in the open card, ${scheme}`, async () => {
      await article.bringToFront();
      await article.emulateMedia({ colorScheme: scheme });
      await article.mouse.move(5, 5);
      const dialog = await hoverName(article, 'Cara Delevingne', 1);
      await expect.poll(() => dialog.count()).toBe(1);
      // Unfold everything a reader can unfold, so the audit sees every part of the card.
      const more = dialog.getByRole('button', { name: /Show \d+ more/ });
      if (await more.count()) await more.click({ timeout: 5000 });
      for (const summary of await dialog.locator('summary').all()) await summary.click({ timeout: 5000 });
      expect(await audit(article, [['rumor-context-ui', '[role="dialog"]']])).toEqual([]);
      // Both themes are audited: the dark card really is another palette.
      cardBackground[scheme] = await dialog.evaluate((card) => getComputedStyle(card).backgroundColor);
      if (scheme === 'dark') expect(cardBackground.dark).not.toBe(cardBackground.light);
      await article.keyboard.press('Escape');
    });
  }
  for (const scheme of SCHEMES) {
    it(`in every popup pane, ${scheme}`, async () => {
      const popup = await openPopupFor(browser, article);
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.getByText('5 mentions').waitFor();
      const found: Record<string, string[]> = {};
      for (const main of ['On this page', 'Facts', 'Settings']) {
        await popup.getByRole('tab', { name: main }).click();
        if (main !== 'Facts') {
          found[main] = await audit(popup);
          continue;
        }
        for (const view of await popup.getByRole('tablist', { name: 'Ways to browse' }).getByRole('tab').all()) {
          await view.click();
          found[`Facts / ${await view.textContent()}`] = await audit(popup);
        }
      }
      expect(Object.keys(found).length).toBe(5);
      expect(found).toEqual(Object.fromEntries(Object.keys(found).map((pane) => [pane, []])));
      await popup.close();
    });
  }
});
