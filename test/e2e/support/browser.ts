/** Launches Debian's Chromium with the built extension loaded unpacked (see README: Tests). */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const EXTENSION_DIR = fileURLToPath(new URL('../../../.output/chrome-mv3', import.meta.url));
// The extension API inside worker.evaluate callbacks (they run in the service worker, not here).
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- no chrome.* types are installed for the worker's side
declare const chrome: any;

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  userDataDir: string;
  /** Closes the browser; keeps the profile when `keepProfile` (to test a restart). */
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

/** Starts Chromium with the extension; pass `userDataDir` to reuse a profile (a browser restart). */
export async function launchWithExtension(
  options: { userDataDir?: string; extensionDir?: string; headless?: boolean } = {},
): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No built extension in ${extensionDir}: run npm run build`);
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'rumor-context-profile-')));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 800 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    userDataDir,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The browser tab id of a page (it is brought to the front, then asked for as the active tab). */
export async function tabIdOf(browser: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await browser.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  });
  if (typeof id !== 'number') throw new Error('no active tab');
  return id;
}

/** Opens the popup as a page for the tab showing `page` (the toolbar popup cannot be clicked headless). */
export async function openPopupFor(browser: ExtensionBrowser, page: Page) {
  const tabId = await tabIdOf(browser, page);
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}
