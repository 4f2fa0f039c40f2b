/**
 * One load of a page without the extension: a bare pass and the heap (the baselines), then the peer, mark.js, marking
 * the same names on this fresh load.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BenchBrowser } from '../lib/browsers';
import { heapUsage, type HeapUsage } from '../lib/heap';
import { runInPage } from '../lib/in-page';
import { loadTraced, type PageMilestones } from '../lib/load';
import type { TaskFigures } from '../lib/trace';

export interface PeerRun {
  barePassMs: number;
  /** Characters of text the bare pass read. */
  textChars: number;
  heap: HeapUsage;
  loadToIdleMs: number;
  milestones: PageMilestones;
  /** The page's own tasks, for comparison with the extension's. */
  tasks: TaskFigures | null;
  markJsMs: number;
  markJsMarked: number;
  /** True when mark.js was stopped at the cap: markJsMs is then a lower bound. */
  markJsCapped: boolean;
}

/** mark.js is stopped after this long (it takes minutes on the largest page): the figure is then a lower bound. */
export const MARK_JS_CAP_MS = 15_000;

const MARK_JS = readFileSync(createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js'), 'utf8');

/** Loads the page without the extension, takes the baselines, then times mark.js on it. */
export async function peerRun(browser: BenchBrowser, url: string, terms: readonly string[]): Promise<PeerRun> {
  const { page, cdp, loadToIdleMs, tasks, milestones } = await loadTraced(browser, url);
  try {
    const bare = await runInPage<{ ms: number; chars: number }>(page, 'bare-pass');
    const heap = await heapUsage(cdp);
    await page.addScriptTag({ content: MARK_JS });
    const peer = await runInPage<{ ms: number; marked: number; capped: boolean }>(page, 'mark-js', { terms, acrossElements: true, capMs: MARK_JS_CAP_MS });
    return { barePassMs: bare.ms, textChars: bare.chars, heap, loadToIdleMs, milestones, tasks, markJsMs: peer.ms, markJsMarked: peer.marked, markJsCapped: peer.capped };
  } finally {
    await page.close();
  }
}
