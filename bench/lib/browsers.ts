/** Headless Chromium for the benchmark: one profile with the built extension, one without, same flags otherwise. */
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const BASE_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

export interface BenchBrowser {
  context: BrowserContext;
  withExtension: boolean;
  /** A fresh tab; close it when done so tabs do not pile up across runs. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Starts Chromium, with the unpacked extension at `extensionDir` or with none. */
export async function launchBrowser(extensionDir: string | null): Promise<BenchBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'rumor-context-bench-'));
  const args = extensionDir ? [...BASE_ARGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : BASE_ARGS;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args,
  });
  // The content script is only injected once the extension's service worker is up.
  if (extensionDir && !context.serviceWorkers()[0]) await context.waitForEvent('serviceworker');
  // The persistent context opens with one blank tab; it stays open so the browser does not exit between runs.
  return {
    context,
    withExtension: extensionDir !== null,
    newPage: () => context.newPage(),
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
