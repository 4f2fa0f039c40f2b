/**
 * Whether a short name ("Paris", "Jackson", "cara") can be the person, judged only from its neighbouring words and
 * the cues of the text's language. Page-level evidence (who the page is about, what is nearby) is weighed afterwards,
 * in resolve.ts.
 */
import { isLetterCode } from './chars';
import { isCapitalised, isPredicated, isQuoted, wordAfter, wordBefore, type NeighbourWord } from './context-cues';
import { cuesFor, type LanguageCues, type MatchingRules } from './matching-rules';
import { hasOtherBearerContext, hasQualifier, isAloneInBlock, isInPlaceList, isNameTopic, isSpeakerLabel, isTitleCase, startsSentence } from './surroundings';
import type { PersonId } from '@/utils/dataset/types';
import { isAnimate, isSaidFamily, pairedName, type PairedName } from './short-form-links';
import type { RivalCue, ShortNameOwner, WordCue } from './types';


/**
 * May be the person (`lowerCase` when written so; `pairedWith` another person's name, `family` when said to be one of
 * the person's family), someone or something else bearing the name, or a plain word.
 */
export type ShortVerdict =
  | { kind: 'short'; lowerCase: boolean; honorific?: boolean; pairedWith?: PairedName; family?: boolean; animate?: boolean; speaker?: boolean }
  | { kind: 'rival'; cue: RivalCue; otherName?: true }
  | { kind: 'word'; cue: WordCue };

/** What the verdict needs to know beyond the text: the rules, the cues of the text's language, and the people's names. */
export interface VerdictContext {
  rules: MatchingRules;
  cues: LanguageCues;
  /** The cues of the language guessed from the words around the name, whatever the page declares (shared ones if unsure). */
  guessedCues(): LanguageCues;
  /** The person other than `owner` whose short name a lower-cased word is ("paris" next to "cara"), if any. */
  otherShortNamePerson(word: string, owner: ShortNameOwner): PersonId | undefined;
  /** Whether a lower-cased word is a given name of the owner's family ("prince" for Paris Jackson). */
  isFamilyName(word: string, owner: ShortNameOwner): boolean;
  /** Whether a lower-cased word is a name part of someone in the data. */
  isName(word: string): boolean;
  /** Whether an "@handle" (any case) is one of the people's own. */
  isHandle(handle: string): boolean;
  /** Sticky regexes for a known place just before / after a short name, joined by a comma or "and" ("London, Paris"). */
  placeBefore: RegExp | null;
  placeAfter: RegExp | null;
}

const rival = (cue: RivalCue): ShortVerdict => ({ kind: 'rival', cue });

/** The rest of a firm's name after a partner's: another partner perhaps, then "& Co." (a capital C: "Cara & co" is her and friends). */
const COMPANY_AFTER = /^(?:,\s*\p{Lu}\p{L}*)?\s*(?:&|and)\s*Co\b/u;

