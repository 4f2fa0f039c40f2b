/**
 * The language-level cues of data/matching.json as lookup sets (nothing in them names a person). The top-level lists
 * hold everywhere; a language's own cues are added only for text in that language (see cuesFor).
 */
import rawRules from '@/data/matching.json';

/** The cues in force for text in one language. */
export interface LanguageCues {
  /** "Ms", "Miss", "Frau": may precede a surname of the person. */
  personalHonorifics: ReadonlySet<string>;
  /** "Mr", "Mrs", "Dr", "Saint"...: a name after them is someone else. */
  otherTitles: ReadonlySet<string>;
  /** "the": "the Jacksons" is a family or a band, not the person. */
  articles: ReadonlySet<string>;
  /**
   * Italian "la", Portuguese "a": articles the language puts before a woman's name ("la Jackson ha citato", "amo a
   * Cara"), so there they are no cue against her.
   */
  nameArticles: ReadonlySet<string>;
  /** English "which": a determiner ("which Jackson album") or a relative before a name that acts ("which Paris reposted"). */
  relativePronouns: ReadonlySet<string>;
  /** "in", "en", "a"...: before a name that is also a place ("in Paris"), the place. */
  placePrepositions: ReadonlySet<string>;
  /**
   * "de", "di", "von": "of", before a given name that is also a place, the place ("Semana de Moda de Paris"); before a
   * surname, the person as often ("i rappresentanti di Jackson"), so not a cue there.
   */
  genitivePrepositions: ReadonlySet<string>;
  /** "streets", "mayor"...: "in Paris's streets" is a place even with a possessive. */
  placeNouns: ReadonlySet<string>;
  /** "family", "estate"...: "the Jackson family" is not the person. */
  collectiveNouns: ReadonlySet<string>;
  /** "sister", "daughter", "hermana"...: "her sister Cara" beside a Delevingne is one of the family, so the person. */
  kinNouns: ReadonlySet<string>;
  /**
   * Words right after a name (or its possessive) that only a person takes: verbs of saying and doing, "who", "her
   * boyfriend"... ("Paris said", "Paris's fans"): not the city, whatever place is named near.
   */
  personWords: ReadonlySet<string>;
  /** "happy", "pregnant", "lista": after a copula, only a person ("Paris looks so happy", "Paris es muy lista"). */
  personAdjectives: ReadonlySet<string>;
  /** Verbs of saying right before a name, as journalists invert them ("said Jackson", "a confié Jackson", "sagte Paris"): a person. */
  speechVerbs: ReadonlySet<string>;
  /** "she", "her", "elle"...: a pronoun soon after the name that only a person takes ("Paris has arrived! Fresh off her flight"). */
  personPronouns: ReadonlySet<string>;
  /** "Familie", "famille": before a surname, the family ("Familie Jackson"); a language's own, since English puts them after. */
  collectiveNounsBefore: ReadonlySet<string>;
  /**
   * "è", "es", "non", "tem", "sempre": a copula, a frequent verb, a negation or an adverb before the verb. A bare common
   * noun cannot open a sentence before its verb, so "cara è stupenda" and "Cara non ha sfilato" name someone.
   */
  subjectVerbs: ReadonlySet<string>;
  /** Capitalised words that are never a name part: connectives ("But", "And") and sentence-initial words ("Pour"). */
  connectives: ReadonlySet<string>;
  /** Short names that are ordinary words in this language ("cara": dear, face, guy). */
  commonWords: ReadonlySet<string>;
  /** German: every noun is capitalised, so a capitalised neighbour says nothing about a name. */
  capitalisesNouns: boolean;
  /**
   * Places this language writes otherwise ("paris": Italian "Parigi"): written as the name, it is no place there, so
   * no place cue applies ("ispirarsi a Paris").
   */
  placesWrittenOtherwise: ReadonlySet<string>;
  /** False for text of no known language: its common words are then only a cue in lower case, not at a sentence start. */
  known: boolean;
}

