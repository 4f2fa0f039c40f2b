/** The targets of issue 6, checked against the figures of one run, and the summary table printed at the end. */
import type { Figure } from './stats';

export interface Target {
  /** The figure it reads. */
  figure: string;
  label: string;
  /** Only on this page ('largest': the biggest generated page, or a page's name); every page that has the figure when absent. */
  page?: string;
  passes: (value: number) => boolean;
  limit: string;
  /** Which value is checked: the median of the runs (timings, which are noisy), or the worst run (counts). */
  check?: 'median' | 'worst';
}

export const TARGETS: readonly Target[] = [
  { figure: 'scan-vs-bare', label: 'first scan / bare pass', passes: (v) => v <= 2, limit: '<= 2' },
  { figure: 'markjs-vs-scan', label: 'mark.js / first scan', passes: (v) => v >= 5, limit: '>= 5' },
  { figure: 'longest-extension-task', label: 'longest task caused (ms)', passes: (v) => v <= 50, limit: '<= 50' },
  // Issue 13: the page with no mention, the 50k page with mentions, the page's own milestones, the size, the growth.
  { figure: 'extension-main-thread-cpu', label: 'extension CPU, no mention (ms)', page: 'none50k', passes: (v) => v <= 8, limit: '<= 8' },
  { figure: 'longest-extension-task', label: 'longest task, no mention (ms)', page: 'none50k', passes: (v) => v <= 10, limit: '<= 10' },
  { figure: 'extension-main-thread-cpu', label: 'extension CPU, 50k (ms)', page: '50k', passes: (v) => v <= 15, limit: '<= 15' },
  { figure: 'longest-extension-task', label: 'longest task, 50k (ms)', page: '50k', passes: (v) => v <= 30, limit: '<= 30' },
  { figure: 'load-event-ratio', label: 'load event with / without', passes: (v) => v <= 1.05, limit: '<= 1.05' },
  { figure: 'fcp-ratio', label: 'FCP with / without', passes: (v) => v <= 1.05, limit: '<= 1.05' },
  { figure: 'lcp-ratio', label: 'LCP with / without', passes: (v) => v <= 1.05, limit: '<= 1.05' },
  { figure: 'scan-vs-bare-isolated', label: 'first scan / isolated bare pass', page: 'largest', passes: (v) => v <= 2, limit: '<= 2' },
  { figure: 'content-script-gzip', label: 'content script gzipped (bytes)', page: 'chrome', passes: (v) => v <= 25_000, limit: '<= 25000' },
  { figure: 'growth-1000-vs-2', label: 'compile + first scan, 1,000 people / 2 people', passes: (v) => v <= 2, limit: '<= 2' },
  { figure: 'append-vs-first-scan', label: '1% append catch-up / first scan', passes: (v) => v <= 0.03, limit: '<= 0.03' },
  { figure: 'storm-full-scans', label: 'full rescans during storm', passes: (v) => v === 0, limit: '= 0', check: 'worst' },
  { figure: 'load-ratio', label: 'load-to-idle with / without', passes: (v) => v <= 1.05, limit: '<= 1.05' },
  { figure: 'heap-extra-js', label: 'extra JS heap (MB)', page: 'largest', passes: (v) => v < 10, limit: '< 10' },
  // Issue 10: matching a passage to the claims, in Node (bench/figures/claim-match.ts).
  { figure: 'claim-match-per-passage', label: 'claim match per passage (ms)', passes: (v) => v < 2, limit: '< 2' },
  { figure: 'claim-match-per-block', label: 'claim match per 8-passage block (ms)', passes: (v) => v < 2, limit: '< 2' },
];

export interface Verdict {
  target: Target;
  page: string;
  value: number;
  pass: boolean;
}

/** One verdict per target and page that has the figure; a NaN value (not measured) misses. */
export function verdicts(figures: readonly Figure[], largestPage: string): Verdict[] {
  const result: Verdict[] = [];
  for (const target of TARGETS) {
    for (const figure of figures) {
      if (figure.name !== target.figure) continue;
      if (target.page !== undefined && figure.page !== (target.page === 'largest' ? largestPage : target.page)) continue;
      const value = target.check === 'worst' ? Math.max(...figure.runs) : figure.median;
      result.push({ target, page: figure.page, value, pass: Number.isFinite(value) && target.passes(value) });
    }
  }
  return result;
}

/** The summary table: one line per verdict, then the count of misses. */
export function summaryTable(list: readonly Verdict[]): string {
  const rows = list.map((verdict) => [verdict.target.label, verdict.page, formatValue(verdict.value), verdict.target.limit, verdict.pass ? 'PASS' : 'MISS']);
  const header = ['target', 'page', 'median', 'limit', 'result'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd();
  const misses = list.filter((verdict) => !verdict.pass).length;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line), '', `${list.length - misses} PASS, ${misses} MISS`].join('\n');
}

function formatValue(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return String(value);
  return value >= 100 ? value.toFixed(0) : value >= 1 ? value.toFixed(2) : value.toFixed(4);
}
