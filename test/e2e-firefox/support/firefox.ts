/**
 * Launches Debian's firefox-esr with the Firefox build (.output/firefox-mv2) installed as a temporary add-on, driven by
 * puppeteer-core over WebDriver BiDi (playwright-core cannot drive this Firefox; see stack-notes "Firefox, for real").
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIREFOX_EXTENSION_DIR = fileURLToPath(new URL('../../../.output/firefox-mv2', import.meta.url));
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const GECKO_ID = 'rumor-context@example.org';
/** Pinned through a pref, so extension pages have a known address (Firefox picks a random one per profile). */
export const EXTENSION_UUID = '3f0c2a6e-8b1d-4c57-9a3e-5d7b2c1e9f40';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export interface FirefoxWithExtension {
  browser: Browser;
  userDataDir: string;
  /** Uncaught errors in the extension's own pages (background included): Firefox prints them only on its console. */
  extensionErrors: string[];
  /** Closes Firefox; keeps the profile when `keepProfile` (to test a restart). */
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

/** Starts Firefox with the extension; pass `userDataDir` to reuse a profile (a browser restart). */
export async function launchFirefox(options: { userDataDir?: string; prefs?: Record<string, unknown> } = {}): Promise<FirefoxWithExtension> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) throw new Error('No Firefox build: run npm run build:firefox');
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'rumor-context-firefox-')));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir,
    defaultViewport: { width: 1280, height: 800 },
    // A release Firefox honours services.settings.server (below) only with this set.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    // Without it BiDi refuses to navigate a tab to a moz-extension:// page (the popup).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // Firefox's own remote-settings sync, its only traffic in a session here: pointed nowhere, so that any request
      // the network recorder sees is the extension's (Mozilla's test harness does the same).
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      ...options.prefs,
    },
  });
  const extensionErrors: string[] = [];
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (/JavaScript error: moz-extension:/.test(line)) extensionErrors.push(line.trim());
  };
  browser.process()?.stdout?.on('data', collect);
  browser.process()?.stderr?.on('data', collect);
  // A temporary add-on is gone after a restart; installed again under the same id, it finds its storage again.
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return {
    browser,
    userDataDir,
    extensionErrors,
    async close({ keepProfile = false } = {}) {
      await browser.close();
      if (!keepProfile) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The raw BiDi navigation: `page.goto()` to a moz-extension:// page never resolves, this does. */
export async function navigate(page: Page, url: string): Promise<void> {
  const frame = page.mainFrame() as unknown as { browsingContext: { navigate(url: string, wait: 'complete'): Promise<void> } };
  await frame.browsingContext.navigate(url, 'complete');
}

/**
 * Opens the popup as a page about the tab of `page` (a headless toolbar button cannot be clicked). Without the `tabs`
 * permission the extension cannot read tab addresses, so the page's tab is found as the active one: the popup's tab
 * is opened first, then `page` brought to the front and the popup asks for the active tab.
 */
export async function openPopupFor(browser: Browser, page: Page): Promise<Page> {
  const popup = await browser.newPage();
  await popup.setViewport({ width: 400, height: 600 });
  await navigate(popup, `${EXTENSION_ORIGIN}/popup.html?tab=0`);
  await page.bringToFront();
  const tabId = await popup.evaluate(async () => {
    const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).browser;
    return (await api.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  });
  if (typeof tabId !== 'number') throw new Error(`no active tab for ${page.url()}`);
  await navigate(popup, `${EXTENSION_ORIGIN}/popup.html?tab=${tabId}`);
  await popup.bringToFront();
  return popup;
}
