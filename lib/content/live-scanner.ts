/**
 * Keeps the marks in step with the page: one scan when started, then only what changed.
 * A full scan runs in time slices (sliced-scan.ts), so it never makes a long task; its marks replace the old ones when
 * it is done. Mutation records are only stored in the observer callback; the work happens in one batch per tick (at
 * most every FLUSH_INTERVAL_MS, after any full scan in progress), rescanning the smallest blocks that changed, and falls
 * back to one full rescan above FULL_RESCAN_THRESHOLD records. A page that rewrites a clock many times a second costs
 * a rescan of the clock's block per tick, never of the page.
 */
import type { Detector } from '@/utils/detector';
import { PageScan, createPageContext, openShadowRootsIn, scanRootFor, scanSubtree, type DomMention, type PageContext } from '@/utils/page-text';
import type { Mark, MarkIndex } from './mark-index';
import { recordMeasure } from './perf-probe';
import { SlicedScan } from './sliced-scan';

const FLUSH_INTERVAL_MS = 100;
const FULL_RESCAN_THRESHOLD = 1000;
const UI_ATTRIBUTE = 'data-rumor-context-ui';

export interface LiveScannerOptions {
  doc: Document;
  detector: Detector;
  marks: MarkIndex;
  /** Mention keys the reader said are "not this person". */
  isDismissed: (key: string) => boolean;
  /** Called after every batch that changed the marks. */
  onMarksChanged: () => void;
  /** document.open() replaced the whole document, and with it every event listener on it. */
  onDocumentReplaced: () => void;
  setTimeout: (callback: () => void, ms: number) => unknown;
}

export class LiveScanner {
  private page: PageContext = createPageContext();
  private observer: MutationObserver | null = null;
  private pending: MutationRecord[] = [];
  private fullRescanPending = false;
  private flushScheduled = false;
  private fullScan: SlicedScan | null = null;
  /** Open shadow roots observed (a MutationObserver on the document does not see inside them). */
  private observedRoots = new WeakSet<ShadowRoot>();

  constructor(private readonly options: LiveScannerOptions) {}

  /** Scans the whole page and starts following its changes. */
  start(): void {
    const view = this.options.doc.defaultView;
    if (view) {
      // Observing first: what the page changes while the scan runs in slices is rescanned after it.
      this.observer = new view.MutationObserver((records) => this.enqueue(records));
      this.observer.observe(this.options.doc, { childList: true, subtree: true, characterData: true });
    }
    this.scanAll();
  }

  /** True while a full scan, a batch of changes or a rescan is pending: the marks may still change. */
  get busy(): boolean {
    return this.fullScan !== null || this.flushScheduled || this.fullRescanPending || this.pending.length > 0;
  }

