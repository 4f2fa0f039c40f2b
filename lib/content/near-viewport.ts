/**
 * Which marks are near the viewport: the painter paints only those (issue 13). Every change of a highlight makes
 * Chromium rebuild the markers of every range registered under any name, so a change costs the next frame time in
 * proportion to the ranges registered: on the benchmark's 5 MB page, 1,972 ranges under a background made one
 * change cost 35 ms of pre-paint and paint, 2 ranges 8 ms (scripts/highlight-change-cost.ts).
 *
 * One IntersectionObserver watches the element that holds each mark's text (its block); a mark is near while that
 * element is within NEAR_MARGIN of the viewport. Marks far away cost nothing until the reader scrolls towards them:
 * a scan that finds marks only far from the viewport does not change the highlight at all.
 */

/** Two viewports above and below: a mark is painted well before it scrolls into view, even on a fast fling. */
const NEAR_MARGIN = '200% 0px';
/** A page that renders no frame (a tab in the background) never reports: waiting for it ends after this. */
const FIRST_REPORT_WAIT_MS = 1000;

const byDocument = new WeakMap<Document, NearViewport>();

/**
 * True while marks just handed over wait for the observer's first report on their blocks (the next frame): the page
 * has not settled until those near the viewport are painted.
 */
export function awaitingViewport(doc: Document): boolean {
  return byDocument.get(doc)?.awaitingReport() ?? false;
}

export class NearViewport {
  private readonly observer: IntersectionObserver;
  private readonly near = new Set<Element>();
  /** Each range with the element whose box decides whether it is near (null: no element to watch, always near). */
  private ranges: { range: AbstractRange; block: Element | null }[] = [];
  private watched = new Set<Element>();
  private painted: readonly AbstractRange[] = [];
  /** Blocks observed and not reported yet, and since when the oldest of them waits. */
  private readonly unreported = new Set<Element>();
  private waitingSince = 0;

  constructor(
    private readonly doc: Document,
    view: Window & typeof globalThis,
    private readonly onChange: (ranges: readonly AbstractRange[]) => void,
  ) {
    this.observer = new view.IntersectionObserver((entries) => this.update(entries), { rootMargin: NEAR_MARGIN });
    byDocument.set(doc, this);
  }

  awaitingReport(): boolean {
    return this.unreported.size > 0 && Date.now() - this.waitingSince < FIRST_REPORT_WAIT_MS;
  }

  /** The whole set of marks now: those near the viewport are passed on at once, the others as they come near. */
  set(ranges: Iterable<AbstractRange>): void {
    this.ranges = [...ranges].map((range) => ({ range, block: blockOf(range) }));
    const blocks = new Set<Element>();
    for (const { block } of this.ranges) if (block) blocks.add(block);
    for (const block of this.watched) {
      if (blocks.has(block)) continue;
      this.observer.unobserve(block);
      this.near.delete(block);
      this.unreported.delete(block);
    }
    // A newly observed element gets its first entry (near or not) with the next frame's intersection update.
    for (const block of blocks) {
      if (this.watched.has(block)) continue;
      if (this.unreported.size === 0) this.waitingSince = Date.now();
      this.unreported.add(block);
      this.observer.observe(block);
    }
    this.watched = blocks;
    this.refresh();
  }

  dispose(): void {
    if (byDocument.get(this.doc) === this) byDocument.delete(this.doc);
    this.observer.disconnect();
    this.unreported.clear();
    this.near.clear();
    this.watched.clear();
    this.ranges = [];
  }

  private update(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      if (!this.watched.has(entry.target)) continue;
      this.unreported.delete(entry.target);
      // An element without a box (display: contents, or hidden) never intersects: its text is painted wherever it
      // is, as before; a hidden one paints nothing.
      const boxless = entry.boundingClientRect.width === 0 && entry.boundingClientRect.height === 0;
      if (entry.isIntersecting || boxless) this.near.add(entry.target);
      else this.near.delete(entry.target);
    }
    this.refresh();
  }

  /** Passes the near ranges on, in mark order, only when they differ from the last ones passed. */
  private refresh(): void {
    const next = this.ranges.filter(({ block }) => block === null || this.near.has(block)).map(({ range }) => range);
    if (next.length === this.painted.length && next.every((range, i) => range === this.painted[i])) return;
    this.painted = next;
    this.onChange(next);
  }
}

/** The element holding the range's first text: its parent, or the host when the text sits right in a shadow root. */
function blockOf(range: AbstractRange): Element | null {
  const node = range.startContainer;
  const parent = node.nodeType === 1 ? (node as Element) : node.parentNode;
  if (parent && parent.nodeType === 1) return parent as Element;
  const host = (parent as ShadowRoot | null)?.host;
  return host ?? null;
}
