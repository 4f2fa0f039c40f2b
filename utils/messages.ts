/**
 * Every message between the extension's parts, typed once: its direction, its request and its reply, and the parser
 * the receiver runs on whatever arrives. Senders and receivers use lib/messaging.ts, which takes these maps, so no
 * call site casts. The page itself can send none of these: only extension pages and content scripts reach runtime
 * messaging. (Dark Reader's src/utils/message.ts is the model: constants that say their direction.)
 */
import { parseSettingsPatch, type SettingsPatch } from './settings';
import { isRecord } from './guards';
import type { PageStatus } from './page-status';
import type { CardData } from './dataset/queries';
import type { MatchedClaim } from './claim-match/describe';
import { PASSAGE_MAX_CHARS, type Passage } from './claim-match/passage';

/** One message kind: what the sender adds to `{ type }`, and what the receiver answers. */
interface Kind<Request extends object, Reply> {
  request: Request;
  reply: Reply;
}

/** Sent to the background worker, by content scripts and extension pages. */
export type ToBackground = {
  /** The single writer applies a settings change (the popup, the card's "turn off on this site"). */
  'patch-settings': Kind<{ change: SettingsPatch }, true>;
  /** Flips the site on or off against the stored value (the keyboard command sends no message; tests do). */
  'toggle-site': Kind<{ hostname: string }, true>;
  /** Adds one "not this person" choice for a page (the single writer merges it into that page's set). */
  'dismiss-mention': Kind<{ pageUrl: string; key: string }, true>;
  /** A person's card content; the claims stay in the worker. */
  'get-card-data': Kind<{ person: string }, CardData | null>;
  /** The claims a mention's passage repeats, best first, for the card's first section (the matcher runs here). */
  'match-passage': Kind<Passage, MatchedClaim[]>;
  /**
   * Injects one part of the content script into the sender's frame (lib/content/parts.ts): the scanner when the watch
   * sees a possible name or is asked something, the mention features (the card, hover tracking) on the first mark.
   */
  'load-content-part': Kind<{ part: ContentPart }, true>;
};

/** The content script's parts the worker injects on demand, each its own file in content-scripts/. */
const CONTENT_PARTS = ['scanner', 'mention'] as const;
export type ContentPart = (typeof CONTENT_PARTS)[number];

/** The page's status, and whether its scan, live rescans and paints are done. */
export type PageStatusReply = PageStatus & { settled: boolean };

/** Sent to a tab's content script, by the popup (and by tests through the worker). */
export type ToContent = {
  /**
   * What the page found. With `settledOn` (a settingsStamp), the answer waits until the page has applied those
   * settings and settled (at most SETTLE_WAIT_MS); with `settled: 'wait'` until it has settled.
   */
  'get-page-status': Kind<{ settledOn?: string; settled?: 'wait' }, PageStatusReply>;
  /**
   * Scrolls to the next mention of a person and flashes it (and, with `openCard`, opens its card); with `key`, to that
   * mention (the popup's "Show" for a rumor); false when the page has none.
   */
  'jump-to-mention': Kind<{ person: string; key?: string; openCard?: boolean }, boolean>;
  /** The passage around each mention on the page, for the popup's "rumors on this page" (matched in the popup). */
  'get-page-passages': Kind<object, PagePassage[]>;
  /** The keyboard command: the next mention on the page, its card open with focus in it; false when there is none. */
  'open-next-mention': Kind<object, boolean>;
};

/** One mention's passage, and which mention it is (its "not this person" key, stable across rescans). */
export type PagePassage = Passage & { person: string; key: string };

/** The most passages a page answers with: the popup matches each (under 2 ms apiece). */
export const MAX_PAGE_PASSAGES = 200;

/** The longest a content script holds a `get-page-status` answer waiting for "settled". */
export const SETTLE_WAIT_MS = 3000;

// The generic side: a message of one kind, any message of a map, a reply, a handler.
type Kinds = Record<string, Kind<object, unknown>>;
export type MessageOf<Map extends Kinds, Type extends keyof Map = keyof Map> = { [T in Type]: { type: T } & Map[T]['request'] }[Type];
export type ReplyOf<Map extends Kinds, Type extends keyof Map> = Map[Type]['reply'];
/** Parses the rest of a message of one kind (its `type` already matched); null when malformed. */
type Parsers<Map extends Kinds> = { [T in keyof Map]: (raw: Record<string, unknown>) => Map[T]['request'] | null };

function parserFor<Map extends Kinds>(parsers: Parsers<Map>): (value: unknown) => MessageOf<Map> | null {
  return (value) => {
    if (!isRecord(value) || typeof value.type !== 'string' || !Object.hasOwn(parsers, value.type)) return null;
    const type: keyof Map = value.type;
    const request = parsers[type](value);
    return request ? ({ ...request, type } as MessageOf<Map>) : null;
  };
}

const nonEmptyString = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** Returns the message if `value` is a well-formed message to a content script, else null. */
export const parseToContentMessage = /* @__PURE__ */ parserFor<ToContent>({
  'get-page-status': (raw) => ({
    ...(typeof raw.settledOn === 'string' ? { settledOn: raw.settledOn } : {}),
    ...(raw.settled === 'wait' ? { settled: 'wait' as const } : {}),
  }),
  'jump-to-mention': (raw) =>
    typeof raw.person !== 'string'
      ? null
      : {
          person: raw.person,
          ...(typeof raw.key === 'string' ? { key: raw.key } : {}),
          ...(raw.openCard === true ? { openCard: true } : {}),
        },
  'get-page-passages': () => ({}),
  'open-next-mention': () => ({}),
});

/** Returns the message if `value` is a well-formed message to the background worker, else null. */
export const parseToBackgroundMessage = /* @__PURE__ */ parserFor<ToBackground>({
  'patch-settings': (raw) => {
    // The same schema that types and repairs settings checks a change request (utils/settings-schema.ts).
    const change = parseSettingsPatch(raw.change);
    return change ? { change } : null;
  },
  'toggle-site': (raw) => (nonEmptyString(raw.hostname) ? { hostname: raw.hostname } : null),
  'dismiss-mention': (raw) =>
    typeof raw.pageUrl === 'string' && /^https?:\/\//.test(raw.pageUrl) && nonEmptyString(raw.key) && raw.key.length <= 200
      ? { pageUrl: raw.pageUrl, key: raw.key }
      : null,
  'get-card-data': (raw) => (typeof raw.person === 'string' ? { person: raw.person } : null),
  'match-passage': (raw) => parsePassage(raw),
  'load-content-part': (raw) => {
    const part = CONTENT_PARTS.find((known) => known === raw.part);
    return part ? { part } : null;
  },
});

/** A passage as passageAround makes it: bounded text, and a focus range inside it. */
function parsePassage(raw: Record<string, unknown>): Passage | null {
  const { text, focus } = raw;
  if (typeof text !== 'string' || text.length > PASSAGE_MAX_CHARS * 2 || !isRecord(focus)) return null;
  const { start, end } = focus;
  const offset = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= text.length;
  return offset(start) && offset(end) && start <= end ? { text, focus: { start, end } } : null;
}

/**
 * A short fingerprint of settings (FNV-1a of their JSON): the popup asks the page to answer once it has applied the
 * settings the popup sees, without sending the list of configured sites around.
 */
export function settingsStamp(settings: unknown): string {
  const text = JSON.stringify(settings);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36) + text.length.toString(36);
}
