/** Reading and writing the extension's storage from its service worker, for tests. */
import type { ExtensionBrowser } from '../../support/browser';

// The extension API, inside callbacks that run in the service worker.
declare const chrome: { storage: { local: { get(key: string | null): Promise<Record<string, unknown>>; set(items: object): Promise<void> } } };

/** Stores settings with `hostname` turned off (or no site settings at all when `enabled`). */
export async function setSiteEnabled(browser: ExtensionBrowser, hostname: string, enabled: boolean): Promise<void> {
  await browser.worker.evaluate(
    ({ hostname, enabled }) => chrome.storage.local.set({ settings: { global: {}, sites: enabled ? {} : { [hostname]: { enabled: false } } } }),
    { hostname, enabled },
  );
}

/** Everything the extension has stored. */
export function storedEverything(browser: ExtensionBrowser): Promise<Record<string, unknown>> {
  return browser.worker.evaluate(() => chrome.storage.local.get(null));
}
