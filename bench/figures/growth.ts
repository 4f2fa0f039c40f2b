/**
 * Growth: the first scan of the 500k page with 2, 100 and 1,000 people (bench/lib/synthetic-people.ts), the detector
 * and scanner bundled alone and run in a fresh isolated world of a fresh load each time (cold, as a content script's
 * first scan is), and what the people data adds to the content script's size. The growth ratio counts what a page
 * pays for its first marks, the same way for every count: the detector's compile (from the people data, already
 * parsed) plus the first whole scan. Compile work moved into the first scan or back (lazy patterns, warm-up) cannot
 * change it.
 */
import { buildSync } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import type { CDPSession } from 'playwright-core';
import type { BenchBrowser } from '../lib/browsers';
import { ROOT } from '../lib/build';
import { syntheticPeople } from '../lib/synthetic-people';
import { figure, ratios, type Figure } from '../lib/stats';
import type { Person } from '../../utils/dataset/types';

export const GROWTH_COUNTS = [2, 100, 1000] as const;

function bundle(): string {
  const result = buildSync({ entryPoints: [resolve(ROOT, 'bench/in-page-src/growth.ts')], bundle: true, format: 'iife', write: false, minify: true });
  return result.outputFiles[0].text;
}

/** Every growth figure, `runs` cold loads per count, the counts alternating within a run. */
export async function growthFigures(browser: BenchBrowser, url: string, real: readonly Person[], runs: number): Promise<Figure[]> {
  const source = bundle();
  const sets = GROWTH_COUNTS.map((count) => syntheticPeople(real, count));
  const scans = GROWTH_COUNTS.map(() => [] as number[]);
  const compiles = GROWTH_COUNTS.map(() => [] as number[]);
  const mentions = GROWTH_COUNTS.map(() => [] as number[]);
  const cpus = GROWTH_COUNTS.map(() => [] as number[]);
  for (let run = 0; run < runs; run++) {
    for (const [index, people] of sets.entries()) {
      const page = await browser.newPage();
      try {
        await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
        const cdp = await browser.context.newCDPSession(page);
        const { frameTree } = await cdp.send('Page.getFrameTree');
        const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: `growth-${run}-${index}` });
        const expression = `${source}\nbenchGrowth(${JSON.stringify(people)})`;
        // Thread time: what the main thread spent, however busy the machine was.
        await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
        const before = await taskSeconds(cdp);
        const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, returnByValue: true });
        cpus[index].push((await taskSeconds(cdp)) - before);
        if (exceptionDetails) throw new Error(`growth with ${people.length} people: ${exceptionDetails.text}`);
        const value = result.value as { compileMs: number; scanMs: number; mentions: number };
        scans[index].push(value.scanMs);
        compiles[index].push(value.compileMs);
        mentions[index].push(value.mentions);
      } finally {
        await page.close();
      }
    }
  }
  const totals = scans.map((runsOfCount, index) => runsOfCount.map((ms, run) => ms + compiles[index][run]));
  const gzipped = sets.map((people) => gzipSync(JSON.stringify(people), { level: 9 }).length);
  const figures: Figure[] = [];
  GROWTH_COUNTS.forEach((count, index) => {
    figures.push(figure(`growth-total-${count}`, '500k', 'ms', totals[index]));
    figures.push(figure(`growth-cpu-${count}`, '500k', 'ms', cpus[index]));
    figures.push(figure(`growth-scan-${count}`, '500k', 'ms', scans[index]));
    figures.push(figure(`growth-compile-${count}`, '500k', 'ms', compiles[index]));
    figures.push(figure(`growth-marks-${count}`, '500k', 'count', mentions[index]));
    figures.push(figure(`growth-people-gzip-${count}`, 'data', 'bytes', [gzipped[index]]));
  });
  const last = GROWTH_COUNTS.length - 1;
  figures.push(figure('growth-1000-vs-2', '500k', 'ratio', ratios(totals[last], totals[0])));
  figures.push(figure('growth-1000-vs-2-scan-only', '500k', 'ratio', ratios(scans[last], scans[0])));
  figures.push(figure('growth-1000-vs-2-cpu', '500k', 'ratio', ratios(cpus[last], cpus[0])));
  const perPerson = (gzipped[last] - gzipped[0]) / (GROWTH_COUNTS[last] - GROWTH_COUNTS[0]);
  figures.push(figure('growth-people-gzip-per-person', 'data', 'bytes', [perPerson]));
  return figures;
}

async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? Number.NaN) * 1000;
}
