/** Reading the words and characters around a match: cheap helpers run only on matches, never over the whole text. */
import { isInlineSpaceCode, isLetterCode, isWordCharAt, isWordCharBefore, isWordCode } from './chars';

/** A word next to a match; `dotted` when it ends with a full stop ("Ms.", or a sentence end). */
export interface NeighbourWord {
  text: string;
  start: number;
  end: number;
  dotted: boolean;
}

const APOSTROPHES = "'\u2019";

/** The word just before `index`, separated from it by spaces only (at most one line break); null after punctuation. */
export function wordBefore(text: string, index: number): NeighbourWord | null {
  let i = skipSpaceBackward(text, index);
  if (i === index) return null;
  let dotted = false;
  if (text[i - 1] === '.') {
    dotted = true;
    i--;
  }
  const end = i;
  while (i > 0 && isLetterCode(text.charCodeAt(i - 1))) i--;
  if (i === end) return null;
  return { text: text.slice(i, end), start: i, end: dotted ? end + 1 : end, dotted };
}

/** The word just after `index`, separated from it by spaces only (at most one line break); null before punctuation. */
export function wordAfter(text: string, index: number): NeighbourWord | null {
  const start = skipSpaceForward(text, index);
  if (start === index) return null;
  let i = start;
  while (i < text.length && isWordCode(text.charCodeAt(i)) && text[i] !== '_') i++;
  if (i === start) return null;
  return { text: text.slice(start, i), start, end: i, dotted: text[i] === '.' };
}

/** Where a possessive after a name ends: "Jackson's", "Jackson’s", "Paris'"; `end` itself when there is none. */
export function possessiveEnd(text: string, end: number): number {
  if (end >= text.length || !APOSTROPHES.includes(text[end])) return end;
  const next = text[end + 1];
  if ((next === 's' || next === 'S') && !isWordCharAt(text, end + 2)) return end + 2;
  if ('sxzSXZ'.includes(text[end - 1] ?? '-') && !isWordCharAt(text, end + 1)) return end + 1;
  return end;
}

/**
 * Whether a match is glued to a longer token: a hyphenated compound ("Paris-based"), a domain or file name
 * ("paris.com"), a path or an address ("/cara", "cara@"). Such tokens are not names in running text.
 */
export function isGlued(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '';
  if ('/@#\\'.includes(before) && before !== '') return true;
  if ((before === '-' || before === '.') && isWordCharBefore(text, start - 1)) return true;
  const after = text[end] ?? '';
  if ('/@\\'.includes(after) && after !== '') return true;
  return (after === '-' || after === '.') && isWordCharAt(text, end + 1);
}

/**
 * "Paris Jackson/Career timeline": a wiki subpage's title, a full name before a slash and a capitalised word, not glued
 * to a path before it.
 */
export function isPageTitlePath(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? ' ';
  return text[end] === '/' && !'/@#\\'.includes(before) && !isWordCharBefore(text, start) && isCapitalised(text.slice(end + 1, end + 2));
}

const INTENSIFIERS: ReadonlySet<string> = new Set(['so', 'very', 'really', 'always', 'too', 'très', 'trop', 'muy', 'molto', 'troppo', 'muito', 'sehr', 'immer']);

/**
 * "Paris is so expensive", "Paris looks happy", "Paris est la ville de la mode": a copula after the name, an
 * intensifier (or one of `skip`, articles before a noun) perhaps, then one of `words`.
 */
export function isPredicated(text: string, end: number, copulas: ReadonlySet<string>, words: ReadonlySet<string>, skip: ReadonlySet<string> = INTENSIFIERS): boolean {
  const copula = wordAfter(text, end);
  if (copula === null || !copulas.has(copula.text.toLowerCase())) return false;
  let next = wordAfter(text, copula.end);
  if (next !== null && skip.has(next.text.toLowerCase())) next = wordAfter(text, next.end);
  return next !== null && words.has(next.text.toLowerCase());
}

/** Whether a word starts with a capital letter (a proper noun, or a sentence start). */
export function isCapitalised(word: string): boolean {
  const first = String.fromCodePoint(word.codePointAt(0) ?? 32);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** Whether the characters just outside [start, end) are both quotation marks, as around a song title. */
export function isQuoted(text: string, start: number, end: number, quoteMarks: string): boolean {
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  return before !== '' && after !== '' && quoteMarks.includes(before) && quoteMarks.includes(after);
}

function skipSpaceBackward(text: string, index: number): number {
  let i = index;
  let lineBreaks = 0;
  while (i > 0) {
    const code = text.charCodeAt(i - 1);
    if (code === 10 && ++lineBreaks > 1) break;
    if (code !== 10 && !isInlineSpaceCode(code)) break;
    i--;
  }
  return i;
}

function skipSpaceForward(text: string, index: number): number {
  let i = index;
  let lineBreaks = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 10 && ++lineBreaks > 1) break;
    if (code !== 10 && !isInlineSpaceCode(code)) break;
    i++;
  }
  return i;
}