/** Judges the short name at [start, tokenEnd) (with its possessive up to `end`) from the words around it. */
export function shortFormVerdict(text: string, start: number, tokenEnd: number, end: number, owner: ShortNameOwner, context: VerdictContext): ShortVerdict {
  const { rules, cues } = context;
  const isPlace = rules.places.has(owner.key) && !cues.placesWrittenOtherwise.has(owner.key);
  const possessive = end > tokenEnd;
  const before = wordBefore(text, start);
  const beforeWord = before?.text.toLowerCase() ?? '';
  const after = possessive ? null : wordAfter(text, end);
  const afterWord = after?.text.toLowerCase() ?? '';
  if (before !== null && (rules.otherBearerBefore.has(beforeWord) || rules.sportsPositions.has(beforeWord))) return rival('other-bearer');
  if (after !== null && rules.otherBearerAfter.has(afterWord)) return rival('other-bearer');
  // "Jackson, Paris & Co.": a firm's name. "— Cara, 30, Dublin": a reader's signature under a letter.
  if (COMPANY_AFTER.test(text.slice(end, end + 24)) || isSignature(text, start, end) || isAccountName(text, end, owner.key, context)) return rival('other-bearer');
  if (after !== null && cues.collectiveNouns.has(afterWord)) return rival('collective-noun');
  if (before !== null && !before.dotted && cues.collectiveNounsBefore.has(beforeWord)) return rival('collective-noun');
  // "Paris (given name)", "Cara (disambiguation)": an entry about the name; “Honey, Paris”, “Jackson”: a title.
  if (hasQualifier(text, end, rules.qualifierNouns) || isLookedUp(text, end, rules.senseWords)) return rival('qualifier');
  if (isNameTopic(text, end, rules.nameTopicPhrases)) return rival('name-topic');
  if (isQuotedTitle(text, start, end, context)) return rival('quoted-title');
  // Portuguese "a Paris tem a cara do pai": "a" is the article before a name that a verb follows, not "to".
  const articleBeforeSubject = before !== null && isNameArticle(beforeWord, context) && beforeVerb(text, end, cues);
  const placePreposition = !articleBeforeSubject && isPlacePreposition(beforeWord, owner, cues, context);
  if (isPlace && before !== null && placePreposition && (!possessive || isPlaceAfterPossessive(text, end, cues))) {
    // "in Paris" is the city, but "sitting in Paris' lap" is her.
    return rival('place-preposition');
  }
  if (isPlace && (isInPlaceList(text, start, end, context) || isAloneInBlock(text, start, end))) return rival('place-list');
  if (isPlace && isSaidOfPlace(text, end, before, context)) return rival('place-adjective');
  // "Paris hotels", "Paris's metro": the city as a modifier.
  const next = possessive ? wordAfter(text, end) : after;
  if (isPlace && next !== null && rules.placeNouns.has(next.text.toLowerCase())) return rival('place-noun');
  if (hasOtherBearerContext(text, start, end, rules)) return rival('other-bearer');
  if (!isCapitalised(text.slice(start, tokenEnd))) return lowerCaseVerdict(text, start, end, owner, context);
  if (before !== null) {
    // "you miss Cara when she's gone": an honorific is written with a capital or a stop; "miss" is a verb.
    if (cues.personalHonorifics.has(beforeWord) && (before.dotted || isCapitalised(before.text))) {
      // "Ms. Delevingne" is her; "Miss Paris" is a pageant, and a quoted "Miss Jackson" is a song title.
      if (!owner.isSurname) return rival('title');
      if (isQuoted(text, before.start, end, rules.quoteMarks)) return rival('quoted-title');
      return withLinks({ kind: 'short', lowerCase: false, honorific: true }, text, start, end, owner, context);
    }
    if (cues.otherTitles.has(beforeWord)) return rival('title');
    if (before.dotted) {
      // A sentence ended just before: there is no word before the name.
    } else if (cues.articles.has(beforeWord) && !isNameArticle(beforeWord, context) && !(cues.relativePronouns.has(beforeWord) && actsAfter(text, start, tokenEnd, owner, after, cues))) {
      return rival('article');
    } else if (!cues.connectives.has(beforeWord) && isCapitalised(before.text) && !isUserName(text, before.start) && looksLikeNameHalf(before, text, start, end, context)) {
      // Another first name before the surname: "Janet Jackson", "Poppy Delevingne". Before a given name, the other half
      // of a name only if a surname follows too ("Wish Cara Taylor").
      const otherName = owner.isSurname || (after !== null && isCapitalised(after.text) && !cues.connectives.has(afterWord));
      return otherName ? { kind: 'rival', cue: 'capitalised-neighbour', otherName } : rival('capitalised-neighbour');
    }
  }
  const commonWord = cues.known && cues.commonWords.has(owner.key);
  if (commonWord && startsSentence(text, start) && !beforeVerb(text, end, cues) && !beforeFunctionWord(after, cues)) return { kind: 'word', cue: 'language-word' };
  // "Paris Hilton", "Jackson Pollock", "Paris Fashion Week"; but in Italian "Cara Giulia" is "Dear Giulia", no other Cara.
  if (after !== null && isCapitalised(after.text) && !cues.connectives.has(afterWord) && looksLikeNameHalf(after, text, start, end, context)) {
    return commonWord ? { kind: 'word', cue: 'language-word' } : { kind: 'rival', cue: 'capitalised-neighbour', otherName: true };
  }
  return withLinks({ kind: 'short', lowerCase: false }, text, start, end, owner, context);
}

/**
 * "paris news 24 @parisnews24", "delevingne daily @delevingne_daily": the display name of an account named after her,
 * not her own ("new pic of cara with paris (via @parisjackson)").
 */
function isAccountName(text: string, end: number, key: string, context: VerdictContext): boolean {
  const handle = ACCOUNT_AFTER.exec(text.slice(end, end + 40));
  return handle !== null && handle[1].toLowerCase().includes(key) && !context.isHandle(`@${handle[1]}`);
}