  /** Stops observing; the marks stay as they are until the caller clears them. */
  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.observedRoots = new WeakSet();
    this.pending = [];
    this.fullScan?.cancel();
    this.fullScan = null;
  }

  /** Scans the page again from scratch (settings changed, or a person was newly established), in time slices. */
  scanAll(): void {
    this.fullScan?.cancel();
    const started = performance.now();
    const { doc, marks, detector } = this.options;
    this.page = createPageContext();
    const root = doc.body ?? doc.documentElement;
    if (!root) {
      marks.clear();
      this.options.onMarksChanged();
      return;
    }
    // A first pass establishes who the page is about, so short forms anywhere on the page resolve alike.
    const pageScan = new PageScan(root, detector, this.page, (shadow) => this.observe(shadow));
    const scan = new SlicedScan(pageScan, {
      later: (callback) => this.options.setTimeout(callback, 0),
      onLost: () => this.scanAll(),
      onDone: (result, timing) => {
        const marking = performance.now();
        this.fullScan = null;
        marks.clear();
        marks.add(this.toMarks(result.mentions));
        this.options.onMarksChanged();
        // Time in the slices, the gaps between them left out (the measure itself spans them).
        const busyMs = timing.busyMs + performance.now() - marking;
        recordMeasure('full-scan', started, { marks: marks.all().length, busyMs, slices: timing.slices, hostWalkMs: pageScan.hostWalkMs });
      },
    });
    this.fullScan = scan;
    scan.start();
  }

  private enqueue(records: MutationRecord[]): void {
    if (records.some((record) => record.target === this.options.doc && record.addedNodes.length > 0)) {
      this.options.onDocumentReplaced();
      return;
    }
    if (this.fullRescanPending) return;
    for (const record of records) {
      if (!isOwnUi(record.target)) this.pending.push(record);
    }
    if (this.pending.length > FULL_RESCAN_THRESHOLD) {
      this.pending = [];
      this.fullRescanPending = true;
    }
    if (!this.flushScheduled && (this.pending.length > 0 || this.fullRescanPending)) {
      this.flushScheduled = true;
      this.options.setTimeout(() => this.flush(), FLUSH_INTERVAL_MS);
    }
  }

  private flush(): void {
    const started = performance.now();
    this.flushScheduled = false;
    if (this.fullScan) {
      // Changes wait for the full scan in progress (restarting it could starve it on a busy page): its marks are set
      // when it is done, then the changed blocks, or the whole page, are scanned again.
      this.flushScheduled = true;
      this.options.setTimeout(() => this.flush(), FLUSH_INTERVAL_MS);
      return;
    }
    if (this.fullRescanPending) {
      this.fullRescanPending = false;
      this.scanAll();
      return;
    }
    const records = this.pending;
    this.pending = [];
    const roots = outermostRoots(changedRoots(records));
    const { marks, detector } = this.options;
    let changed = marks.removeWhere((mark) => !mark.range.startContainer.isConnected || !mark.range.endContainer.isConnected) > 0;
    const newlyEstablished: string[] = [];
    for (const root of roots) {
      changed = marks.removeWhere((mark) => root.contains(mark.range.startContainer)) > 0 || changed;
      // A changed subtree may hold shadow roots (a component added, or re-rendered): each is followed and read.
      for (const scanRoot of [root, ...openShadowRootsIn(root)]) {
        if (scanRoot !== root) {
          this.observe(scanRoot as ShadowRoot);
          changed = marks.removeWhere((mark) => scanRoot.contains(mark.range.startContainer)) > 0 || changed;
        }
        const result = scanSubtree(scanRoot, detector, this.page);
        newlyEstablished.push(...result.newlyEstablished);
        const added = this.toMarks(result.mentions);
        marks.add(added);
        changed ||= added.length > 0;
      }
    }
    // A full name seen for the first time makes that person's short forms elsewhere on the page resolvable.
    if (newlyEstablished.length > 0) this.scanAll();
    else if (changed) this.options.onMarksChanged();
    recordMeasure('partial-scan', started, { roots: roots.length, records: records.length });
  }

  private observe(shadow: ShadowRoot): void {
    if (this.observer === null || this.observedRoots.has(shadow)) return;
    this.observedRoots.add(shadow);
    this.observer.observe(shadow, { childList: true, subtree: true, characterData: true });
  }

  private toMarks(mentions: DomMention[]): Mark[] {
    const { doc, isDismissed } = this.options;
    const result: Mark[] = [];
    for (const mention of mentions) {
      const key = mentionKey(mention);
      if (isDismissed(key)) continue;
      const range = new StaticRange({
        startContainer: mention.startNode,
        startOffset: mention.startOffset,
        endContainer: mention.endNode,
        endOffset: mention.endOffset,
      });
      if (range.startContainer.ownerDocument === doc) result.push({ person: mention.person, text: mention.text, range, key });
    }
    return result;
  }
}

/** The roots to rescan for a batch of records: changed text's block, and each added subtree. */
function changedRoots(records: MutationRecord[]): Node[] {
  const roots = new Set<Node>();
  for (const record of records) {
    if (record.type === 'characterData') {
      roots.add(scanRootFor(record.target));
    } else if (record.type === 'childList') {
      for (const node of record.addedNodes) {
        if (node.isConnected && !isOwnUi(node)) roots.add(scanRootFor(node));
      }
      // A removal can cut a name short ("Paris <b>Jackson</b>" losing its <b>): reread the block it left.
      const removedPageNodes = [...record.removedNodes].some((node) => !isOwnUi(node));
      if (removedPageNodes && record.target.isConnected && !isOwnUi(record.target)) roots.add(scanRootFor(record.target));
    }
  }
  return [...roots];
}

/** Drops roots inside other roots, so nothing is scanned twice. */
function outermostRoots(roots: Node[]): Node[] {
  return roots.filter((root) => root.isConnected && !roots.some((other) => other !== root && other.contains(root)));
}

function isOwnUi(node: Node): boolean {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return element?.closest(`[${UI_ATTRIBUTE}]`) != null;
}

/** The person, the name as written and a few characters either side: stable across reloads of the same page. */
function mentionKey(mention: DomMention): string {
  const before = mention.startNode.data.slice(Math.max(0, mention.startOffset - 16), mention.startOffset);
  const after = mention.endNode.data.slice(mention.endOffset, mention.endOffset + 16);
  return `${mention.person}|${before}|${mention.text}|${after}`;
}
