/**
 * Reading and watching settings, for every part of the extension; only the background worker writes
 * (./settings-store.ts). Plain `storage.local` rather than WXT's storage item: the content script reads settings on
 * every page, and the item's code (2.4 KB gzipped) would ship in it for nothing a reader needs.
 */
import { browser } from '#imports';
import { sanitizeSettings, type Settings, type SettingsPatch } from '@/utils/settings';
import { sendToBackground } from '@/lib/messaging';

/** The storage.local key (the writer's WXT item is `local:settings`, the same key). */
export const SETTINGS_KEY = 'settings';

/** Reads the settings, repairing any corrupt or outdated field with its default. */
export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return sanitizeSettings(stored[SETTINGS_KEY]);
}

/** Calls `onChange` with sanitized settings whenever any part of the extension changes them; returns the unwatch. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && Object.hasOwn(changes, SETTINGS_KEY)) onChange(sanitizeSettings(changes[SETTINGS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Asks the background worker to apply a change (the single writer). */
export async function requestSettingsChange(change: SettingsPatch): Promise<void> {
  await sendToBackground({ type: 'patch-settings', change });
}
