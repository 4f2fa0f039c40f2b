/** Splits text into stemmed words with their offsets: the one tokenizer for passages and wording data alike. */
import { stemmer } from 'stemmer';

/** One word of a text: its stem (what matching compares) and where it lies in the original string. */
export interface Token {
  stem: string;
  start: number;
  end: number;
}

// Letters and digits, with inner apostrophes kept ("d'amore", "n't") so a name is one word; curly quotes straightened
// first because pages use them as apostrophes.
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu;
const CURLY_APOSTROPHES = /[\u2018\u2019\u02BC\u2032]/g;
const COMBINING_MARKS = /\p{M}+/gu;

/** The stem of one folded word: possessive "'s" dropped, accents removed, then Porter-stemmed. */
export function stemWord(word: string): string {
  const bare = word.endsWith("'s") ? word.slice(0, -2) : word;
  return stemmer(bare.normalize('NFD').replace(COMBINING_MARKS, ''));
}

/** Every word of `text` in order, stemmed, with offsets into `text` itself. */
export function tokenize(text: string): Token[] {
  // Lower-cased per word, not the whole text: toLowerCase can change a string's length (İ), which would shift offsets.
  const folded = text.replace(CURLY_APOSTROPHES, "'");
  const tokens: Token[] = [];
  for (const match of folded.matchAll(WORD)) {
    tokens.push({ stem: stemWord(match[0].toLowerCase()), start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** The stems of a phrase from the wording data ("locked lips" -> ["lock", "lip"]). */
export function phraseStems(phrase: string): string[] {
  return tokenize(phrase).map((token) => token.stem);
}
