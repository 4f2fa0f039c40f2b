/**
 * Settings, typed once with their defaults beside them, validated field by field on read.
 * Stored with WXT storage in `local:` (never `sync:`): the list of sites a reader configured is browsing history.
 */
import type { PersonId } from './dataset/types';
import { isRecord } from './guards';

export const MARK_STYLES = ['underline', 'highlight', 'none'] as const;
/** How names are marked: `none` paints nothing but the card still opens on hover. */
export type MarkStyle = (typeof MARK_STYLES)[number];

export const MODIFIER_KEYS = ['none', 'Alt', 'Shift', 'Control', 'Meta'] as const;
export type ModifierKey = (typeof MODIFIER_KEYS)[number];

export interface GlobalSettings {
  /** Whether the extension runs on a site the reader has not configured. */
  enabledByDefault: boolean;
  /** Marking style on sites without their own. */
  markStyle: MarkStyle;
  /** People whose names are marked; a missing id means marked. */
  people: Record<PersonId, boolean>;
  /** Pointer rest time before the card opens, in ms. */
  hoverDelayMs: number;
  /** A key that must be held for hover to open the card. */
  modifier: ModifierKey;
}

/** One site's own choices; an absent field follows the global setting. */
export interface SiteSettings {
  enabled?: boolean;
  markStyle?: MarkStyle;
}

export interface Settings {
  global: GlobalSettings;
  /** Keyed by hostname (lower case, no port). */
  sites: Record<string, SiteSettings>;
}

export const HOVER_DELAY_MIN_MS = 150;
export const HOVER_DELAY_MAX_MS = 2000;

export const DEFAULT_GLOBAL_SETTINGS: GlobalSettings = {
  enabledByDefault: true,
  markStyle: 'underline',
  people: {},
  hoverDelayMs: 400,
  modifier: 'none',
};

export const DEFAULT_SETTINGS: Settings = { global: DEFAULT_GLOBAL_SETTINGS, sites: {} };

/** What applies on one site once global and per-site settings are combined. */
export interface EffectiveSiteSettings {
  enabled: boolean;
  markStyle: MarkStyle;
  /** True when the site has its own on/off choice. */
  siteOverride: boolean;
}

/** A change to settings, as the popup, the card and the keyboard command ask for it. */
export type SettingsPatch =
  | { scope: 'site'; hostname: string; patch: Partial<SiteSettings> }
  | { scope: 'global'; patch: Partial<GlobalSettings> };

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

/** Lower-case hostname without a trailing dot; `www.` is kept so a reader can tell subdomains apart. */
export function normalizeHostname(hostname: string): string {
  return hostname.trim().toLowerCase().replace(/\.$/, '');
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
  const root = isRecord(stored) ? stored : {};
  return { global: sanitizeGlobal(root.global), sites: sanitizeSites(root.sites) };
}

function sanitizeGlobal(stored: unknown): GlobalSettings {
  const value = isRecord(stored) ? stored : {};
  const defaults = DEFAULT_GLOBAL_SETTINGS;
  return {
    enabledByDefault: typeof value.enabledByDefault === 'boolean' ? value.enabledByDefault : defaults.enabledByDefault,
    markStyle: isMarkStyle(value.markStyle) ? value.markStyle : defaults.markStyle,
    people: isRecord(value.people)
      ? Object.fromEntries(Object.entries(value.people).filter((entry): entry is [string, boolean] => typeof entry[1] === 'boolean'))
      : {},
    hoverDelayMs: isFiniteNumber(value.hoverDelayMs)
      ? Math.round(Math.min(HOVER_DELAY_MAX_MS, Math.max(HOVER_DELAY_MIN_MS, value.hoverDelayMs)))
      : defaults.hoverDelayMs,
    modifier: (MODIFIER_KEYS as readonly unknown[]).includes(value.modifier) ? (value.modifier as ModifierKey) : defaults.modifier,
  };
}

function sanitizeSites(stored: unknown): Record<string, SiteSettings> {
  if (!isRecord(stored)) return {};
  const sites: Record<string, SiteSettings> = {};
  for (const [hostname, value] of Object.entries(stored)) {
    if (!isRecord(value) || hostname.trim() === '') continue;
    const site: SiteSettings = {};
    if (typeof value.enabled === 'boolean') site.enabled = value.enabled;
    if (isMarkStyle(value.markStyle)) site.markStyle = value.markStyle;
    if (Object.keys(site).length > 0) sites[normalizeHostname(hostname)] = site;
  }
  return sites;
}

/** True when `value` is one of MARK_STYLES. */
export function isMarkStyle(value: unknown): value is MarkStyle {
  return (MARK_STYLES as readonly unknown[]).includes(value);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
