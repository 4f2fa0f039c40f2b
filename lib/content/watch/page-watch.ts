/**
 * The watch over a page's text: tells once, as soon as the page may name someone (utils/detector/name-watch.ts),
 * from its text at load and from every change after. It reads `textContent` (one native call per tree: the page's
 * body, each open shadow root, each changed block) and creates nothing else: no detector, no marks, no highlight.
 */
import { mayNameSomeone } from '@/utils/detector/name-watch';
import { openShadowRootsIn } from '@/utils/page-text/shadow-roots';
import { scanRootFor } from '@/utils/page-text/blocks';

const OBSERVED = { childList: true, subtree: true, characterData: true } as const;

/**
 * Calls `onMaybeName` once, when `doc`'s text (open shadow roots included) may name someone, now or after a change;
 * then stops watching. Stops too when `signal` aborts.
 */
export function watchPage(doc: Document, pattern: RegExp, onMaybeName: () => void, signal: AbortSignal): void {
  const observer = new MutationObserver((records) => {
    const changed = new Set<Node>();
    for (const record of records) {
      if (record.type === 'characterData') changed.add(scanRootFor(record.target));
      else for (const node of record.addedNodes) changed.add(scanRootFor(node));
    }
    for (const root of changed) if (read(root)) return found();
  });
  const found = () => {
    observer.disconnect();
    onMaybeName();
  };
  // The tree and every open shadow root in it (a document observer does not see inside them: each is observed).
  const read = (root: Node): boolean => {
    if (mayNameSomeone(root.textContent ?? '', pattern)) return true;
    for (const shadow of openShadowRootsIn(root)) {
      if (mayNameSomeone(shadow.textContent ?? '', pattern)) return true;
      observer.observe(shadow, OBSERVED);
    }
    return false;
  };
  if (signal.aborted) return;
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  observer.observe(doc, OBSERVED);
  if (read(doc.body ?? doc.documentElement)) found();
}
