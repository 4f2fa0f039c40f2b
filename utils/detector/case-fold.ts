/** Text folded as a case-insensitive regex (no `u` flag) folds it, to look tokens up by what the regex matched. */
import { isSpaceCode } from './chars';

/**
 * Text as a case-insensitive regex (without the `u` flag) compares it: each character by its single-character upper
 * case (ECMAScript's Canonicalize: "µ" and "μ" are one letter, "ß" stays itself), white space runs as one space, the
 * hyphens and apostrophes the patterns accept as one character each.
 */
export function canonicalKey(text: string): string {
  let key = '';
  let inGap = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSpaceCode(code)) {
      if (!inGap) key += ' ';
      inGap = true;
      continue;
    }
    inGap = false;
    key += canonicalChar(code);
  }
  return key;
}

export function canonicalChar(code: number): string {
  if (code === 0x2010 || code === 0x2011) return '-';
  if (code === 0x2019) return "'";
  const char = String.fromCharCode(code);
  const upper = char.toUpperCase();
  return upper.length === 1 && (code < 128 || upper.charCodeAt(0) >= 128) ? upper : char;
}
