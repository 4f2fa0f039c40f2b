/**
 * Settings in extension storage. Everyone reads and watches; only the background worker writes, one change at a
 * time, so two tabs changing settings at the same moment never lose an update.
 */
import { storage } from '#imports';
import { applySettingsPatch, DEFAULT_SETTINGS, effectiveSiteSettings, sanitizeSettings, type Settings, type SettingsPatch } from '@/utils/settings';
import { sendToBackground } from '@/lib/messaging';

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
  await sendToBackground({ type: 'patch-settings', change });
}

/** A change computed from the settings current at the moment of writing: "turn off" when on, "turn on" when off. */
export type SettingsChange = SettingsPatch | ((current: Settings) => SettingsPatch);

/** Flips a site on or off against the stored settings (the keyboard command; no tab is asked what it shows). */
export function toggleSite(hostname: string): SettingsChange {
  return (current) => ({ scope: 'site', hostname, patch: { enabled: !effectiveSiteSettings(current, hostname).enabled } });
}

/** Returns a writer that applies changes strictly one after another; used by the background worker only. */
export function createSettingsWriter(): (change: SettingsChange) => Promise<Settings> {
  let queue: Promise<unknown> = Promise.resolve();
  return (change) => {
    const write = queue.then(async () => {
      const current = await loadSettings();
      const next = applySettingsPatch(current, typeof change === 'function' ? change(current) : change);
      await settingsItem.setValue(next);
      return next;
    });
    queue = write.catch(() => undefined);
    return write;
  };
}