export interface MatchingRules extends LanguageCues {
  /** Quotation marks around an honorific form make it a title ("Miss Jackson", the song). */
  quoteMarks: string;
  /** Places, lower case ("paris", "london", "new york"): a short name listed here is also a place. */
  places: ReadonlySet<string>;
  /** States, provinces and countries written after a place ("Jackson, MS", "Paris, Texas"); two-letter codes count in capitals only. */
  placeRegions: ReadonlySet<string>;
  /** Months, seasons, weather: "Paris in February", "Paris in the rain" is the city at that time. */
  placeSeasons: ReadonlySet<string>;
  /** "may refer to", "is a given name": after a name, the page is about the name itself (a disambiguation page). */
  nameTopicPhrases: readonly string[];
  /** "-style", "-esque": "Cara-style beanies" is her style; other hyphenated compounds are no name. */
  personSuffixes: ReadonlySet<string>;
  /** Words right before a short name that make it another bearer ("feat. Jackson", "guard Paris"). */
  otherBearerBefore: ReadonlySet<string>;
  /** "guard", "striker", "jogador": before a name, even a full name, a player ("Senior guard Paris Jackson"). */
  sportsPositions: ReadonlySet<string>;
  /** "another", "other", "autre": before a full name, someone else who has it ("any other Paris Jackson"). */
  otherNameWords: ReadonlySet<string>;
  /**
   * Common given names and surnames ("Marco", "Taylor", "Hoffmann"), none of them a common word: next to a short name
   * they make it someone else's name even where every word is capitalised ("Model Cara Taylor Walks for Balmain",
   * "Designerin Cara Hoffmann").
   */
  otherPeoplesNames: ReadonlySet<string>;
  /** Words right after ("Jackson Jr.", "Jackson scores"). */
  otherBearerAfter: ReadonlySet<string>;
  /** Sports words within the sentence around a short name: a player, not the person. */
  otherBearerContext: ReadonlySet<string>;
  /** Words in a parenthesis right after a name that say what else it is: "Paris (given name)", "(footballer)". */
  qualifierNouns: ReadonlySet<string>;
  /** "meaning", "definition", "significado": right after a name (or its dash), the word is looked up, not the person. */
  senseWords: ReadonlySet<string>;
  /** "expensive", "rainy", "teuer": said of a name that is a place ("Paris is expensive", "a rainy Paris"), the place. */
  placeAdjectives: ReadonlySet<string>;
  /** The cues per language (the top-level lists plus the language's own), keyed by primary language subtag. */
  languages: ReadonlyMap<string, LanguageCues>;
  /** Every language's cues together: for text whose language is neither declared nor guessed. */
  anyLanguage: LanguageCues;
  /**
   * The language of each frequent word that only one language lists ("the" → "en", "della" → "it"), to guess the
   * language of text that does not declare it.
   */
  guessWords: ReadonlyMap<string, string>;
}

type CueLists = {
  [K in
    | 'personalHonorifics'
    | 'otherTitles'
    | 'articles'
    | 'nameArticles'
    | 'relativePronouns'
    | 'placePrepositions'
    | 'genitivePrepositions'
    | 'placeNouns'
    | 'collectiveNouns'
    | 'kinNouns'
    | 'personWords'
    | 'personAdjectives'
    | 'speechVerbs'
    | 'personPronouns'
    | 'collectiveNounsBefore'
    | 'subjectVerbs'
    | 'connectives'
    | 'sentenceStarts'
    | 'commonWords'
    | 'placesWrittenOtherwise']?: string[];
};

interface RawLanguageCues extends CueLists {
  guessWords: string[];
  capitalisesNouns?: boolean;
}

export interface RawMatchingRules extends CueLists {
  personalHonorifics: string[];
  otherTitles: string[];
  articles: string[];
  placePrepositions: string[];
  placeNouns: string[];
  collectiveNouns: string[];
  connectives: string[];
  quoteMarks: string;
  places?: string[];
  placeRegions?: string[];
  placeSeasons?: string[];
  nameTopicPhrases?: string[];
  personSuffixes?: string[];
  otherBearerBefore?: string[];
  sportsPositions?: string[];
  otherNameWords?: string[];
  otherPeoplesNames?: string[];
  otherBearerAfter?: string[];
  otherBearerContext?: string[];
  qualifierNouns?: string[];
  senseWords?: string[];
  placeAdjectives?: string[];
  languages?: Record<string, RawLanguageCues>;
}

const lower = (words: readonly string[] = []) => new Set(words.map((word) => word.toLowerCase()));

