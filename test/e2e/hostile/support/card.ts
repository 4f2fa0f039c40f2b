/** Reading the marks once the scanner has settled, and opening the card the way a reader does. */
import type { Locator, Page } from 'playwright-core';
import { markCenter, markTexts, waitForMarks } from '../../support/marks';
import { waitForSettled } from '../../support/settled';

/** Waits for the content script to register its highlight with at least `atLeast` marks and to settle, reads them. */
export async function settledMarks(page: Page, atLeast = 0, timeout = 15_000): Promise<string[]> {
  await waitForMarks(page, atLeast, timeout);
  await waitForSettled(page);
  return markTexts(page);
}

/** The card's dialog, inside the host's open shadow root (Playwright's CSS engine pierces open roots). */
export function cardDialog(page: Page): Locator {
  return page.locator('rumor-context-ui [role="dialog"]');
}

/**
 * Rests the pointer on the `nth` mark starting with `text` as a reader would, until the card is visible (at most
 * `timeout`; the caller asserts what it expects), and returns the dialog.
 */
export async function hoverName(page: Page, text: string, nth = 0, timeout = 5000): Promise<Locator> {
  const point = await markCenter(page, text, nth);
  await page.mouse.move(point.x - 20, point.y);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  const dialog = cardDialog(page);
  await dialog.waitFor({ state: 'visible', timeout }).catch(() => undefined);
  return dialog;
}
