/**
 * One load of a page with the extension (bench build): its first scan, a bare pass in the same page, the main-thread
 * tasks it caused (traced), load-to-idle, its heap, then how it catches up with a 1% append and with text replaced
 * in place.
 */
import type { BenchBrowser } from '../lib/browsers';
import { extensionMeasures, newMeasuresAfter, runInIsolatedWorld, runInPage, type ExtensionMeasure } from '../lib/in-page';
import { heapUsage, type HeapUsage } from '../lib/heap';
import { loadTraced, type PageMilestones } from '../lib/load';
import { outermostTotal } from '../lib/stats';
import type { TaskFigures } from '../lib/trace';

export interface ExtensionRun {
  /** Main-thread time of the first scan: its measure, or the `busyMs` its detail gives when it ran in time slices. */
  firstScanMs: number;
  /** From the first scan's start to its end, slices and the gaps between them included. */
  firstScanWallMs: number;
  barePassMs: number;
  /** The same bare pass in a new isolated world, as the content script's is (after the page's world's pass). */
  barePassIsolatedMs: number;
  /** Of the first scan: the walk over elements looking for open shadow roots (utils/page-text/shadow-roots.ts). */
  hostWalkMs: number;
  textNodes: number;
  textChars: number;
  marks: number;
  tasks: TaskFigures | null;
  loadToIdleMs: number;
  milestones: PageMilestones;
  heap: HeapUsage;
  /** Sum of the measures (partial and full scans) that followed the append. */
  appendCatchUpMs: number;
  appendFullScans: number;
  replaceCatchUpMs: number;
  replaceFullScans: number;
}

export interface ExtensionRunInput {
  url: string;
  /** Generated articles amounting to 1% of the page's text. */
  appendHtml: string;
}

/** Loads the page once with the extension and takes every figure that needs the extension's own timings. */
export async function extensionRun(browser: BenchBrowser, input: ExtensionRunInput): Promise<ExtensionRun> {
  const { page, cdp, tasks, loadToIdleMs, milestones } = await loadTraced(browser, input.url);
  try {
    const measures = await extensionMeasures(page);
    const firstScan = measures.find((measure) => measure.name === 'full-scan')!;
    const bare = await runInPage<{ ms: number; nodes: number; chars: number }>(page, 'bare-pass');
    const bareIsolated = await runInIsolatedWorld<{ ms: number }>(cdp, 'bare-pass');
    const heap = await heapUsage(cdp);

    await runInPage(page, 'append', input.appendHtml);
    const afterAppend = await newMeasuresAfter(page, measures.length);
    const known = measures.length + afterAppend.length;
    await runInPage(page, 'replace-text', 0.01);
    const afterReplace = await newMeasuresAfter(page, known);
    return {
      firstScanMs: firstScan.detail?.busyMs ?? firstScan.ms,
      firstScanWallMs: firstScan.ms,
      barePassMs: bare.ms,
      barePassIsolatedMs: bareIsolated.ms,
      hostWalkMs: firstScan.detail?.hostWalkMs ?? Number.NaN,
      textNodes: bare.nodes,
      textChars: bare.chars,
      marks: firstScan.detail?.marks ?? Number.NaN,
      tasks,
      loadToIdleMs,
      milestones,
      heap,
      appendCatchUpMs: total(afterAppend),
      appendFullScans: afterAppend.filter((measure) => measure.name === 'full-scan').length,
      replaceCatchUpMs: total(afterReplace),
      replaceFullScans: afterReplace.filter((measure) => measure.name === 'full-scan').length,
    };
  } finally {
    await page.close();
  }
}

/** A flush that finds a newly named person runs a full scan inside its own measure: count that time once. */
function total(measures: readonly ExtensionMeasure[]): number {
  return outermostTotal(measures);
}
