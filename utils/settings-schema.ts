/**
 * Settings described once: what each field may hold (a valibot schema), the type inferred from it, the default beside
 * each field, the repair a stored value gets on read and the check a change request gets, both generated from it.
 *
 * Why valibot: the content script repairs settings on every read, so the library ships in it. Its size gzipped
 * (`npm run build`, `gzip -9 .output/chrome-mv3/content-scripts/content.js`, 2026-12-02, this same schema in each):
 * hand-written checks 30,566 bytes; valibot 1.5 32,215 (+1,649); zod 4.6 `zod/mini` 36,806 (+6,240); zod 4.6 56,021
 * (+25,455). With the array guard added afterwards (plainRecord), valibot's build is 32,262.
 */
import * as v from 'valibot';
import { isRecord } from './guards';
import { isTopicId, TOPIC_IDS, type TopicId } from './topics';

export const MARK_STYLES = ['underline', 'highlight', 'none'] as const;
export const MODIFIER_KEYS = ['none', 'Alt', 'Shift', 'Control', 'Meta'] as const;
/** How names are marked: `none` paints nothing but the card still opens on hover. */
export type MarkStyle = (typeof MARK_STYLES)[number];
export type ModifierKey = (typeof MODIFIER_KEYS)[number];
export const HOVER_DELAY_MIN_MS = 150;
export const HOVER_DELAY_MAX_MS = 2000;

/** Rounds a hover delay into its range: a hand-edited 5 ms would open cards as the pointer passes by. */
function clampHoverDelay(ms: number): number {
  return Math.round(Math.min(HOVER_DELAY_MAX_MS, Math.max(HOVER_DELAY_MIN_MS, ms)));
}

const markStyle = v.picklist(MARK_STYLES);

/** A plain object of `value`s keyed by string; valibot's record alone would take an array's indexes as keys. */
function plainRecord<T extends v.GenericSchema>(value: T) {
  return v.pipe(v.custom<Record<string, unknown>>(isRecord), v.record(v.string(), value));
}

/** What each global setting may hold; a change request must match it exactly. */
const GlobalSettingsSchema = v.object({
  /** Whether the extension runs on a site the reader has not configured. */
  enabledByDefault: v.boolean(),
  /** Marking style on sites without their own; `none` paints nothing but the card still opens on hover. */
  markStyle,
  /** People whose names are marked; a missing id means marked. */
  people: plainRecord(v.boolean()),
  /** Pointer rest time before the card opens, in ms. */
  hoverDelayMs: v.pipe(v.number(), v.finite(), v.transform(clampHoverDelay)),
  /** A key that must be held for hover to open the card. */
  modifier: v.picklist(MODIFIER_KEYS),
  /** Topics whose claims the card and the popup leave out (utils/topics.ts); none by default. */
  hiddenTopics: v.array(v.picklist(TOPIC_IDS)),
  /** Paint only the first mention of each person on the page; every mention still opens the card. */
  quietMode: v.boolean(),
});

/** One site's own choices; an absent field follows the global setting. */
const SiteSettingsSchema = v.object({ enabled: v.optional(v.boolean()), markStyle: v.optional(markStyle) });

export type GlobalSettings = v.InferOutput<typeof GlobalSettingsSchema>;
export type SiteSettings = v.InferOutput<typeof SiteSettingsSchema>;

/** The defaults, one per field of GlobalSettingsSchema. */
export const DEFAULT_GLOBAL_SETTINGS: GlobalSettings = {
  enabledByDefault: true,
  markStyle: 'underline',
  people: {},
  hoverDelayMs: 400,
  modifier: 'none',
  hiddenTopics: [],
  quietMode: false,
};

const global = GlobalSettingsSchema.entries;
const defaults = DEFAULT_GLOBAL_SETTINGS;

/** Reading: each field that is missing or broken falls back to its own default, the others are kept. */
const StoredGlobalSchema = v.object({
  enabledByDefault: v.fallback(global.enabledByDefault, defaults.enabledByDefault),
  markStyle: v.fallback(global.markStyle, defaults.markStyle),
  // One broken entry drops only that entry, not the reader's other people choices.
  people: v.fallback(v.pipe(plainRecord(v.unknown()), v.transform(keepBooleans)), () => ({})),
  hoverDelayMs: v.fallback(global.hoverDelayMs, defaults.hoverDelayMs),
  modifier: v.fallback(global.modifier, defaults.modifier),
  // An unknown topic (renamed or removed in a later version) drops only that entry.
  hiddenTopics: v.fallback(v.pipe(v.array(v.unknown()), v.transform(keepTopics)), () => []),
  quietMode: v.fallback(global.quietMode, defaults.quietMode),
});

const StoredSiteSchema = v.object({
  enabled: v.fallback(SiteSettingsSchema.entries.enabled, undefined),
  markStyle: v.fallback(SiteSettingsSchema.entries.markStyle, undefined),
});

function keepTopics(values: unknown[]): TopicId[] {
  return [...new Set(values.filter(isTopicId))];
}

function keepBooleans(record: Record<string, unknown>): Record<string, boolean> {
  return Object.fromEntries(Object.entries(record).filter((entry): entry is [string, boolean] => typeof entry[1] === 'boolean'));
}

/** Lower-case hostname without a trailing dot; `www.` is kept so a reader can tell subdomains apart. */
export function normalizeHostname(hostname: string): string {
  return hostname.trim().toLowerCase().replace(/\.$/, '');
}

/** Repairs every site on its own: a site that is not an object, or is left with no valid choice, is dropped. */
function repairSites(stored: Record<string, unknown>): Record<string, SiteSettings> {
  const sites: Record<string, SiteSettings> = {};
  for (const [hostname, value] of Object.entries(stored)) {
    const parsed = v.safeParse(StoredSiteSchema, value);
    if (!parsed.success || hostname.trim() === '') continue;
    const own = Object.fromEntries(Object.entries(parsed.output).filter(([, choice]) => choice !== undefined));
    if (Object.keys(own).length > 0) sites[normalizeHostname(hostname)] = own;
  }
  return sites;
}

/** Stored settings of any shape (corrupt, hand-written, older), repaired field by field. */
export const StoredSettingsSchema = v.object({
  global: v.fallback(StoredGlobalSchema, () => ({ ...DEFAULT_GLOBAL_SETTINGS })),
  sites: v.fallback(v.pipe(plainRecord(v.unknown()), v.transform(repairSites)), () => ({})),
});

export type Settings = { global: GlobalSettings; sites: Record<string, SiteSettings> };

/** A change as the popup, the card and the keyboard command ask for it; anything else is rejected whole. */
export const SettingsPatchSchema = v.variant('scope', [
  v.object({
    scope: v.literal('site'),
    hostname: v.pipe(v.string(), v.nonEmpty()),
    patch: v.strictObject({ enabled: SiteSettingsSchema.entries.enabled, markStyle: SiteSettingsSchema.entries.markStyle }),
  }),
  v.object({ scope: v.literal('global'), patch: v.partial(v.strictObject(global)) }),
]);

export type SettingsPatch = v.InferOutput<typeof SettingsPatchSchema>;
