/**
 * Settings: the per-site decision and changes. Types, defaults and repair come from one schema (settings-schema.ts).
 * Stored in `storage.local` (never `sync`): the list of sites a reader configured is browsing history.
 */
import * as v from 'valibot';
import { isRecord } from './guards';
import {
  DEFAULT_GLOBAL_SETTINGS,
  normalizeHostname,
  SettingsPatchSchema,
  StoredSettingsSchema,
  type MarkStyle,
  type Settings,
  type SettingsPatch,
} from './settings-schema';

// The schema is the one description; this module keeps the names the rest of the extension imports.
export {
  DEFAULT_GLOBAL_SETTINGS,
  HOVER_DELAY_MAX_MS,
  HOVER_DELAY_MIN_MS,
  MARK_STYLES,
  MODIFIER_KEYS,
  type GlobalSettings,
  type MarkStyle,
  type ModifierKey,
  type Settings,
  type SettingsPatch,
  type SiteSettings,
} from './settings-schema';

export const DEFAULT_SETTINGS: Settings = { global: DEFAULT_GLOBAL_SETTINGS, sites: {} };

/** What applies on one site once global and per-site settings are combined. */
export interface EffectiveSiteSettings {
  enabled: boolean;
  markStyle: MarkStyle;
  /** True when the site has its own on/off choice. */
  siteOverride: boolean;
}

/** Combines global and per-site settings into what applies on `hostname`. */
export function effectiveSiteSettings(settings: Settings, hostname: string): EffectiveSiteSettings {
  const site = settings.sites[normalizeHostname(hostname)] ?? {};
  return {
    enabled: site.enabled ?? settings.global.enabledByDefault,
    markStyle: site.markStyle ?? settings.global.markStyle,
    siteOverride: site.enabled !== undefined,
  };
}

/** Whether a person's names are marked. */
export function isPersonMarked(settings: Settings, person: string): boolean {
  return settings.global.people[person] ?? true;
}

/** Returns new settings with `change` applied; a site left with no own choices is removed. */
export function applySettingsPatch(settings: Settings, change: SettingsPatch): Settings {
  if (change.scope === 'global') {
    return sanitizeSettings({ ...settings, global: { ...settings.global, ...change.patch } });
  }
  const hostname = normalizeHostname(change.hostname);
  const site = { ...settings.sites[hostname], ...change.patch };
  const sites = { ...settings.sites };
  const own = Object.fromEntries(Object.entries(site).filter(([, value]) => value !== undefined));
  if (Object.keys(own).length === 0) delete sites[hostname];
  else sites[hostname] = own;
  return sanitizeSettings({ ...settings, sites });
}

/**
 * Reads stored settings of any shape: corrupt, hand-written, or from an older version with fewer fields.
 * Each field that is missing or of the wrong type falls back to its default on its own; valid sites are kept.
 */
export function sanitizeSettings(stored: unknown): Settings {
  return v.parse(StoredSettingsSchema, isRecord(stored) ? stored : {});
}

/** The change request if `value` is a well-formed SettingsPatch, else null (checked by the same schema). */
export function parseSettingsPatch(value: unknown): SettingsPatch | null {
  const parsed = v.safeParse(SettingsPatchSchema, value);
  return parsed.success ? parsed.output : null;
}
