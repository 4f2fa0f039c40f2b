/** Figures as the benchmark prints them: one JSON line each, the median of several runs. */

export interface Figure {
  /** e.g. "first-scan", "bare-pass", "scan-vs-bare". */
  name: string;
  /** The page it was measured on (a generated page's name, or a file name). */
  page: string;
  median: number;
  unit: 'ms' | 'ratio' | 'count' | 'bytes' | 'MB' | 'fraction';
  /** Every run's value, in run order. */
  runs: number[];
}

/** The median of the values (the mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Rounds for printing: three significant decimals are beyond what a browser timer resolves. */
export function round(value: number, digits = 3): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** A figure from its runs. */
export function figure(name: string, page: string, unit: Figure['unit'], runs: readonly number[]): Figure {
  return { name, page, median: round(median(runs)), unit, runs: runs.map((value) => round(value)) };
}

/** Per-run ratios of two series measured together (run i of `over` divided by run i of `under`). */
export function ratios(over: readonly number[], under: readonly number[]): number[] {
  return over.map((value, index) => value / under[index]);
}

/** The JSON line printed for a figure. */
export function figureLine(value: Figure): string {
  return JSON.stringify(value);
}

/** A measured interval: start and duration in ms. */
export interface Interval {
  start: number;
  ms: number;
}

/** Total time of the intervals, each counted once: one that lies inside another (a full rescan run by a flush) is not added again. */
export function outermostTotal(intervals: readonly Interval[]): number {
  const contains = (outer: Interval, inner: Interval) => inner.start >= outer.start && inner.start + inner.ms <= outer.start + outer.ms;
  // Of two equal intervals, the first is kept.
  const nested = (index: number) =>
    intervals.some((other, otherIndex) => otherIndex !== index && contains(other, intervals[index]) && (!contains(intervals[index], other) || otherIndex < index));
  return intervals.reduce((sum, interval, index) => (nested(index) ? sum : sum + interval.ms), 0);
}
