/** Reads what the extension painted, from the page's side: the highlight registry is shared with page scripts. */
import type { Page } from 'playwright-core';
import { waitForSettled } from './settled';

export const MARK_HIGHLIGHT = 'rumor-context-mark';

/**
 * Waits until the content script registered its highlight with at least `atLeast` marks, then returns mark texts.
 * With `atLeast` 0 it waits until the script has settled instead: a page without a mark registers no highlight.
 */
export async function waitForMarks(page: Page, atLeast = 0, timeout = 10_000): Promise<string[]> {
  if (atLeast === 0) {
    await waitForSettled(page, timeout);
    return markTexts(page);
  }
  await page.waitForFunction(
    ([name, min]) => {
      const highlight = CSS.highlights.get(name as string);
      return highlight !== undefined && highlight.size >= (min as number);
    },
    [MARK_HIGHLIGHT, atLeast] as const,
    { timeout },
  );
  return markTexts(page);
}

/** The text under each mark, in document order. */
export async function markTexts(page: Page): Promise<string[]> {
  return page.evaluate((name) => {
    const highlight = CSS.highlights.get(name);
    if (!highlight) return [];
    const ranges = [...highlight].map((abstract) => {
      const range = document.createRange();
      range.setStart(abstract.startContainer, abstract.startOffset);
      range.setEnd(abstract.endContainer, abstract.endOffset);
      return range;
    });
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((range) => range.toString());
  }, MARK_HIGHLIGHT);
}

/** The viewport centre of the first mark whose text starts with `text`. */
export async function markCenter(page: Page, text: string, nth = 0): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ([name, wanted, index]) => {
      const highlight = CSS.highlights.get(name as string);
      const ranges = [...(highlight ?? [])].map((abstract) => {
        const range = document.createRange();
        range.setStart(abstract.startContainer, abstract.startOffset);
        range.setEnd(abstract.endContainer, abstract.endOffset);
        return range;
      });
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const range = ranges.filter((r) => r.toString().startsWith(wanted as string))[index as number];
      if (!range) return null;
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    [MARK_HIGHLIGHT, text, nth] as const,
  );
  if (!point) throw new Error(`no mark starting with "${text}"`);
  return point;
}
