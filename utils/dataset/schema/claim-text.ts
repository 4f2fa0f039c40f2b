/**
 * "One neutral sentence", made checkable: the claim's own words, not the article's tone. Quoted words (a caption,
 * a song title) are the person's or the article's and are exempt from everything but the length.
 */

const CLAIM_TEXT_MIN = 20;
export const CLAIM_TEXT_MAX = 250;
/** Upper-case words a neutral sentence may hold: names of things, not shouting. */
const KNOWN_ACRONYMS: ReadonlySet<string> = new Set(['MTV', 'TV', 'IMG', 'CR', 'DJ', 'LA', 'UK', 'US', 'WHO']);
/** Outlet names that carry an exclamation mark of their own. */
const OUTLETS_WITH_BANG = /\b(?:E|OK)!/g;
const QUOTED = /"[^"]*"|“[^”]*”/g;
const PERSONAL = new Set(['me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves', 'you', 'your', 'yours', 'yourself']);

/** The ways `text` is not one neutral sentence, empty when it is one. */
export function neutralSentenceProblems(text: string): string[] {
  const problems: string[] = [];
  const own = text.replace(QUOTED, '""').replace(OUTLETS_WITH_BANG, '');
  if (text.length < CLAIM_TEXT_MIN || text.length > CLAIM_TEXT_MAX) {
    problems.push(`${text.length} characters (${CLAIM_TEXT_MIN} to ${CLAIM_TEXT_MAX})`);
  }
  if (/\n/.test(text)) problems.push('a line break');
  if (!/^[A-Z0-9"“]/.test(text)) problems.push('does not start with a capital letter');
  if (!/[^.]\.$/.test(text)) problems.push('does not end with one full stop');
  if (/[!?]/.test(own)) problems.push('"!" or "?" outside a quotation');
  if (/[.!?]\s+[A-Z]/.test(own.slice(0, -1))) problems.push('more than one sentence');
  for (const word of own.match(/\b[A-Z]{2,}\b/g) ?? []) {
    if (!KNOWN_ACRONYMS.has(word)) problems.push(`all-caps "${word}" (not a known acronym)`);
  }
  for (const word of own.match(/[A-Za-z]+/g) ?? []) {
    if (word === 'I' || (PERSONAL.has(word.toLowerCase()) && word !== 'US')) problems.push(`first or second person "${word}"`);
  }
  return problems;
}
