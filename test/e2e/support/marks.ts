/**
 * Reads what the extension painted, from the page's side: the highlight registry is shared with page scripts. The
 * extension paints only the marks near the viewport, so reading every mark scrolls through the page as a reader
 * would, collecting what is painted at each stop, then scrolls back.
 */
import type { Page } from 'playwright-core';
import { waitForSettled } from './settled';

export const MARK_HIGHLIGHT = 'rumor-context-mark';

/**
 * Waits until the content script painted at least `atLeast` marks near the viewport (fewer when the page holds
 * fewer there: then until it settled), then returns every mark's text. With `atLeast` 0 it waits until the script
 * has settled: a page without a mark registers no highlight.
 */
export async function waitForMarks(page: Page, atLeast = 0, timeout = 10_000): Promise<string[]> {
  if (atLeast === 0) {
    await waitForSettled(page, timeout);
    return markTexts(page);
  }
  await page.waitForFunction(
    ([name, min]) => (CSS.highlights.get(name as string)?.size ?? 0) >= Math.min(min as number, 1),
    [MARK_HIGHLIGHT, atLeast] as const,
    { timeout },
  );
  const deadline = Date.now() + timeout;
  for (;;) {
    const marks = await markTexts(page);
    if (marks.length >= atLeast || Date.now() > deadline) return marks;
    await page.waitForTimeout(100);
  }
}

/** Where the marks are read: the whole page (scrolling through it), the view as it is, or around these elements. */
type Stops = 'page' | 'here' | { around: string[] };

/**
 * Each mark's text (and, with `withCentres`, the viewport centre of its first rectangle: that forces a layout, a long
 * task on a big page, so only when asked), in page order, an open shadow root's text in place of its host.
 */
function marksInOrder(page: Page, stops: Stops, withCentres = false): Promise<{ text: string; centre: { x: number; y: number } | null }[]> {
  return page.evaluate(async ([name, where, centres]) => {
    const seen = new Set<AbstractRange>();
    // Every stop waits two frames and a task: the observer's report, then the repaint it causes. Destructured, so the
    // functions have no inferred names: tsx (the demo, the bench) would wrap named ones in a `__name` helper the page
    // does not have.
    const [settle, collect] = [
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)))),
      (inside?: Element) =>
        CSS.highlights.get(name as string)?.forEach((range) => (!inside || inside.contains(range.startContainer) ? seen.add(range) : undefined)),
    ];
    await settle();
    const scroller = document.scrollingElement ?? document.documentElement;
    const [startX, startY] = [scroller.scrollLeft, scroller.scrollTop];
    if (where === 'here') collect();
    else if (where === 'page') {
      collect();
      // A mark is painted within two viewports of the view (lib/content/near-viewport.ts): stops two viewports
      // apart see each part of the page from a stop at most one viewport away.
      for (let top = 0; scroller.scrollHeight > 2 * innerHeight && top < scroller.scrollHeight; top += 2 * innerHeight) {
        scroller.scrollTo({ left: startX, top, behavior: 'instant' });
        await settle();
        collect();
      }
    } else {
      for (const selector of (where as { around: string[] }).around) {
        const element = document.querySelector(selector);
        if (!element) throw new Error(`no element ${selector}`);
        element.scrollIntoView({ block: 'center', behavior: 'instant' });
        await settle();
        collect(element);
      }
    }
    if (scroller.scrollTop !== startY || scroller.scrollLeft !== startX) {
      scroller.scrollTo({ left: startX, top: startY, behavior: 'instant' });
      await settle();
    }
    if (!CSS.highlights.has(name as string)) return [];
    // Ranges in different trees cannot be compared: compare the chains of hosts that lead to them.
    const ordered = [...seen].sort((a, b) => {
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
  }, [MARK_HIGHLIGHT, stops, withCentres] as const);
}

/** The text under each mark of the page, in page order (scrolls through the page and back). */
export async function markTexts(page: Page): Promise<string[]> {
  return (await marksInOrder(page, 'page')).map((mark) => mark.text);
}

/**
 * The text under each mark inside the elements matching `selectors`, each scrolled into view in turn: for a page too
 * long to scroll through in a test (the 10 MB page), where the test knows where its names are.
 */
export async function markTextsAround(page: Page, selectors: string[]): Promise<string[]> {
  return (await marksInOrder(page, { around: selectors })).map((mark) => mark.text);
}

/** The viewport centre of the `nth` mark painted near the view whose text starts with `text` (no scrolling). */
export async function markCenter(page: Page, text: string, nth = 0): Promise<{ x: number; y: number }> {
  const point = (await marksInOrder(page, 'here', true)).filter((mark) => mark.text.startsWith(text))[nth]?.centre;
  if (!point) throw new Error(`no mark starting with "${text}"`);
  return point;
}
