/**
 * One traced page load, the same with and without the extension: the idle probe is installed, the load is traced,
 * and the function returns once the page is idle (bench/in-page/idle-probe.init.js) with the main-thread task figures.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { BenchBrowser } from './browsers';
import { inPageSource, runInPage, waitForMeasures } from './in-page';
import { mainThreadOf, startTrace, taskFigures, type TaskFigures } from './trace';

export interface PageMilestones {
  loadEventMs: number;
  fcpMs: number;
  lcpMs: number;
  /** End of the first full scan (marks painted); NaN without the extension. */
  marksMs: number;
}

export interface LoadedPage {
  page: Page;
  cdp: CDPSession;
  /** Navigation start to idle, in ms. */
  loadToIdleMs: number;
  /** The page's own milestones (ms from navigation start) and, with the extension, when its first marks were done. */
  milestones: PageMilestones;
  /** Null when the trace did not show the page's main thread. */
  tasks: TaskFigures | null;
}

/** Opens `url` in a fresh tab; with the extension, also waits for its first full scan. Close `page` when done. */
export async function loadTraced(browser: BenchBrowser, url: string): Promise<LoadedPage> {
  const page = await browser.newPage();
  try {
    if (browser.withExtension) await page.addInitScript({ content: 'window.__benchExpectScan = true;' });
    await page.addInitScript({ content: inPageSource('idle-probe.init') });
    const cdp = await browser.context.newCDPSession(page);
    const stopTrace = await startTrace(cdp);
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    if (browser.withExtension) await waitForMeasures(page, 'full-scan', 1, 60_000);
    const idle = (await page.evaluate('window.__benchIdle')) as { loadEnd: number; idleAt: number; scanned: boolean; loadEvent: number; fcp: number; lcp: number; marksAt: number };
    if (!idle.scanned) throw new Error(`${url}: no full scan within 30 s of the load event`);
    await runInPage(page, 'frames');
    const events = await stopTrace();
    const thread = mainThreadOf(events, url);
    const milestones = { loadEventMs: idle.loadEvent, fcpMs: idle.fcp ?? Number.NaN, lcpMs: idle.lcp ?? Number.NaN, marksMs: idle.marksAt ?? Number.NaN };
    return { page, cdp, loadToIdleMs: idle.idleAt, milestones, tasks: thread ? taskFigures(events, thread) : null };
  } catch (error) {
    await page.close();
    throw error;
  }
}
