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

/**
 * Each mark's text (and, with `withCentres`, the viewport centre of its first rectangle: that forces a layout, a long
 * task on a big page, so only when asked), in page order, an open shadow root's text in place of its host.
 */
function marksInOrder(page: Page, withCentres = false): Promise<{ text: string; centre: { x: number; y: number } | null }[]> {
  return page.evaluate(([name, centres]) => {
    const highlight = CSS.highlights.get(name as string);
    if (!highlight) return [];
    // Ranges in different trees cannot be compared: compare the chains of hosts that lead to them. No named
    // functions in here: tsx (the demo, the bench) would wrap them in a `__name` helper the page does not have.
    const ordered = [...highlight].sort((a, b) => {
      const [chainA, chainB] = [a.startContainer, b.startContainer].map((node) => {
        const nodes = [node];
        for (let root = node.getRootNode(); root instanceof ShadowRoot; root = nodes[0].getRootNode()) nodes.unshift(root.host);
        return nodes;
      });
      for (let i = 0; i < Math.min(chainA.length, chainB.length); i++) {
        if (chainA[i] === chainB[i]) continue;
        return chainA[i].compareDocumentPosition(chainB[i]) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
      }
      return chainA.length - chainB.length || a.startOffset - b.startOffset;
    });
    return ordered.map((abstract) => {
      const range = document.createRange();
      range.setStart(abstract.startContainer, abstract.startOffset);
      range.setEnd(abstract.endContainer, abstract.endOffset);
      const rect = centres ? range.getClientRects()[0] : undefined;
      return { text: range.toString(), centre: rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null };
    });
  }, [MARK_HIGHLIGHT, withCentres] as const);
}

/** The text under each mark, in page order. */
export async function markTexts(page: Page): Promise<string[]> {
  return (await marksInOrder(page)).map((mark) => mark.text);
}

/** The viewport centre of the first mark whose text starts with `text`. */
export async function markCenter(page: Page, text: string, nth = 0): Promise<{ x: number; y: number }> {
  const point = (await marksInOrder(page, true)).filter((mark) => mark.text.startsWith(text))[nth]?.centre;
  if (!point) throw new Error(`no mark starting with "${text}"`);
  return point;
}
