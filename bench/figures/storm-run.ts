/**
 * A mutation storm: the page rewrites a clock and a counter every 10 ms for 2 s. The extension must follow it with
 * small partial scans, never a rescan of the whole page.
 */
import type { BenchBrowser } from '../lib/browsers';
import { extensionMeasures, newMeasuresAfter, runInPage, waitForMeasures } from '../lib/in-page';
import { outermostTotal } from '../lib/stats';

export interface StormRun {
  ticks: number;
  fullScans: number;
  partialScans: number;
  partialScanMs: number;
}

const STORM_MS = 2000;
const EVERY_MS = 10;

/** Loads the storm page with the extension, lets the first scan finish, then runs the storm and counts the scans. */
export async function stormRun(browser: BenchBrowser, url: string): Promise<StormRun> {
  const page = await browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await waitForMeasures(page, 'full-scan');
    await runInPage(page, 'frames');
    const known = (await extensionMeasures(page)).length;
    const ticks = (await page.evaluate(`window.benchStorm(${STORM_MS}, ${EVERY_MS})`)) as number;
    const during = await newMeasuresAfter(page, known, 1000, 400);
    const partial = during.filter((measure) => measure.name === 'partial-scan');
    return {
      ticks,
      fullScans: during.filter((measure) => measure.name === 'full-scan').length,
      partialScans: partial.length,
      partialScanMs: outermostTotal(partial),
    };
  } finally {
    await page.close();
  }
}
