/**
 * Messages between the extension's parts, typed once and checked at the receiver.
 * Names say the direction: `ToContent` is sent to a tab's content script, `ToBackground` to the service worker.
 * The page itself can send none of these: only extension pages and content scripts reach runtime messaging.
 */
import { isMarkStyle, MODIFIER_KEYS, type SettingsPatch } from './settings';
import { isRecord } from './guards';
import type { PageStatus } from './page-status';
import type { CardData } from './dataset/queries';

export type ToContentMessage =
  | { type: 'get-page-status' }
  | { type: 'jump-to-mention'; person: string }
  | { type: 'toggle-site' };

/** What the content script answers to each message. */
export interface ContentReplies {
  'get-page-status': PageStatus;
  'jump-to-mention': boolean;
  'toggle-site': boolean;
}

export type ToBackgroundMessage = { type: 'patch-settings'; change: SettingsPatch } | { type: 'get-card-data'; person: string };

/** What the background worker answers to each message. */
export interface BackgroundReplies {
  'patch-settings': true;
  'get-card-data': CardData | null;
}

/** Returns the message if `value` is a well-formed ToContentMessage, else null. */
export function parseToContentMessage(value: unknown): ToContentMessage | null {
  if (!isRecord(value)) return null;
  switch (value.type) {
    case 'get-page-status':
    case 'toggle-site':
      return { type: value.type };
    case 'jump-to-mention':
      return typeof value.person === 'string' ? { type: 'jump-to-mention', person: value.person } : null;
    default:
      return null;
  }
}

/** Returns the message if `value` is a well-formed ToBackgroundMessage, else null. */
export function parseToBackgroundMessage(value: unknown): ToBackgroundMessage | null {
  if (isRecord(value) && value.type === 'get-card-data' && typeof value.person === 'string') {
    return { type: 'get-card-data', person: value.person };
  }
  if (!isRecord(value) || value.type !== 'patch-settings' || !isRecord(value.change)) return null;
  const change = parseSettingsPatch(value.change);
  return change ? { type: 'patch-settings', change } : null;
}

function parseSettingsPatch(change: Record<string, unknown>): SettingsPatch | null {
  if (!isRecord(change.patch)) return null;
  const patch = change.patch;
  if (change.scope === 'site' && typeof change.hostname === 'string' && change.hostname !== '') {
    const known = Object.keys(patch).every((key) => key === 'enabled' || key === 'markStyle');
    const enabledOk = patch.enabled === undefined || typeof patch.enabled === 'boolean';
    const styleOk = patch.markStyle === undefined || isMarkStyle(patch.markStyle);
    return known && enabledOk && styleOk ? { scope: 'site', hostname: change.hostname, patch } : null;
  }
  if (change.scope === 'global') {
    const checks: Record<string, (v: unknown) => boolean> = {
      enabledByDefault: (v) => typeof v === 'boolean',
      markStyle: isMarkStyle,
      people: (v) => isRecord(v) && Object.values(v).every((on) => typeof on === 'boolean'),
      hoverDelayMs: (v) => typeof v === 'number' && Number.isFinite(v),
      modifier: (v) => (MODIFIER_KEYS as readonly unknown[]).includes(v),
    };
    const valid = Object.entries(patch).every(([key, v]) => checks[key]?.(v) ?? false);
    return valid ? { scope: 'global', patch } : null;
  }
  return null;
}
