/** Reading marks and the card in a Firefox page from the page's side (the highlight registry is shared with it). */
import type { Page } from 'puppeteer-core';

export const MARK_HIGHLIGHT = 'rumor-context-mark';

/** Polls every 100 ms: the default `raf` polling stalls in a background tab. */
const POLL = { polling: 100, timeout: 15_000 } as const;

/** The number of marks the content script registered (0 when it registered none). */
export function markCount(page: Page): Promise<number> {
  return page.evaluate((name) => CSS.highlights.get(name)?.size ?? 0, MARK_HIGHLIGHT);
}

/** Waits until at least `atLeast` marks are registered. */
export async function waitForMarks(page: Page, atLeast = 1): Promise<number> {
  await page.waitForFunction((name, min) => (CSS.highlights.get(name)?.size ?? 0) >= min, POLL, MARK_HIGHLIGHT, atLeast);
  return markCount(page);
}

/** Waits until `check` (run in the page) returns true. */
export async function waitUntil(page: Page, check: (arg: string | null) => boolean, arg: string | null): Promise<void> {
  await page.waitForFunction(check, POLL, arg);
}

/** What a `::highlight(name)` rule gives the text of the element `selector`: how Firefox or Chromium would paint it. */
export function highlightStyle(page: Page, selector: string, name: string): Promise<{ textDecorationLine: string; backgroundColor: string }> {
  return page.evaluate(
    (sel, highlight) => {
      const style = getComputedStyle(document.querySelector(sel)!, `::highlight(${highlight})`);
      return { textDecorationLine: style.textDecorationLine, backgroundColor: style.backgroundColor };
    },
    selector,
    name,
  );
}

/** The viewport centre of the `nth` mark whose text starts with `text`. */
export async function markCenter(page: Page, text: string, nth = 0): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    (name, wanted, index) => {
      const ranges = [...(CSS.highlights.get(name) ?? [])].map((abstract) => {
        const range = document.createRange();
        range.setStart(abstract.startContainer, abstract.startOffset);
        range.setEnd(abstract.endContainer, abstract.endOffset);
        return range;
      });
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const range = ranges.filter((r) => r.toString().startsWith(wanted))[index];
      const rect = range?.getClientRects()[0];
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    },
    MARK_HIGHLIGHT,
    text,
    nth,
  );
  if (!point) throw new Error(`no mark starting with "${text}"`);
  return point;
}

/** Rests the pointer on the `nth` mark starting with `text`, arriving from above as a reader's pointer would. */
export async function hover(page: Page, text: string, nth = 0): Promise<void> {
  const point = await markCenter(page, text, nth);
  await page.mouse.move(point.x - 30, point.y - 60);
  await page.mouse.move(point.x, point.y, { steps: 4 });
}

/** The open card's heading, or null when no card is open (it lives in the host's open shadow root). */
export function cardHeading(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const dialog = document.querySelector('rumor-context-ui')?.shadowRoot?.querySelector('[role="dialog"]');
    return dialog ? (dialog.querySelector('h2')?.textContent ?? '') : null;
  });
}
