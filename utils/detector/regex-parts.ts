/**
 * Pieces of the detector's regular expressions. Names are compiled letter-for-letter except for the characters a
 * page may write in several ways: spaces, hyphens and apostrophes.
 */
import { WORD_CLASS } from './chars';

/** Separates blocks (paragraphs, list items, cells) in joined text; a name never spans it. */
export const BLOCK_SEPARATOR = '\u2029';

/**
 * The space between two name parts: any white space except a block separator, with at most one line break
 * (a line break inside a paragraph, not a blank line between two).
 */
export const NAME_GAP = '(?=\\s)[^\\S\\n\\u2029]*\\n?[^\\S\\n\\u2029]*';

/** No word character follows (the start boundary is checked in code, which keeps the prefilter's fast path). */
export const WORD_END = `(?!${WORD_CLASS})`;

/** ASCII word characters, Latin letters and the signs of handles only: the phrase is its own pattern. */
const PLAIN = /^[\w@#\u00c0-\u024f]+$/;

/** A regex source matching `phrase` with flexible spaces, hyphens and apostrophes; other characters literal. */
export function phrasePattern(phrase: string): string {
  // Most phrases are plain words: no per-character work (2,300 tokens at 1,000 people).
  if (PLAIN.test(phrase)) return phrase;
  let source = '';
  let inGap = false;
  for (const char of phrase.trim()) {
    if (/\s/.test(char)) {
      if (!inGap) source += NAME_GAP;
      inGap = true;
      continue;
    }
    inGap = false;
    if (char === '-' || char === '\u2010' || char === '\u2011') source += '[-\\u2010\\u2011]';
    else if (char === "'" || char === '\u2019') source += "['\\u2019]";
    else source += char.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
  }
  return source;
}

/** An alternation of phrases, longest first, because a regex alternation takes the first branch that matches. */
export function alternation(phrases: Iterable<string>): string {
  const unique = [...new Set(phrases)].filter((phrase) => phrase.trim() !== '');
  return unique.sort(alternationCompare).map(phrasePattern).join('|');
}

/** The order in which `alternation` tries phrases: longest first. */
export function alternationCompare(a: string, b: string): number {
  // Ties in code-unit order: localeCompare would load ICU's collator on the page's first scan (about 15 ms).
  return b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);
}