function cuesOf(lists: readonly CueLists[], capitalisesNouns: boolean, known = true): LanguageCues {
  const merged = (key: keyof CueLists) => lower(lists.flatMap((list) => list[key] ?? []));
  return {
    personalHonorifics: merged('personalHonorifics'),
    otherTitles: merged('otherTitles'),
    articles: merged('articles'),
    // Text of no known language keeps every article a cue: "a Delevingne" is one of the family in English.
    nameArticles: known ? merged('nameArticles') : new Set(),
    relativePronouns: merged('relativePronouns'),
    placePrepositions: merged('placePrepositions'),
    genitivePrepositions: merged('genitivePrepositions'),
    placeNouns: merged('placeNouns'),
    collectiveNouns: merged('collectiveNouns'),
    kinNouns: merged('kinNouns'),
    personWords: merged('personWords'),
    personAdjectives: merged('personAdjectives'),
    speechVerbs: merged('speechVerbs'),
    personPronouns: merged('personPronouns'),
    collectiveNounsBefore: merged('collectiveNounsBefore'),
    subjectVerbs: merged('subjectVerbs'),
    connectives: new Set([...merged('connectives'), ...merged('sentenceStarts')]),
    commonWords: merged('commonWords'),
    // Text of no known language may be any language's: every place stays a place.
    placesWrittenOtherwise: known ? merged('placesWrittenOtherwise') : new Set(),
    capitalisesNouns,
    known,
  };
}

/** Builds the lookup sets from the raw lists (lower-cased, so the data may be written in any case). */
export function toMatchingRules(raw: RawMatchingRules): MatchingRules {
  const languages = Object.entries(raw.languages ?? {});
  return {
    ...cuesOf([raw], false),
    quoteMarks: raw.quoteMarks,
    places: lower(raw.places),
    placeRegions: lower(raw.placeRegions),
    placeSeasons: lower(raw.placeSeasons),
    nameTopicPhrases: [...lower(raw.nameTopicPhrases)],
    personSuffixes: lower(raw.personSuffixes),
    otherBearerBefore: lower(raw.otherBearerBefore),
    sportsPositions: lower(raw.sportsPositions),
    otherNameWords: lower(raw.otherNameWords),
    otherPeoplesNames: lower(raw.otherPeoplesNames),
    otherBearerAfter: lower(raw.otherBearerAfter),
    otherBearerContext: lower(raw.otherBearerContext),
    qualifierNouns: lower(raw.qualifierNouns),
    senseWords: lower(raw.senseWords),
    placeAdjectives: lower(raw.placeAdjectives),
    languages: new Map(languages.map(([code, cues]) => [code.toLowerCase(), cuesOf([raw, cues], cues.capitalisesNouns === true)])),
    // Noun capitalisation is left out: it would switch off a cue on every page that does not say its language.
    anyLanguage: cuesOf([raw, ...languages.map(([, cues]) => cues)], false, false),
    guessWords: distinctWords(languages.map(([code, cues]) => [code.toLowerCase(), lower(cues.guessWords)])),
  };
}

/** Each frequent word with its language, less those two languages list: "la", "con", "una" say nothing between Italian and Spanish. */
function distinctWords(lists: readonly [string, Set<string>][]): Map<string, string> {
  const languageOf = new Map<string, string | null>();
  for (const [code, words] of lists) for (const word of words) languageOf.set(word, languageOf.has(word) ? null : code);
  return new Map([...languageOf].filter((entry): entry is [string, string] => entry[1] !== null));
}

/**
 * The cues for text in `language` (a BCP 47 tag such as "it" or "pt-BR"; undefined when neither declared nor
 * guessed): a listed language gets its own cues on top of the shared ones; an unlisted one only the shared ones.
 */
export function cuesFor(rules: MatchingRules, language: string | undefined): LanguageCues {
  if (language === undefined) return rules.anyLanguage;
  return rules.languages.get(primarySubtag(language)) ?? rules;
}

/** "pt-BR" → "pt". */
function primarySubtag(language: string): string {
  const dash = language.indexOf('-');
  return (dash < 0 ? language : language.slice(0, dash)).trim().toLowerCase();
}

/** The bundled rules. */
export const DEFAULT_MATCHING_RULES: MatchingRules = toMatchingRules(rawRules);
