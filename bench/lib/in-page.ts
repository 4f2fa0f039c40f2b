/**
 * Scripts that run inside the benchmarked page. They live as plain JavaScript in bench/in-page/ and are sent as source
 * text: tsx rewrites functions written here (adding helpers the page does not have), so page.evaluate(fn) would break.
 */
import { readFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';

const cache = new Map<string, string>();

/** The source of bench/in-page/`name`.js. */
export function inPageSource(name: string): string {
  let source = cache.get(name);
  if (source === undefined) {
    source = readFileSync(new URL(`../in-page/${name}.js`, import.meta.url), 'utf8').trim();
    cache.set(name, source);
  }
  return source;
}

/** Calls the function in bench/in-page/`name`.js in the page with a JSON argument; returns its (awaited) result. */
export function runInPage<T>(page: Page, name: string, argument?: unknown): Promise<T> {
  const call = `(${stripComments(inPageSource(name))})(${argument === undefined ? '' : JSON.stringify(argument)})`;
  return page.evaluate(call) as Promise<T>;
}

/**
 * Calls bench/in-page/`name`.js in a new isolated world of the page's main frame: a world like a content script's,
 * where every DOM object needs a wrapper of its own, found through a lookup (the page's world keeps its inline).
 */
export async function runInIsolatedWorld<T>(cdp: CDPSession, name: string, argument?: unknown): Promise<T> {
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: `bench-${Date.now()}` });
  const expression = `(${stripComments(inPageSource(name))})(${argument === undefined ? '' : JSON.stringify(argument)})`;
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, returnByValue: true, awaitPromise: true });
  if (exceptionDetails) throw new Error(`${name} in an isolated world: ${exceptionDetails.text}`);
  return result.value as T;
}

/** A measure the extension's bench build recorded (lib/content/perf-probe.ts). */
export interface ExtensionMeasure {
  name: string;
  start: number;
  ms: number;
  detail: Record<string, number> | null;
}

/** The extension's measures so far, oldest first. */
export function extensionMeasures(page: Page): Promise<ExtensionMeasure[]> {
  return runInPage<ExtensionMeasure[]>(page, 'measures');
}

/** Waits until the extension has recorded `count` measures named `name`. */
export async function waitForMeasures(page: Page, name: string, count = 1, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    `performance.getEntriesByName('rumor-context:${name}').length >= ${count}`,
    undefined,
    { timeout, polling: 20 },
  );
}

/** Leading line comments would swallow the wrapping parenthesis of a one-line call. */
function stripComments(source: string): string {
  return source.replace(/^\s*\/\/.*$/gm, '').trim();
}

/**
 * Waits until the extension has recorded a measure after the first `known` ones and then stayed quiet for `quietMs`
 * (its flushes run every 100 ms); returns the new measures, none if nothing came within `firstWithinMs`.
 */
export async function newMeasuresAfter(page: Page, known: number, firstWithinMs = 3000, quietMs = 400): Promise<ExtensionMeasure[]> {
  const started = Date.now();
  let count = known;
  let changedAt = Date.now();
  for (;;) {
    await page.waitForTimeout(50);
    const now = (await page.evaluate(`performance.getEntriesByType('measure').filter((e) => e.name.startsWith('rumor-context:')).length`)) as number;
    if (now !== count) {
      count = now;
      changedAt = Date.now();
    }
    if (count === known && Date.now() - started > firstWithinMs) break;
    if (count > known && Date.now() - changedAt >= quietMs) break;
  }
  return (await extensionMeasures(page)).slice(known);
}
