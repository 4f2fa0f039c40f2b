/**
 * "Not this person" in two tabs of the same page: each tab's choice is added to the page's stored set by the
 * background worker (the single writer), so neither erases the other's, and a reload shows both.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './support/browser';
import type { StaticServer } from './support/server';
import { closeSession, openBrowser } from './support/session';
import { markCenter, markTexts, waitForMarks } from './support/marks';
import { waitForSettled } from './support/settled';

let browser: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => void ({ browser, server } = await openBrowser()));
afterAll(() => closeSession({ browser, server }));

/** Opens the card on the `nth` mark starting with `text` and presses "Not this person". */
async function dismiss(page: Page, text: string, nth: number): Promise<void> {
  await page.bringToFront();
  const point = await markCenter(page, text, nth);
  await page.mouse.move(point.x - 30, point.y - 60);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  const button = page.getByRole('dialog').getByRole('button', { name: 'Not this person' });
  await button.click();
  await waitForSettled(page); // the worker has written it
}

describe('"not this person" in two tabs of the same page', () => {
  it('keeps both tabs\' choices', async () => {
    const [first, second] = [await browser.context.newPage(), await browser.context.newPage()];
    for (const page of [first, second]) {
      await page.goto(`${server.origin}/article.html`);
      await waitForMarks(page, 9);
    }
    await dismiss(first, 'Cara', 2); // "Cara later posted a photo": the short form
    await dismiss(second, 'Paris Jackson', 0);
    // The second tab never saw the first tab's choice; after a reload the first tab shows neither.
    const secondMarks = await markTexts(second);
    expect(secondMarks).toContain('Cara');
    expect(secondMarks.length).toBeLessThan(9);
    await first.reload();
    await waitForSettled(first);
    expect(await markTexts(first)).toEqual(secondMarks.filter((text) => text !== 'Cara'));
    await Promise.all([first.close(), second.close()]);
  });
});
