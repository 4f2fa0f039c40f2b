/**
 * Whether a capitalised short name ("Paris", "Jackson") can be the person, judged only from its neighbouring words.
 * Page-level evidence (who the page is about, what is nearby) is weighed afterwards, in resolve.ts.
 */
import { isCapitalised, isQuoted, wordAfter, wordBefore } from './context-cues';
import type { MatchingRules } from './matching-rules';
import type { ShortNameOwner } from './types';

/** 'short': may be the person; 'rival': someone or something else bearing the name; 'none': not a name at all. */
export type ShortVerdict = 'short' | 'rival' | 'none';

/** Judges the short name at [start, tokenEnd) (with its possessive up to `end`) from the words around it. */
export function shortFormVerdict(
  text: string,
  start: number,
  tokenEnd: number,
  end: number,
  owner: ShortNameOwner,
  rules: MatchingRules,
): ShortVerdict {
  // A lower-case "cara" or "paris" is a word, not a name (Spanish "cara", "plaster of paris").
  if (!isCapitalised(text.slice(start, tokenEnd))) return 'none';
  const possessive = end > tokenEnd;
  const before = wordBefore(text, start);
  if (before !== null) {
    const word = before.text.toLowerCase();
    if (rules.personalHonorifics.has(word)) {
      // "Ms. Delevingne" is her; "Miss Paris" is a pageant, and a quoted "Miss Jackson" is a song title.
      if (!owner.isSurname || isQuoted(text, before.start, end, rules.quoteMarks)) return 'rival';
    } else if (before.dotted && !rules.otherTitles.has(word)) {
      // A sentence ended just before: there is no word before the name.
    } else if (rules.otherTitles.has(word) || rules.articles.has(word)) {
      return 'rival';
    } else if (rules.placePrepositions.has(word)) {
      // "in Paris" is the city, but "sitting in Paris' lap" is her.
      if (!possessive || isPlaceAfterPossessive(text, end, rules)) return 'rival';
    } else if (!rules.connectives.has(word) && isCapitalised(before.text)) {
      // Another first name before the surname: "Janet Jackson", "Poppy Delevingne".
      return 'rival';
    }
  }
  if (!possessive) {
    const after = wordAfter(text, end);
    if (after !== null) {
      const word = after.text.toLowerCase();
      // "the Jackson family", "Paris Hilton", "Jackson Pollock", "Paris Fashion Week".
      if (rules.collectiveNouns.has(word)) return 'rival';
      if (isCapitalised(after.text) && !rules.connectives.has(word)) return 'rival';
    }
  }
  return 'short';
}

function isPlaceAfterPossessive(text: string, end: number, rules: MatchingRules): boolean {
  const after = wordAfter(text, end);
  return after !== null && (isCapitalised(after.text) || rules.placeNouns.has(after.text.toLowerCase()));
}
