/**
 * Settings in extension storage. Everyone reads and watches; only the background worker writes, one change at a
 * time, so two tabs changing settings at the same moment never lose an update.
 */
import { browser, storage } from '#imports';
import { applySettingsPatch, DEFAULT_SETTINGS, sanitizeSettings, type Settings, type SettingsPatch } from '@/utils/settings';
import type { ToBackgroundMessage } from '@/utils/messages';

/** Stored as `unknown` on purpose: whatever is there is sanitized field by field on every read. */
const settingsItem = storage.defineItem<unknown>('local:settings', { fallback: DEFAULT_SETTINGS, version: 1 });

/** Reads the settings, repairing any corrupt or outdated field with its default. */
export async function loadSettings(): Promise<Settings> {
  return sanitizeSettings(await settingsItem.getValue());
}

/** Calls `onChange` with sanitized settings whenever any part of the extension changes them. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(sanitizeSettings(value)));
}

/** Asks the background worker to apply a change (the single writer). */
export async function requestSettingsChange(change: SettingsPatch): Promise<void> {
  const message: ToBackgroundMessage = { type: 'patch-settings', change };
  await browser.runtime.sendMessage(message);
}

/** Returns a writer that applies changes strictly one after another; used by the background worker only. */
export function createSettingsWriter(): (change: SettingsPatch) => Promise<Settings> {
  let queue: Promise<unknown> = Promise.resolve();
  return (change) => {
    const write = queue.then(async () => {
      const next = applySettingsPatch(await loadSettings(), change);
      await settingsItem.setValue(next);
      return next;
    });
    queue = write.catch(() => undefined);
    return write;
  };
}
