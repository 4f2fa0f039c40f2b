/** Shapes shared by the detector's parts and its callers. Pure data: no DOM types. */
import type { PersonId } from '@/utils/dataset/types';

/** How a mention names the person: a full name, a resolved short form, or a social handle / hashtag. */
export type MentionForm = 'full' | 'short' | 'handle';

/** One mention in a normalised text; `end` is exclusive, `text` is `text.slice(start, end)`. */
export interface TextMention {
  person: PersonId;
  start: number;
  end: number;
  text: string;
  form: MentionForm;
}

/**
 * What the page has established so far, carried across scans of one page. Counts, not flags, so a short form can
 * tell whether its person or another bearer of the name dominates the page.
 */
export interface PageContext {
  /** Full-name mentions seen, per person. A person with at least one is "established". */
  fullNameCounts: Map<PersonId, number>;
  /** Mentions of someone or something else bearing a short name ("Michael Jackson", "in Paris"), per short-name key. */
  rivalCounts: Map<string, number>;
}

/** A short name as one person owns it: `key` is the canonical short name, lower-cased ("jackson"). */
export interface ShortNameOwner {
  person: PersonId;
  key: string;
  /** True for the surname (the last part of the display name): only a surname follows "Ms." or "Miss". */
  isSurname: boolean;
}

/**
 * What one match of the scan is, before short forms are resolved. `rival` marks another bearer of short names
 * (a namesake, "the Jacksons", "in Paris") that makes nearby short forms ambiguous.
 */
export type Candidate =
  | { kind: 'full' | 'handle'; person: PersonId; start: number; end: number }
  | { kind: 'short'; owner: ShortNameOwner; start: number; end: number }
  | { kind: 'rival'; keys: readonly string[]; start: number; end: number };
