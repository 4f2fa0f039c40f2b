/**
 * The single writer of settings, in the background worker: one change at a time, so two tabs changing settings at the
 * same moment never lose an update. Readers use ./settings-read.ts.
 */
import { storage } from '#imports';
import { applySettingsPatch, DEFAULT_SETTINGS, effectiveSiteSettings, type Settings, type SettingsPatch } from '@/utils/settings';
import { loadSettings, SETTINGS_KEY } from '@/lib/settings-read';

/** A WXT item (versioned, for future migrations); stored as `unknown` on purpose: every read repairs it. */
const settingsItem = storage.defineItem<unknown>(`local:${SETTINGS_KEY}`, { fallback: DEFAULT_SETTINGS, version: 1 });

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
