/**
 * Whether a short name ("Paris", "Jackson", "cara") can be the person, judged only from its neighbouring words and
 * the cues of the text's language. Page-level evidence (who the page is about, what is nearby) is weighed afterwards,
 * in resolve.ts.
 */
import { isLetterCode } from './chars';
import { isCapitalised, isQuoted, wordAfter, wordBefore, type NeighbourWord } from './context-cues';
import type { LanguageCues, MatchingRules } from './matching-rules';
import { hasOtherBearerContext, isAloneInBlock, isInPlaceList, isTitleCase, startsSentence } from './surroundings';
import type { PersonId } from '@/utils/dataset/types';
import type { RivalCue, ShortNameOwner, WordCue } from './types';

/**
 * Another person's name joined to a short form ("Cara and Paris"): who, and how far away it starts (characters after
 * the short form's end, or negative: before its start). Relative, since the DOM layer moves candidates' offsets.
 */
export interface PairedName {
  person: PersonId;
  gap: number;
}

/**
 * May be the person (`lowerCase` when written so; `pairedWith` another person's name, `family` when said to be one of
 * the person's family), someone or something else bearing the name, or a plain word.
 */
export type ShortVerdict =
  | { kind: 'short'; lowerCase: boolean; honorific?: boolean; pairedWith?: PairedName; family?: boolean; animate?: boolean }
  | { kind: 'rival'; cue: RivalCue }
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
  /** Sticky regexes for a known place just before / after a short name, joined by a comma or "and" ("London, Paris"). */
  placeBefore: RegExp | null;
  placeAfter: RegExp | null;
}

const rival = (cue: RivalCue): ShortVerdict => ({ kind: 'rival', cue });

/** Judges the short name at [start, tokenEnd) (with its possessive up to `end`) from the words around it. */
export function shortFormVerdict(text: string, start: number, tokenEnd: number, end: number, owner: ShortNameOwner, context: VerdictContext): ShortVerdict {
  const { rules, cues } = context;
  const isPlace = rules.places.has(owner.key);
  const possessive = end > tokenEnd;
  const before = wordBefore(text, start);
  const beforeWord = before?.text.toLowerCase() ?? '';
  const after = possessive ? null : wordAfter(text, end);
  const afterWord = after?.text.toLowerCase() ?? '';
  if (before !== null && rules.otherBearerBefore.has(beforeWord)) return rival('other-bearer');
  if (after !== null && rules.otherBearerAfter.has(afterWord)) return rival('other-bearer');
  if (after !== null && cues.collectiveNouns.has(afterWord)) return rival('collective-noun');
  const placePreposition = cues.placePrepositions.has(beforeWord) || (!owner.isSurname && cues.genitivePrepositions.has(beforeWord));
  if (isPlace && before !== null && placePreposition && (!possessive || isPlaceAfterPossessive(text, end, cues))) {
    // "in Paris" is the city, but "sitting in Paris' lap" is her.
    return rival('place-preposition');
  }
  if (isPlace && (isInPlaceList(text, start, end, context) || isAloneInBlock(text, start, end))) return rival('place-list');
  // "Paris hotels", "Paris's metro": the city as a modifier.
  const next = possessive ? wordAfter(text, end) : after;
  if (isPlace && next !== null && rules.placeNouns.has(next.text.toLowerCase())) return rival('place-noun');
  if (hasOtherBearerContext(text, start, end, rules)) return rival('other-bearer');
  if (!isCapitalised(text.slice(start, tokenEnd))) return lowerCaseVerdict(text, start, end, owner, context);
  if (before !== null) {
    if (cues.personalHonorifics.has(beforeWord)) {
      // "Ms. Delevingne" is her; "Miss Paris" is a pageant, and a quoted "Miss Jackson" is a song title.
      if (!owner.isSurname) return rival('title');
      if (isQuoted(text, before.start, end, rules.quoteMarks)) return rival('quoted-title');
      return withLinks({ kind: 'short', lowerCase: false, honorific: true }, text, start, end, owner, context);
    }
    if (cues.otherTitles.has(beforeWord)) return rival('title');
    if (before.dotted) {
      // A sentence ended just before: there is no word before the name.
    } else if (cues.articles.has(beforeWord)) {
      return rival('article');
    } else if (!cues.connectives.has(beforeWord) && isCapitalised(before.text) && !loosensCapitals(text, start, end, context)) {
      // Another first name before the surname: "Janet Jackson", "Poppy Delevingne".
      return rival('capitalised-neighbour');
    }
  }
  if (cues.known && cues.commonWords.has(owner.key) && startsSentence(text, start)) return { kind: 'word', cue: 'language-word' };
  // "Paris Hilton", "Jackson Pollock", "Paris Fashion Week".
  if (after !== null && isCapitalised(after.text) && !cues.connectives.has(afterWord) && !loosensCapitals(text, start, end, context)) {
    return rival('capitalised-neighbour');
  }
  return withLinks({ kind: 'short', lowerCase: false }, text, start, end, owner, context);
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
  const animate = isAnimate(text, end, context.cues);
  return { ...verdict, ...(pairedWith === undefined ? {} : { pairedWith }), ...(family ? { family: true } : {}), ...(animate ? { animate: true } : {}) };
}

