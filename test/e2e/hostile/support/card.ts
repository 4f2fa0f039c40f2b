/** Reading the marks once the scanner has settled, and opening the card the way a reader does. */
import type { Locator, Page } from 'playwright-core';
import { markCenter, markTexts, waitForMarks } from '../../support/marks';

/** Longer than the scanner's flush interval (100 ms), so pending rescans have run. */
export const SETTLE_MS = 400;

/** Waits for the content script to register its highlight with at least `atLeast` marks, lets it settle, reads them. */
export async function settledMarks(page: Page, atLeast = 0, timeout = 15_000): Promise<string[]> {
  await waitForMarks(page, atLeast, timeout);
  await page.waitForTimeout(SETTLE_MS);
  return markTexts(page);
}

/** The card's dialog, inside the host's open shadow root (Playwright's CSS engine pierces open roots). */
export function cardDialog(page: Page): Locator {
  return page.locator('rumor-context-ui [role="dialog"]');
}

/** Rests the pointer on the `nth` mark starting with `text` (as a reader would, ~1 s) and returns the dialog. */
export async function hoverName(page: Page, text: string, nth = 0): Promise<Locator> {
  const point = await markCenter(page, text, nth);
  await page.mouse.move(point.x - 20, point.y);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  await page.waitForTimeout(1000);
  return cardDialog(page);
}
