/** Shapes shared by the detector's parts and its callers. Pure data: no DOM types. */
import type { PersonId } from '@/utils/dataset/types';
import type { SentenceSpan } from './sentence';

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
 * Why a short form was read as someone or something else bearing the name (a rival), from the words around it:
 * - `namesake`: part of a listed namesake ("Michael Jackson", "to Paris");
 * - `title`: after another title ("Mr. Jackson", "Saint Paris") or an honorific before a given name ("Miss Paris");
 * - `quoted-title`: an honorific form in quotation marks, a song ("“Miss Jackson”"), or a name closing a short quoted
 *   phrase that is no speech ("“Honey, Paris,” a song about...");
 * - `article`: after an article ("the Jacksons");
 * - `place-preposition`: a name that is also a place, after a place preposition of the text's language ("in Paris", "en París");
 * - `place-list`: a place among places ("New York, Paris, London"; "Paris (city in France)");
 * - `capitalised-neighbour`: another capitalised word next to it that is not a connective ("Janet Jackson");
 * - `collective-noun`: "the Jackson family";
 * - `place-noun`: a name that is also a place, before a place noun ("Paris hotels", "Paris's metro");
 * - `place-adjective`: a name that is also a place, with an adjective only a place takes ("rainy Paris", "Paris is
 *   expensive");
 * - `qualifier`: a parenthesis after it says what else it is ("Paris (given name)", "Paris Jackson (footballer)");
 * - `other-bearer`: sports or music context ("feat. Jackson", "Jackson Jr.", "Jackson scores", a touchdown nearby);
 * - `name-topic`: the name itself is the topic ("Cara may refer to:", "Paris is a given name"): on that page every
 *   short form of the name that nothing ties to the person is dropped for it too.
 */
export type RivalCue =
  | 'namesake'
  | 'title'
  | 'quoted-title'
  | 'article'
  | 'place-preposition'
  | 'place-list'
  | 'capitalised-neighbour'
  | 'collective-noun'
  | 'place-noun'
  | 'place-adjective'
  | 'qualifier'
  | 'other-bearer'
  | 'name-topic';

/**
 * Why a short form is not a name at all: `lower-case` ("cara" in running text, unless the text around is written in
 * lower case and names the person nearby), `language-word` (an ordinary word of the text's language at a sentence start,
 * "Cara nonna,").
 */
export type WordCue = 'lower-case' | 'language-word';

/**
 * Why a candidate was marked: `full-name`, `handle`, or a short form whose nearest naming is the person
 * (`person-nearer`) or, far from any naming, whose person the page names in full more than anyone bearing the name
 * (`page-balance`); a surname on a page about the person (`page-subject`: named in full at least three times) or
 * after "Ms." (`honorific`), with no other bearer of the name in the same sentence; joined by "and" to the other person's
 * name on a page that names both (`paired`: "Cara and Paris", "Delevingne and Jackson's bond"); a given name said to be
 * one of the family (`family`: "her sister Cara" beside Poppy Delevingne, "Prince, Paris and Blanket").
 */
type KeptReason = 'full-name' | 'handle' | 'person-nearer' | 'page-balance' | 'page-subject' | 'honorific' | 'paired' | 'family';

/**
 * Why a candidate was not marked: a cue from its words (RivalCue, WordCue); `not-established` (the page never names the
 * person in full); `rival-nearer` / `tie` (another bearer is nearer than the person, or as near); `page-balance` (far
 * from any naming, and others bearing the name are named as often); `lower-case-far` (a lower-case short form with no
 * naming of the person nearby); `named-later` (a name that is also a place, before her only naming nearby, a full name
 * in a later sentence); `shared-span` (another person sharing the short name took it).
 */
type DroppedReason = RivalCue | WordCue | 'not-established' | 'rival-nearer' | 'tie' | 'page-balance' | 'lower-case-far' | 'named-later' | 'shared-span';

/**
 * What one match of the scan is, before short forms are resolved. `rival` marks another bearer of short names
 * (a namesake, "the Jacksons", "in Paris") that makes nearby short forms ambiguous; `word` a short form read as an
 * ordinary word, kept only to explain why it is not marked. A short form in lower case (`lowerCase`) needs its person
 * named nearby.
 */
export type Candidate =
  | { kind: 'full' | 'handle'; person: PersonId; start: number; end: number }
  | {
      kind: 'short';
      owner: ShortNameOwner;
      start: number;
      end: number;
      lowerCase?: boolean;
      /** After a personal honorific: "Ms. Jackson" (a woman: the person, unless another bearer shares the sentence). */
      honorific?: boolean;
      /** Joined by a connective to a name of another person ("Cara and Paris"): `gap` characters after it (before: < 0). */
      pairedWith?: { person: PersonId; gap: number };
      /** A given name after a kin noun ("her sister Cara") or listed with the family's given names ("Prince, Paris"). */
      family?: boolean;
      /** Followed by what only a person does or has ("Paris said", "Paris's fans", "Paris, 19,"): no place nearby counts. */
      animate?: boolean;
      /** A transcript's speaker label ("PARIS: Welcome back"). */
      speaker?: boolean;
      /** Characters from the start of its sentence (and of its block) to the name, and from the name to their ends. */
      sentence: SentenceSpan;
    }
  | {
      kind: 'rival';
      keys: readonly string[];
      start: number;
      end: number;
      cue: RivalCue;
      people: readonly PersonId[];
      /** A namesake that only says whose kin she is ("the daughter of Michael Jackson"). */
      kin?: true;
      /**
       * Next to the other half of someone else's name: a capitalised word after it ("Paris Nguyen", "Jackson Pryce"),
       * or before a surname ("Kevin Jackson"). One before a given name may just open the sentence ("Tell Cara...").
       */
      otherName?: true;
    }
  | { kind: 'word'; keys: readonly string[]; start: number; end: number; cue: WordCue; people: readonly PersonId[] };

/** A candidate with the verdict on it: marked or not, and why. */
export type Decision = { kept: true; reason: KeptReason; person: PersonId; detail?: string } | { kept: false; reason: DroppedReason; detail?: string };