/** "Paris said", "Paris's boyfriend", "Paris, who", "Paris, 19,": what follows is said only of a person. */
function isAnimate(text: string, end: number, cues: LanguageCues): boolean {
  const after = wordAfter(text, end);
  if (after !== null && cues.personWords.has(after.text.toLowerCase())) return true;
  if (text[end] !== ',') return false;
  const clause = wordAfter(text, end + 1);
  return (clause !== null && cues.personWords.has(clause.text.toLowerCase())) || AGE.test(text.slice(end, end + 8));
}

/** An age in apposition: ", 19," or ", 25)". */
const AGE = /^,\s?\d{1,2}\s?[,)]/;

/**
 * A short name in lower case is a word ("cara" in Spanish, "plaster of paris"), except in text written in lower case
 * (comments, feeds: "omg cara and paris"), where resolve.ts still wants the person named nearby. In a language where
 * it is an ordinary word, only a pair with the other person's name ("paris e cara") makes it a name. The words around
 * are asked too: a Spanish sentence quoted on an English page ("Es una cara conocida") is Spanish.
 */
function lowerCaseVerdict(text: string, start: number, end: number, owner: ShortNameOwner, context: VerdictContext): ShortVerdict {
  const isWord = context.cues.commonWords.has(owner.key) || (context.cues.known && context.guessedCues().commonWords.has(owner.key));
  if (isWord && pairedName(text, start, end, owner, context) === undefined) return { kind: 'word', cue: 'language-word' };
  return withLinks({ kind: 'short', lowerCase: true }, text, start, end, owner, context);
}

/**
 * "Cara and Paris", "paris e cara", "Delevingne & Jackson's": joined by a connective (or "&") to another person's
 * short name or the first part of their full name.
 */
function pairedName(text: string, start: number, end: number, owner: ShortNameOwner, context: VerdictContext): PairedName | undefined {
  for (const word of joinedWords(text, start, end, context, false)) {
    const person = context.otherShortNamePerson(word.text.toLowerCase(), owner);
    if (person !== undefined) return { person, gap: word.start >= end ? word.start - end : word.end - start };
  }
  return undefined;
}

/**
 * "her sister Cara", "su hermana Cara", "Michael's daughter, Paris": a kin noun right before a given name; or a list
 * with the given names of the family ("Prince, Paris and Blanket", "Poppy and Cara").
 */
function isSaidFamily(text: string, start: number, end: number, owner: ShortNameOwner, context: VerdictContext): boolean {
  let i = start;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\u00a0')) i--;
  const kin = text[i - 1] === ',' ? wordEndingAt(text, i - 1) : wordBefore(text, start);
  if (kin !== null && !kin.dotted && context.cues.kinNouns.has(kin.text.toLowerCase())) return true;
  return joinedWords(text, start, end, context, true).some((word) => context.isFamilyName(word.text.toLowerCase(), owner));
}

/** The words joined to [start, end) by a connective or "&" (or, when `commas`, a comma) on either side. */
function joinedWords(text: string, start: number, end: number, context: VerdictContext, commas: boolean): NeighbourWord[] {
  const words: NeighbourWord[] = [];
  const after = wordAfter(text, end);
  if (after !== null && context.cues.connectives.has(after.text.toLowerCase())) {
    const next = wordAfter(text, after.end);
    if (next !== null) words.push(next);
  } else if (after === null) {
    const sign = skipInline(text, end, 1);
    if (text[sign] === '&' || (commas && text[sign] === ',')) {
      const next = wordAfter(text, sign + 1);
      if (next !== null) words.push(next);
    }
  }
  const before = wordBefore(text, start);
  if (before !== null && !before.dotted && context.cues.connectives.has(before.text.toLowerCase())) {
    const previous = wordBefore(text, before.start);
    if (previous !== null) words.push(previous);
  } else if (before === null) {
    const sign = skipInline(text, start, -1) - 1;
    const previous = text[sign] === '&' ? wordBefore(text, sign) : commas && text[sign] === ',' ? wordEndingAt(text, sign) : null;
    if (previous !== null && !previous.dotted) words.push(previous);
  }
  return words;
}

/** The letters right before `index` as a word ("Prince" in "Prince, Paris"), or null. */
function wordEndingAt(text: string, index: number): NeighbourWord | null {
  let i = index;
  while (i > 0 && isLetterCode(text.charCodeAt(i - 1))) i--;
  return i === index ? null : { text: text.slice(i, index), start: i, end: index, dotted: false };
}

/** From `index`, past spaces in `direction` (+1 forward, -1 backward): the first index that is not one. */
function skipInline(text: string, index: number, direction: 1 | -1): number {
  let i = index;
  if (direction === 1) while (i < text.length && (text[i] === ' ' || text[i] === '\u00a0')) i++;
  else while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\u00a0')) i--;
  return i;
}

/** Where capitals say nothing about names: German nouns, title-case headlines ("When Cara Posted A Tribute"). */
function loosensCapitals(text: string, start: number, end: number, context: VerdictContext): boolean {
  return context.cues.capitalisesNouns || isTitleCase(text, start, end, context.isName);
}

function isPlaceAfterPossessive(text: string, end: number, cues: LanguageCues): boolean {
  const after = wordAfter(text, end);
  return after !== null && (isCapitalised(after.text) || cues.placeNouns.has(after.text.toLowerCase()));
}
