/**
 * The language of text that does not declare one, guessed from its most frequent words (data/matching.json
 * `guessWords`), and only around a short-form candidate: full names and handles need no language. A library
 * identifier was weighed and left out (utils/detector/README.md, "Language"): franc-min adds about 30 KB gzipped to a
 * content script over its budget, and short forms only need to tell six languages apart in a few hundred characters.
 */
import { isLetterCode } from './chars';
import type { MatchingRules } from './matching-rules';

/** Characters read on each side of the candidate: a few sentences. */
const GUESS_RADIUS = 200;
/** The fewest frequent words, and the lead over the runner-up, for a guess to count. */
const MIN_HITS = 3;
const MIN_LEAD = 1.5;

/**
 * The language of the text around `index` (or of [range[0], range[1]), a sentence), or undefined when its words do
 * not say it clearly.
 */
export function guessLanguage(text: string, index: number, rules: MatchingRules, range?: readonly [number, number]): string | undefined {
  const counts = new Map<string, number>();
  const from = range?.[0] ?? Math.max(0, index - GUESS_RADIUS);
  const to = range?.[1] ?? Math.min(text.length, index + GUESS_RADIUS);
  let i = from;
  // Start at a word boundary, so a cut word is not read as a short one.
  while (i < to && i > 0 && isLetterCode(text.charCodeAt(i - 1))) i++;
  while (i < to) {
    while (i < to && !isLetterCode(text.charCodeAt(i))) i++;
    const start = i;
    while (i < to && isLetterCode(text.charCodeAt(i))) i++;
    if (i === start || (i === to && to < text.length)) continue;
    const word = text.slice(start, i).toLowerCase();
    const language = rules.guessWords.get(word);
    if (language !== undefined) counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  let best: string | undefined;
  let bestCount = 0;
  let second = 0;
  for (const [language, count] of counts) {
    if (count > bestCount) {
      second = bestCount;
      best = language;
      bestCount = count;
    } else if (count > second) second = count;
  }
  return bestCount >= MIN_HITS && bestCount >= second * MIN_LEAD ? best : undefined;
}