/** A few words on the same line, then an @handle. */
const ACCOUNT_AFTER = /^[^@.!?\n\u2029]{0,24}@([\p{L}\d_]+)/u;

/** A dash, the name, an age and a town: "— Cara, 30, Dublin", "– Jackson, 22, Ohio". */
function isSignature(text: string, start: number, end: number): boolean {
  let i = start;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\u00a0')) i--;
  return '\u2014\u2013-'.includes(text[i - 1] ?? 'x') && SIGNATURE_AFTER.test(text.slice(end, end + 12));
}

const SIGNATURE_AFTER = /^,\s?\d{1,2},\s*\p{Lu}/u;

/** "Cara - definition", "cara meaning spanish": a dictionary's or a search's entry for the word. */
function isLookedUp(text: string, end: number, senseWords: ReadonlySet<string>): boolean {
  let from = end;
  while (from < text.length && ' -\u2013:'.includes(text[from])) from++;
  let to = from;
  while (to < text.length && isLetterCode(text.charCodeAt(to))) to++;
  return from > end && senseWords.has(text.slice(from, to).toLowerCase());
}

/**
 * "rainy Paris", "Paris is so expensive", "Paris est très chère": a place adjective right before the name, or after it and a
 * copula (and an intensifier).
 */
function isSaidOfPlace(text: string, end: number, before: NeighbourWord | null, context: VerdictContext): boolean {
  const { placeAdjectives } = context.rules;
  if (before !== null && !before.dotted && placeAdjectives.has(before.text.toLowerCase())) return true;
  const { subjectVerbs, articles } = context.rules.anyLanguage;
  return isPredicated(text, end, subjectVerbs, placeAdjectives) || isPredicated(text, end, subjectVerbs, context.rules.placeNouns, articles);
}

/** Adds what links the name to the person's company: another person's name joined to it, or a family cue. */
function withLinks(
  verdict: { kind: 'short'; lowerCase: boolean; honorific?: boolean },
  text: string,
  start: number,
  end: number,
  owner: ShortNameOwner,
  context: VerdictContext,
): ShortVerdict {
  const pairedWith = pairedName(text, start, end, owner, context);
  const family = !owner.isSurname && isSaidFamily(text, start, end, owner, context);
  const animate = isAnimate(text, start, end, context.cues);
  const speaker = isSpeakerLabel(text, start, end, context.cues.speechVerbs);
  return {
    ...verdict,
    ...(pairedWith === undefined ? {} : { pairedWith }),
    ...(family ? { family: true } : {}),
    ...(animate ? { animate: true } : {}),
    ...(speaker ? { speaker: true } : {}),
  };
}

/**
 * A short name in lower case is a word ("cara" in Spanish, "plaster of paris"), except in text written in lower case
 * (comments, feeds: "omg cara and paris"), where resolve.ts still wants the person named nearby. In a language where
 * it is an ordinary word, only a pair with the other person's name ("paris e cara") makes it a name. The words around
 * are asked too: a Spanish sentence quoted on an English page ("Es una cara conocida") is Spanish.
 */
function lowerCaseVerdict(text: string, start: number, end: number, owner: ShortNameOwner, context: VerdictContext): ShortVerdict {
  const isWord =
    context.cues.commonWords.has(owner.key) ||
    (context.cues.known && context.guessedCues().commonWords.has(owner.key)) ||
    besideWordOfItsLanguage(text, start, end, owner, context);
  // A bare noun cannot open a sentence before its verb: "cara è stupenda" names someone, "la cara" is a face.
  const subject = startsSentence(text, start) && (beforeVerb(text, end, context.cues) || beforeVerb(text, end, context.guessedCues()));
  if (isWord && !subject && pairedName(text, start, end, owner, context) === undefined) return { kind: 'word', cue: 'language-word' };
  return withLinks({ kind: 'short', lowerCase: true }, text, start, end, owner, context);
}

/**
 * "qué cara de felicidad", "Roma è cara": a word right before or after that only a language in which the name is an
 * ordinary word uses, in a comment too short for its language to be guessed.
 */
function besideWordOfItsLanguage(text: string, start: number, end: number, owner: ShortNameOwner, context: VerdictContext): boolean {
  const { rules } = context;
  const ofItsLanguage = (word: NeighbourWord | null) => {
    const language = word === null ? undefined : rules.guessWords.get(word.text.toLowerCase());
    return language !== undefined && cuesFor(rules, language).commonWords.has(owner.key);
  };
  return ofItsLanguage(wordBefore(text, start)) || ofItsLanguage(wordAfter(text, end));
}

