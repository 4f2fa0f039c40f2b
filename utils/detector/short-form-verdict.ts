/**
 * Whether a short name ("Paris", "Jackson", "cara") can be the person, judged only from its neighbouring words and
 * the cues of the text's language. Page-level evidence (who the page is about, what is nearby) is weighed afterwards,
 * in resolve.ts.
 */
import { isCapitalised, isQuoted, wordAfter, wordBefore } from './context-cues';
import type { LanguageCues, MatchingRules } from './matching-rules';
import { hasOtherBearerContext, isAloneInBlock, isInPlaceList, isTitleCase, startsSentence } from './surroundings';
import type { RivalCue, ShortNameOwner, WordCue } from './types';

/** May be the person (`lowerCase` when written so), someone or something else bearing the name, or a plain word. */
export type ShortVerdict = { kind: 'short'; lowerCase: boolean; honorific?: boolean } | { kind: 'rival'; cue: RivalCue } | { kind: 'word'; cue: WordCue };

/** What the verdict needs to know beyond the text: the rules, the cues of the text's language, and the people's names. */
export interface VerdictContext {
  rules: MatchingRules;
  cues: LanguageCues;
  /** The cues of the language guessed from the words around the name, whatever the page declares (shared ones if unsure). */
  guessedCues(): LanguageCues;
  /** Whether a lower-cased word is a short name of someone other than `owner` ("paris" next to "cara"). */
  isOtherShortName(word: string, owner: ShortNameOwner): boolean;
  /** Whether a lower-cased word is a name part of someone in the data. */
  isName(word: string): boolean;
  /** Sticky regexes for a known place just before / after a short name, joined by a comma or "and" ("London, Paris"). */
  placeBefore: RegExp | null;
  placeAfter: RegExp | null;
}

const SHORT: ShortVerdict = { kind: 'short', lowerCase: false };
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
  if (hasOtherBearerContext(text, start, end, rules)) return rival('other-bearer');
  if (!isCapitalised(text.slice(start, tokenEnd))) return lowerCaseVerdict(text, start, end, owner, context);
  if (before !== null) {
    if (cues.personalHonorifics.has(beforeWord)) {
      // "Ms. Delevingne" is her; "Miss Paris" is a pageant, and a quoted "Miss Jackson" is a song title.
      if (!owner.isSurname) return rival('title');
      if (isQuoted(text, before.start, end, rules.quoteMarks)) return rival('quoted-title');
      return { kind: 'short', lowerCase: false, honorific: true };
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
  return SHORT;
}

/**
 * A short name in lower case is a word ("cara" in Spanish, "plaster of paris"), except in text written in lower case
 * (comments, feeds: "omg cara and paris"), where resolve.ts still wants the person named nearby. In a language where
 * it is an ordinary word, only a pair with the other person's name ("paris e cara") makes it a name. The words around
 * are asked too: a Spanish sentence quoted on an English page ("Es una cara conocida") is Spanish.
 */
function lowerCaseVerdict(text: string, start: number, end: number, owner: ShortNameOwner, context: VerdictContext): ShortVerdict {
  const isWord = context.cues.commonWords.has(owner.key) || (context.cues.known && context.guessedCues().commonWords.has(owner.key));
  if (isWord && !isPaired(text, start, end, owner, context)) return { kind: 'word', cue: 'language-word' };
  return { kind: 'short', lowerCase: true };
}

/** "cara and paris", "paris e cara": joined by a connective to another person's short name. */
function isPaired(text: string, start: number, end: number, owner: ShortNameOwner, context: VerdictContext): boolean {
  const after = wordAfter(text, end);
  if (after !== null && context.cues.connectives.has(after.text.toLowerCase())) {
    const next = wordAfter(text, after.end);
    if (next !== null && context.isOtherShortName(next.text.toLowerCase(), owner)) return true;
  }
  const before = wordBefore(text, start);
  if (before !== null && !before.dotted && context.cues.connectives.has(before.text.toLowerCase())) {
    const previous = wordBefore(text, before.start);
    if (previous !== null && context.isOtherShortName(previous.text.toLowerCase(), owner)) return true;
  }
  return false;
}

/** Where capitals say nothing about names: German nouns, title-case headlines ("When Cara Posted A Tribute"). */
function loosensCapitals(text: string, start: number, end: number, context: VerdictContext): boolean {
  return context.cues.capitalisesNouns || isTitleCase(text, start, end, context.isName);
}

function isPlaceAfterPossessive(text: string, end: number, cues: LanguageCues): boolean {
  const after = wordAfter(text, end);
  return after !== null && (isCapitalised(after.text) || cues.placeNouns.has(after.text.toLowerCase()));
}
