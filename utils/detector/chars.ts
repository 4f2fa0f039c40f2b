/**
 * Character classes by code, for the checks run around every match, and the same classes as regex source (no `u`
 * flag). Regexes with Unicode property classes (\p{L}) cost 1-14 ms each to compile on first use in a fresh page,
 * which would land in every page's first scan.
 */

/**
 * Word characters: ASCII letters, digits and underscore; Latin-1 letters; Latin Extended to Sinhala (Latin, Greek,
 * Cyrillic, Armenian, Hebrew, Arabic, Indic... and combining marks); Georgian; Latin and Greek Extended; full-width
 * Latin. Not word characters: punctuation, symbols, emoji, and scripts written without spaces (Thai, Lao, Myanmar,
 * Khmer, kana, CJK, Hangul), which sit right next to Latin names: "据报道Paris Jackson和", "Jacksonが".
 */
const WORD_RANGES: readonly (readonly [number, number])[] = [
  [0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a], [0xaa, 0xaa], [0xb5, 0xb5], [0xba, 0xba], [0xc0, 0xd6],
  [0xd8, 0xf6], [0xf8, 0xdff], [0x10a0, 0x10ff], [0x1e00, 0x1fff], [0xff21, 0xff3a], [0xff41, 0xff5a],
];

const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;

/** WORD_RANGES as a regex character class. */
export const WORD_CLASS = `[${WORD_RANGES.map(([from, to]) => (from === to ? hex(from) : `${hex(from)}-${hex(to)}`)).join('')}]`;

/** Letters, marks, digits and underscore: the characters a name must not touch. */
export function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
  for (const [from, to] of WORD_RANGES) if (code >= from && code <= to) return true;
  return false;
}

/** Word characters other than digits and underscore. */
export function isLetterCode(code: number): boolean {
  return isWordCode(code) && !(code >= 48 && code <= 57) && code !== 95;
}

/** White space as regex \s sees it. */
export function isSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** White space inside a line: any but a line break or a block separator. */
export function isInlineSpaceCode(code: number): boolean {
  return code !== 10 && code !== 0x2029 && isSpaceCode(code);
}

/** Whether the character just before `index` is a word character (astral characters, emoji included, are not). */
export function isWordCharBefore(text: string, index: number): boolean {
  return index > 0 && isWordCode(text.charCodeAt(index - 1));
}

/** Whether the character at `index` is a word character. */
export function isWordCharAt(text: string, index: number): boolean {
  return index < text.length && isWordCode(text.charCodeAt(index));
}
