/**
 * A scan of a page's light tree and of every open shadow root in it, stopping and resuming like SubtreeScan. The light
 * tree is read first; then its elements are walked for shadow hosts, and each root found is read in turn. Short forms
 * are resolved once everything has been read, so a full name in a shadow root counts for the light tree too.
 */
import type { Detector, PageContext } from '@/utils/detector';
import type { PersonId } from '@/utils/dataset/types';
import { SubtreeScan, type ScanResult } from './scan';
import { ShadowRootFinder } from './shadow-roots';

export class PageScan {
  private readonly scans: SubtreeScan[];
  private readonly finder: ShadowRootFinder;
  private scanned = 0;
  private active: SubtreeScan;
  /** Time spent looking for shadow hosts (the whole cost of shadow DOM support on a page without any). */
  hostWalkMs = 0;

  constructor(
    root: Node,
    private readonly detector: Detector,
    private readonly page: PageContext,
    /** Called for each open shadow root as it is found (to follow its changes). */
    private readonly onShadowRoot: (root: ShadowRoot) => void = () => undefined,
  ) {
    this.active = new SubtreeScan(root, detector, page);
    this.scans = [this.active];
    this.finder = new ShadowRootFinder(root);
  }

  /** False when the page removed the node the walk stood on: start again. */
  get onTrack(): boolean {
    return this.active.onTrack;
  }

  /** Scans until done (true) or until `shouldPause()` says stop (false). */
  advance(shouldPause: () => boolean = () => false): boolean {
    if (!this.active.advance(shouldPause)) return false;
    const walkStarted = performance.now();
    const walked = this.finder.advance(shouldPause);
    this.hostWalkMs += performance.now() - walkStarted;
    if (!walked) return false;
    const roots = this.finder.found;
    while (this.scanned < roots.length) {
      const root = roots[this.scanned++];
      this.onShadowRoot(root);
      this.active = new SubtreeScan(root, this.detector, this.page);
      this.scans.push(this.active);
      if (!this.active.advance(shouldPause)) return false;
    }
    return true;
  }

  /** Once `advance` returned true: the mentions of every root, and who was named in full for the first time. */
  result(): ScanResult {
    const newlyEstablished: PersonId[] = this.scans.flatMap((scan) => scan.record());
    return { mentions: this.scans.flatMap((scan) => scan.mentions()), newlyEstablished };
  }
}
