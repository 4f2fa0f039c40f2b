/** Turns the runs on one page into figures. Ratios pair run i with run i, so both sides saw the same machine load. */
import { figure, median, ratios, round, type Figure } from '../lib/stats';
import type { ExtensionRun } from './extension-run';
import type { PeerRun } from './peer-run';

export interface PageRuns {
  page: string;
  extension: ExtensionRun[];
  /** Run i without the extension is loaded just before run i with it, so the two alternate. */
  peer: PeerRun[];
}

/** Every per-page figure. */
export function pageFigures(runs: PageRuns): Figure[] {
  const { page, extension, peer } = runs;
  const of = (pick: (run: ExtensionRun) => number) => extension.map(pick);
  const firstScan = of((run) => run.firstScanMs);
  const figures: Figure[] = [
    figure('first-scan', page, 'ms', firstScan),
    figure('first-scan-wall', page, 'ms', of((run) => run.firstScanWallMs)),
    figure('bare-pass', page, 'ms', of((run) => run.barePassMs)),
    figure('scan-vs-bare', page, 'ratio', ratios(firstScan, of((run) => run.barePassMs))),
    figure('bare-pass-isolated', page, 'ms', of((run) => run.barePassIsolatedMs)),
    figure('scan-vs-bare-isolated', page, 'ratio', ratios(firstScan, of((run) => run.barePassIsolatedMs))),
    // What finding shadow hosts costs a page (these pages have none): part of first-scan, and its share of it.
    figure('shadow-host-walk', page, 'ms', of((run) => run.hostWalkMs)),
    figure('shadow-host-walk-vs-first-scan', page, 'fraction', ratios(of((run) => run.hostWalkMs), firstScan)),
    figure('text-nodes', page, 'count', of((run) => run.textNodes)),
    figure('text-chars', page, 'count', of((run) => run.textChars)),
    figure('marks', page, 'count', of((run) => run.marks)),
    figure('markjs', page, 'ms', peer.map((run) => run.markJsMs)),
    figure('markjs-marked', page, 'count', peer.map((run) => run.markJsMarked)),
    figure('markjs-capped-runs', page, 'count', [peer.filter((run) => run.markJsCapped).length]),
    figure('bare-pass-without-extension', page, 'ms', peer.map((run) => run.barePassMs)),
    figure('markjs-vs-scan', page, 'ratio', ratios(peer.map((run) => run.markJsMs), firstScan)),
    figure('longest-extension-task', page, 'ms', of((run) => run.tasks?.longestExtensionTaskMs ?? Number.NaN)),
    figure('extension-main-thread', page, 'ms', of((run) => run.tasks?.extensionMainThreadMs ?? Number.NaN)),
    figure('extension-main-thread-cpu', page, 'ms', of((run) => run.tasks?.extensionMainThreadCpuMs ?? Number.NaN)),
    figure('extension-long-tasks', page, 'count', of((run) => run.tasks?.extensionLongTasks ?? Number.NaN)),
    figure('longest-task-any', page, 'ms', of((run) => run.tasks?.longestTaskMs ?? Number.NaN)),
    figure('longest-task-without-extension', page, 'ms', peer.map((run) => run.tasks?.longestTaskMs ?? Number.NaN)),
    figure('append-catch-up', page, 'ms', of((run) => run.appendCatchUpMs)),
    figure('append-vs-first-scan', page, 'fraction', ratios(of((run) => run.appendCatchUpMs), firstScan)),
    figure('append-full-scans', page, 'count', of((run) => run.appendFullScans)),
    figure('replace-catch-up', page, 'ms', of((run) => run.replaceCatchUpMs)),
    figure('replace-vs-first-scan', page, 'fraction', ratios(of((run) => run.replaceCatchUpMs), firstScan)),
    figure('replace-full-scans', page, 'count', of((run) => run.replaceFullScans)),
    figure('load-to-idle-with', page, 'ms', of((run) => run.loadToIdleMs)),
    figure('load-to-idle-without', page, 'ms', peer.map((run) => run.loadToIdleMs)),
    figure('load-ratio', page, 'ratio', ratios(of((run) => run.loadToIdleMs), peer.map((run) => run.loadToIdleMs))),
    ...milestoneFigures(page, extension, peer),
    figure('heap-js-with', page, 'MB', of((run) => run.heap.jsMB)),
    figure('heap-js-without', page, 'MB', peer.map((run) => run.heap.jsMB)),
    difference('heap-extra-js', page, of((run) => run.heap.jsMB), peer.map((run) => run.heap.jsMB)),
    difference('heap-extra-embedder', page, of((run) => run.heap.embedderMB), peer.map((run) => run.heap.embedderMB)),
  ];
  return figures;
}

/** Median with minus median without (the runs are separate loads, so per-run differences would pair nothing). */
function difference(name: string, page: string, withValues: number[], withoutValues: number[]): Figure {
  return { name, page, median: round(median(withValues) - median(withoutValues)), unit: 'MB', runs: withValues.map((value, index) => round(value - withoutValues[index])) };
}

/** The page's own load event, FCP and LCP with and without the extension (ratios per run), and when the marks were done. */
function milestoneFigures(page: string, extension: readonly ExtensionRun[], peer: readonly PeerRun[]): Figure[] {
  const figures: Figure[] = [];
  for (const [key, name] of [['loadEventMs', 'load-event'], ['fcpMs', 'fcp'], ['lcpMs', 'lcp']] as const) {
    const withValues = extension.map((run) => run.milestones[key]);
    const withoutValues = peer.map((run) => run.milestones[key]);
    figures.push(figure(`${name}-with`, page, 'ms', withValues), figure(`${name}-without`, page, 'ms', withoutValues));
    figures.push(figure(`${name}-ratio`, page, 'ratio', ratios(withValues, withoutValues)));
  }
  figures.push(figure('time-to-marks', page, 'ms', extension.map((run) => run.milestones.marksMs)));
  return figures;
}
