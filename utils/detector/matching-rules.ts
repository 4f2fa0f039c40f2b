/** The language-level cues of data/matching.json as lookup sets (nothing in them names a person). */
import rawRules from '@/data/matching.json';

export interface MatchingRules {
  /** "Ms", "Miss": may precede a surname of the person. */
  personalHonorifics: ReadonlySet<string>;
  /** "Mr", "Mrs", "Dr", "Saint"...: a name after them is someone else. */
  otherTitles: ReadonlySet<string>;
  /** "the": "the Jacksons" is a family or a band, not the person. */
  articles: ReadonlySet<string>;
  /** "in", "to", "from"...: "in Paris" is a place. */
  placePrepositions: ReadonlySet<string>;
  /** "streets", "mayor"...: "in Paris's streets" is a place even with a possessive. */
  placeNouns: ReadonlySet<string>;
  /** "family", "estate"...: "the Jackson family" is not the person. */
  collectiveNouns: ReadonlySet<string>;
  /** Capitalised words that are never a name part ("But", "And", "Was"): at a sentence start or in a title-case headline. */
  connectives: ReadonlySet<string>;
  /** Quotation marks around an honorific form make it a title ("Miss Jackson", the song). */
  quoteMarks: string;
}

export interface RawMatchingRules {
  personalHonorifics: string[];
  otherTitles: string[];
  articles: string[];
  placePrepositions: string[];
  placeNouns: string[];
  collectiveNouns: string[];
  connectives: string[];
  quoteMarks: string;
}

/** Builds the lookup sets from the raw lists (lower-cased, so the data may be written in any case). */
export function toMatchingRules(raw: RawMatchingRules): MatchingRules {
  const set = (words: string[]) => new Set(words.map((word) => word.toLowerCase()));
  return {
    personalHonorifics: set(raw.personalHonorifics),
    otherTitles: set(raw.otherTitles),
    articles: set(raw.articles),
    placePrepositions: set(raw.placePrepositions),
    placeNouns: set(raw.placeNouns),
    collectiveNouns: set(raw.collectiveNouns),
    connectives: set(raw.connectives),
    quoteMarks: raw.quoteMarks,
  };
}

/** The bundled rules. */
export const DEFAULT_MATCHING_RULES: MatchingRules = toMatchingRules(rawRules);