/** Where capitals say nothing about names: German nouns, title-case headlines ("When Cara Posted A Tribute"). */
/**
 * Whether a capitalised neighbour reads as the other half of a name: any capitalised word in sentence-case text, but
 * only a listed given name or surname where capitals say less (title case, German nouns).
 */
function looksLikeNameHalf(neighbour: NeighbourWord, text: string, start: number, end: number, context: VerdictContext): boolean {
  if (!loosensCapitals(text, start, end, context)) return true;
  const word = neighbour.text.toLowerCase();
  return context.rules.otherPeoplesNames.has(word) && !context.isName(word);
}

function loosensCapitals(text: string, start: number, end: number, context: VerdictContext): boolean {
  return context.cues.capitalisesNouns || isTitleCase(text, start, end, context.isName);
}

/**
 * "in Paris", "en París", "de Paris" (before a given name only): a place preposition of the text's language, or of the
 * language its sentence reads as ("les rues de Paris" in a French post on an English page).
 */
function isPlacePreposition(word: string, owner: ShortNameOwner, cues: LanguageCues, context: VerdictContext): boolean {
  const isOne = (some: LanguageCues) => some.placePrepositions.has(word) || (!owner.isSurname && some.genitivePrepositions.has(word));
  if (isOne(cues)) return true;
  return isOne(context.rules.anyLanguage) && isOne(context.guessedCues());
}

/** "a tribute, which Paris reposted": a person word after the name itself (not a plural "Jacksons"). */
function actsAfter(text: string, start: number, tokenEnd: number, owner: ShortNameOwner, after: NeighbourWord | null, cues: LanguageCues): boolean {
  return after !== null && cues.personWords.has(after.text.toLowerCase()) && text.slice(start, tokenEnd).toLowerCase() === owner.key;
}

/** "la Jackson", "a Cara" in Italian or Portuguese, also in comments of that language on a page declared English. */
function isNameArticle(word: string, context: VerdictContext): boolean {
  return context.cues.nameArticles.has(word) || context.guessedCues().nameArticles.has(word);
}

function isPlaceAfterPossessive(text: string, end: number, cues: LanguageCues): boolean {
  const after = wordAfter(text, end);
  return after !== null && (isCapitalised(after.text) || cues.placeNouns.has(after.text.toLowerCase()));
}

/**
 * "Cara in rue de Rivoli", "Cara e Paris": a preposition or connective right after. The ordinary word ("Cara nonna",
 * "Cara Giulia") takes a noun or a name there.
 */
function beforeFunctionWord(after: NeighbourWord | null, cues: LanguageCues): boolean {
  if (after === null) return false;
  const word = after.text.toLowerCase();
  return cues.placePrepositions.has(word) || cues.genitivePrepositions.has(word) || cues.connectives.has(word);
}

/** "Lucie_P Cara", "ely.rossi Cara": the word before is the end of a user name, not a first name. */
function isUserName(text: string, wordStart: number): boolean {
  const char = text[wordStart - 1] ?? ' ';
  return char === '_' || char === '.' || (char >= '0' && char <= '9');
}

/** "cara è", "Cara es", "Cara non": the word right after is a verb (or a negation) of the language. */
function beforeVerb(text: string, end: number, cues: LanguageCues): boolean {
  const after = wordAfter(text, end);
  return after !== null && cues.subjectVerbs.has(after.text.toLowerCase());
}

/**
 * A name closing a short quoted phrase that is no speech (“Jackson.”, "Honey, Paris,"; at most three words, and no
 * "she said" after): the title of a song or a film.
 */
function isQuotedTitle(text: string, start: number, end: number, context: VerdictContext): boolean {
  const { quoteMarks } = context.rules;
  let close = end;
  while (close < text.length && '.,!?'.includes(text[close])) close++;
  if (!quoteMarks.includes(text[close] ?? '-')) return false;
  let open = start - 1;
  let words = 1;
  for (; open >= 0 && start - open <= 30; open--) {
    const char = text[open];
    if (quoteMarks.includes(char) && char !== "'" && char !== '\u2019') break;
    if (char === ' ') words++;
    if ('.!?\u2029'.includes(char) || words > 3) return false;
  }
  if (open < 0 || start - open > 30) return false;
  const attribution = wordAfter(text, close + 1);
  const said = attribution !== null && (context.cues.personPronouns.has(attribution.text.toLowerCase()) || context.cues.personWords.has(attribution.text.toLowerCase()));
  return !said;
}
