/**
 * One browser (the built extension) and one local server per test file, plus what every hostile-page test checks:
 * errors from the page, the content script and the service worker, and the page's own before/after snapshot.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../support/browser';
import { serveStatic, type StaticServer } from '../../support/server';

export const HOSTILE_PAGES = fileURLToPath(new URL('../pages', import.meta.url));
const PROBE_SCRIPT = readFileSync(fileURLToPath(new URL('../pages/probe.js', import.meta.url)), 'utf8');

/** Noise the test pages cause themselves, not the extension. */
const IGNORED_CONSOLE = [/favicon\.ico/, /Failed to load resource: the server responded with a status of 404/];

export interface ProbeReport {
  highlightAtSnapshot: boolean | null;
  htmlSame: boolean;
  textSame: boolean;
  htmlLength: number;
  boxesCompared: number;
  moved: string[];
  foreignMutations: string[];
  foreignMutationCount: number;
}

export interface OpenOptions {
  /** Install pages/probe.js (default true). */
  probe?: boolean;
  /** Another origin of the test server (e.g. server.localhostOrigin). */
  origin?: string;
  /** A page-world script to run before the page's own, after the probe. */
  initScript?: string;
}

export interface HostileSession {
  browser: ExtensionBrowser;
  server: StaticServer;
  /** Errors seen so far in any page (uncaught, console.error) or in the service worker. */
  problems: string[];
  /** Opens a page with the probe installed and error collection on. */
  open(path: string, options?: OpenOptions): Promise<Page>;
  close(): Promise<void>;
}

/** Starts Chromium with the extension and a server for the hostile pages (plus `extraRoots`, e.g. generated pages). */
export async function startHostileSession(
  options: { extraRoots?: string[]; headers?: Record<string, Record<string, string>> } = {},
): Promise<HostileSession> {
  const server = await serveStatic([HOSTILE_PAGES, ...(options.extraRoots ?? [])], options.headers ?? {});
  const browser = await launchWithExtension({ extensionDir: process.env.RUMOR_CONTEXT_EXTENSION_DIR });
  const problems: string[] = [];
  browser.context.on('console', (message) => {
    if (message.type() !== 'error' || message.page() !== null) return;
    problems.push(`service worker console.error: ${message.text()}`);
  });
  await installWorkerErrorTrap(browser);
  return {
    browser,
    server,
    problems,
    async open(path, { probe = true, origin = server.origin, initScript } = {}) {
      const page = await browser.context.newPage();
      page.on('pageerror', (error) => problems.push(`${path}: uncaught ${error.message}`));
      page.on('console', (message) => {
        if (message.type() !== 'error' || IGNORED_CONSOLE.some((pattern) => pattern.test(message.text()))) return;
        if (IGNORED_CONSOLE.some((pattern) => pattern.test(message.location().url))) return;
        problems.push(`${path}: console.error ${message.text()}`);
      });
      if (probe) await page.addInitScript({ content: PROBE_SCRIPT });
      if (initScript) await page.addInitScript({ content: initScript });
      await page.goto(origin + path);
      return page;
    },
    async close() {
      const workerErrors = await readWorkerErrors(browser).catch((error) => [`cannot read worker errors: ${error}`]);
      problems.push(...workerErrors);
      await browser.close();
      await server.close();
    },
  };
}

/** Uncaught errors and rejections in the service worker are recorded there, to be read at the end. */
async function installWorkerErrorTrap(browser: ExtensionBrowser): Promise<void> {
  await browser.worker.evaluate(() => {
    const errors: string[] = [];
    (globalThis as { __rcErrors?: string[] }).__rcErrors = errors;
    self.addEventListener('error', (event) => errors.push(`service worker error: ${event.message}`));
    self.addEventListener('unhandledrejection', (event) => errors.push(`service worker rejection: ${String(event.reason)}`));
  });
}

async function readWorkerErrors(browser: ExtensionBrowser): Promise<string[]> {
  return browser.worker.evaluate(() => (globalThis as { __rcErrors?: string[] }).__rcErrors ?? ['worker restarted: errors lost']);
}

/** The page's own before/after comparison (see pages/probe.js). */
export async function probeReport(page: Page): Promise<ProbeReport> {
  return page.evaluate(() => (window as unknown as { __probe: { compare(): ProbeReport } }).__probe.compare());
}

/** Asserts that the page saw its DOM, text and layout unchanged and that the snapshot preceded the content script. */
export function expectPageUntouched(report: ProbeReport): string[] {
  const failures: string[] = [];
  if (report.highlightAtSnapshot !== false) failures.push(`snapshot not taken before the extension ran (${report.highlightAtSnapshot})`);
  if (!report.htmlSame) failures.push('body innerHTML changed');
  if (!report.textSame) failures.push('body textContent changed');
  if (report.moved.length > 0) failures.push(`layout shifted: ${report.moved.join('; ')}`);
  if (report.foreignMutationCount > 0) failures.push(`page DOM mutated ${report.foreignMutationCount}x: ${report.foreignMutations.join('; ')}`);
  return failures;
}

/** One session for a whole test file: started before its tests, closed after them, and no page problem may remain. */
export function useHostileSession(options: Parameters<typeof startHostileSession>[0] = {}): () => HostileSession {
  let session: HostileSession | undefined;
  beforeAll(async () => {
    session = await startHostileSession(options);
  });
  afterAll(async () => {
    await session?.close();
    expect(session?.problems ?? []).toEqual([]);
  });
  return () => session!;
}
