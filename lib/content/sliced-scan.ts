/**
 * Runs a full scan in time slices of SLICE_MS, yielding to the page between them, so no task it adds is long however
 * big the page is (a long task is one over 50 ms). The first slice runs at once: a small page is done in it.
 */
import type { ScanResult, SubtreeScan } from '@/utils/page-text';

/** Longest stretch of scanning before the page gets the main thread back. */
const SLICE_MS = 8;

export interface SlicedScanOptions {
  /** Runs `callback` in a later task. */
  later: (callback: () => void) => void;
  onDone: (result: ScanResult, timing: { busyMs: number; slices: number }) => void;
  /** The page removed the node the walk stood on: the rest of the page is out of reach. */
  onLost: () => void;
}

export class SlicedScan {
  private busyMs = 0;
  private slices = 0;
  private cancelled = false;

  constructor(
    private readonly scan: Pick<SubtreeScan, 'advance' | 'onTrack' | 'result'>,
    private readonly options: SlicedScanOptions,
  ) {}

  /** Runs the first slice now and schedules the rest. */
  start(): void {
    this.runSlice();
  }

  /** Stops it: a scheduled slice does nothing, and onDone is never called. */
  cancel(): void {
    this.cancelled = true;
  }

  private runSlice(): void {
    if (this.cancelled) return;
    const started = performance.now();
    this.slices++;
    const done = this.scan.advance(() => performance.now() - started >= SLICE_MS);
    if (!this.scan.onTrack) {
      this.cancelled = true;
      this.options.onLost();
      return;
    }
    if (!done) {
      this.busyMs += performance.now() - started;
      this.options.later(() => this.runSlice());
      return;
    }
    const result = this.scan.result();
    this.busyMs += performance.now() - started;
    this.options.onDone(result, { busyMs: this.busyMs, slices: this.slices });
  }
}
