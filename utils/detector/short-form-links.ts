/**
 * What ties a short form to a person beyond its own words: another person's name joined to it ("Cara and Paris"), a
 * family cue ("her sister Cara"), or what only a person does ("Paris said"). Read only for short-form candidates.
 */
import type { PersonId } from '@/utils/dataset/types';
import { isLetterCode } from './chars';
import { isPredicated, wordAfter, wordBefore, type NeighbourWord } from './context-cues';
import type { LanguageCues } from './matching-rules';
import type { VerdictContext } from './short-form-verdict';
import type { ShortNameOwner } from './types';

/**
 * Another person's name joined to a short form ("Cara and Paris"): who, and how far away it starts (characters after
 * the short form's end, or negative: before its start). Relative, since the DOM layer moves candidates' offsets.
 */
export interface PairedName {
  person: PersonId;
  gap: number;
}

/**
 * "Paris said", "Paris, who", "Paris, 19,", "she"/"her" soon after in the block, or "said Jackson" (a verb of saying
 * before, as journalists invert it): what is said only of a person.
 */
export function isAnimate(text: string, start: number, end: number, cues: LanguageCues): boolean {
  const before = wordBefore(text, start);
  if (before !== null && !before.dotted && cues.speechVerbs.has(before.text.toLowerCase())) return true;
  const after = wordAfter(text, text[end] === ',' ? end + 1 : end);
  if (after !== null && cues.personWords.has(after.text.toLowerCase())) return true;
  if (isPredicated(text, end, cues.subjectVerbs, cues.personAdjectives)) return true;
  return AGE.test(text.slice(end, end + 8)) || hasPronounAfter(text, end, cues.personPronouns);
}

/** Characters after a name searched for a personal pronoun: the rest of a short sentence and the start of the next. */
const PRONOUN_REACH = 80;

function hasPronounAfter(text: string, end: number, pronouns: ReadonlySet<string>): boolean {
  let i = end;
  const most = Math.min(text.length, end + PRONOUN_REACH);
  while (i < most && text.charCodeAt(i) !== 0x2029) {
    while (i < most && !isLetterCode(text.charCodeAt(i))) i++;
    const from = i;
    while (i < most && isLetterCode(text.charCodeAt(i))) i++;
    if (i > from && i < most && pronouns.has(text.slice(from, i).toLowerCase())) return true;
  }
  return false;
}

/** An age in apposition: ", 19," or ", 25)". */
const AGE = /^,\s?\d{1,2}\s?[,)]/;

/**
 * "Cara and Paris", "paris e cara", "Delevingne & Jackson's", "Cara, Paris spotted": joined by a connective, a
 * joining sign or a comma to another person's short name or the first part of their full name.
 */
export function pairedName(text: string, start: number, end: number, owner: ShortNameOwner, context: VerdictContext): PairedName | undefined {
  for (const word of joinedWords(text, start, end, context, true)) {
    const person = context.otherShortNamePerson(word.text.toLowerCase(), owner);
    if (person !== undefined) return { person, gap: word.start >= end ? word.start - end : word.end - start };
  }
  return undefined;
}

/**
 * "her sister Cara", "su hermana Cara", "Michael's daughter, Paris": a kin noun right before a given name; or a list
 * with the given names of the family ("Prince, Paris and Blanket", "Poppy and Cara").
 */
export function isSaidFamily(text: string, start: number, end: number, owner: ShortNameOwner, context: VerdictContext): boolean {
  let i = start;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\u00a0')) i--;
  const kin = text[i - 1] === ',' ? wordEndingAt(text, i - 1) : wordBefore(text, start);
  if (kin !== null && !kin.dotted && context.cues.kinNouns.has(kin.text.toLowerCase())) return true;
  return joinedWords(text, start, end, context, true).some((word) => context.isFamilyName(word.text.toLowerCase(), owner));
}

/** Signs that join two names as "and" does ("Cara & Paris", "cara + paris"). */
const JOINING_SIGNS = '&+';

/** The words joined to [start, end) by a connective or a joining sign (or, when `commas`, a comma) on either side. */
function joinedWords(text: string, start: number, end: number, context: VerdictContext, commas: boolean): NeighbourWord[] {
  const words: NeighbourWord[] = [];
  const after = wordAfter(text, end);
  if (after !== null && context.cues.connectives.has(after.text.toLowerCase())) {
    const next = wordAfter(text, after.end);
    if (next !== null) words.push(next);
  } else if (after === null) {
    const sign = skipInline(text, end, 1);
    if (JOINING_SIGNS.includes(text[sign] ?? '-') || (commas && text[sign] === ',')) {
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
    const previous = JOINING_SIGNS.includes(text[sign] ?? '-') ? wordBefore(text, sign) : commas && text[sign] === ',' ? wordEndingAt(text, sign) : null;
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
