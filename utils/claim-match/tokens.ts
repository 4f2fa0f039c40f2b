/** Splits text into stemmed words with their offsets: the one tokenizer for passages and wording data alike. */
import { stemmer } from 'stemmer';

/** One word of a text: its stem (what matching compares) and where it lies in the original string. */
export interface Token {
  stem: string;
  start: number;
  end: number;
  /** Whether a sentence or clause break (. ! ? ; : or a new line) lies between this word and the one before. */
  breakBefore: boolean;
}

// Letters and digits, with inner apostrophes kept ("d'amore", "n't") so a name is one word; curly quotes straightened
// first because pages use them as apostrophes.
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu;
const CURLY_APOSTROPHES = /[\u2018\u2019\u02BC\u2032]/g;
const COMBINING_MARKS = /\p{M}+/gu;

const SENTENCE_BREAK = /[.!?;:\n]/;
// Porter stemming is most of a passage's cost and pages repeat their words: remember stems, within a bound.
const stems = new Map<string, string>();
const MAX_REMEMBERED = 20_000;

/** The stem of one lower-cased word: possessive "'s" dropped, accents removed, then Porter-stemmed. */
export function stemWord(word: string): string {
  const known = stems.get(word);
  if (known !== undefined) return known;
  const bare = word.endsWith("'s") ? word.slice(0, -2) : word;
  const stem = stemmer(bare.normalize('NFD').replace(COMBINING_MARKS, ''));
  if (stems.size >= MAX_REMEMBERED) stems.clear();
  stems.set(word, stem);
  return stem;
}

/** Every word of `text` in order, stemmed, with offsets into `text` itself. */
export function tokenize(text: string): Token[] {
  // Lower-cased per word, not the whole text: toLowerCase can change a string's length (İ), which would shift offsets.
  const folded = text.replace(CURLY_APOSTROPHES, "'");
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of folded.matchAll(WORD)) {
    const breakBefore = tokens.length > 0 && SENTENCE_BREAK.test(folded.slice(previousEnd, match.index));
    previousEnd = match.index + match[0].length;
    tokens.push({ stem: stemWord(match[0].toLowerCase()), start: match.index, end: previousEnd, breakBefore });
  }
  return tokens;
}

/** The stems of a phrase from the wording data ("locked lips" -> ["lock", "lip"]). */
export function phraseStems(phrase: string): string[] {
  return tokenize(phrase).map((token) => token.stem);
}
