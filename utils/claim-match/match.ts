/**
 * Which claims a passage repeats: finds the wording's phrases in the passage (stemmed, one filler word allowed between
 * a phrase's words), sums the weights of each claim's matched cues, keeps the claims that reach their `need`, best first.
 *
 * Why not MiniSearch (BM25+), measured on the tune half of test/corpus/claims (85 passages; scripts/claim-accuracy.ts
 * --compare; same stemmer, same wording data as its documents, its two thresholds searched on the tune half): first
 * shown is gold 89.9% vs 98.6% here, gold among the first three 82.0% vs 100%, none shown when none 87.5% vs 93.8%.
 * BM25 scores words, not ideas: "locked lips" is two common words to it, and a passage full of claim words ranks high
 * without any claim's distinctive cue, so no threshold both stays quiet on near-misses and keeps the real ones. The
 * cue sums here say why a claim was kept ("matched"), which the card shows. Porter stemming (the `stemmer` package)
 * is kept from the library side.
 */
import type { ClaimId } from '@/utils/dataset/types';
import type { ClaimIndex } from './claim-index';
import { tokenize, type Token } from './tokens';

/** A claim the passage repeats. */
export interface ClaimMatch {
  id: ClaimId;
  /** Relative strength, higher is better; comparable between claims of one passage, not a probability. */
  score: number;
  /** The passage's words that tied it to the claim, as written, in passage order. */
  matched: string[];
}

/** Where the mention's own sentence lies in the text: cues found outside it count for less. */
export interface FocusRange {
  start: number;
  end: number;
}

// The weights, named so the trade-offs read here (tuned on the tune half of test/corpus/claims):
/** A cue matched only outside the focus sentence (neighbours, the block) counts this much. */
const CONTEXT_FACTOR = 0.6;
/** Bonus for covering the claim's whole wording: between two claims with equal evidence the more specific wins. */
const COVERAGE_BONUS = 0.5;
/** Bonus per step of significance (1 central .. 3 context): a passage that fits two claims equally means the central one. */
const SIGNIFICANCE_BONUS = 0.25;
/**
 * A claim about two people, in a passage that names only one of them and has no word for the pair ("the duo"),
 * counts this much: "Cara slow-danced with a co-star" repeats no claim about Cara and Paris.
 */
const ONE_OF_TWO_FACTOR = 0.7;
/** Words a phrase may skip between its own words ("locked their lips", "called it all quits"). */
const MAX_GAP = 1;

/** The claims `text` repeats, best first; [] when it repeats none. */
export function matchClaims(index: ClaimIndex, text: string, focus?: FocusRange): ClaimMatch[] {
  const tokens = tokenize(text);
  // Per claim: the best factor each cue reached (1 in focus, CONTEXT_FACTOR outside) and the spans that matched.
  const cueHits = new Map<number, Map<number, number>>();
  // Spans with the weight of the cue they matched: the card's "matched on" line leaves out the faint cues' words.
  const spans = new Map<number, Array<[number, number, number]>>();
  for (let i = 0; i < tokens.length; i++) {
    for (const phrase of index.byFirstStem.get(tokens[i].stem) ?? []) {
      const last = phraseEnd(tokens, i, phrase.stems);
      if (last < 0) continue;
      const start = tokens[i].start;
      const end = tokens[last].end;
      const factor = !focus || (start < focus.end && end > focus.start) ? 1 : CONTEXT_FACTOR;
      for (const [claim, cue] of phrase.cues) {
        const hits = cueHits.get(claim) ?? new Map<number, number>();
        hits.set(cue, Math.max(hits.get(cue) ?? 0, factor));
        cueHits.set(claim, hits);
        const list = spans.get(claim) ?? [];
        list.push([start, end, index.claims[claim].weights[cue]]);
        spans.set(claim, list);
      }
    }
  }
  const named = namedPeople(index, tokens);
  const pair = index.pairPhrases.some((stems) => tokens.some((_, i) => tokens[i].stem === stems[0] && phraseEnd(tokens, i, stems) >= 0));
  const results: Array<ClaimMatch & { rank: number }> = [];
  for (const [position, hits] of cueHits) {
    const entry = index.claims[position];
    let weight = 0;
    for (const [cue, factor] of hits) weight += entry.weights[cue] * factor;
    const about = entry.claim.about.filter((person) => index.personStems.has(person));
    if (about.length > 1 && !pair && about.some((person) => !named.has(person))) weight *= ONE_OF_TWO_FACTOR;
    if (weight < entry.need) continue;
    const rank =
      weight + COVERAGE_BONUS * (weight / entry.totalWeight) + SIGNIFICANCE_BONUS * (3 - entry.claim.significance);
    results.push({ id: entry.claim.id, score: Math.round(rank * 1000) / 1000, matched: surfaces(text, spans.get(position) ?? []), rank });
  }
  results.sort((a, b) => b.rank - a.rank);
  return results.map(({ id, score, matched }) => ({ id, score, matched }));
}

/** The people the passage names by any of their one-word names. */
function namedPeople(index: ClaimIndex, tokens: readonly Token[]): Set<string> {
  const named = new Set<string>();
  for (const [person, stems] of index.personStems) if (tokens.some((token) => stems.has(token.stem))) named.add(person);
  return named;
}

/** Index of the phrase's last token when the phrase starts at token `first`, else -1. */
function phraseEnd(tokens: readonly Token[], first: number, stems: readonly string[]): number {
  let at = first;
  for (let s = 1; s < stems.length; s++) {
    let next = -1;
    for (let j = at + 1; j <= at + 1 + MAX_GAP && j < tokens.length; j++) {
      if (tokens[j].breakBefore) break;
      if (tokens[j].stem === stems[s]) {
        next = j;
        break;
      }
    }
    if (next < 0) return -1;
    at = next;
  }
  return at;
}

/** A cue below this weight only tips a balance ("but", "may"): its words are not shown as the reason for a match. */
const SHOWN_CUE_WEIGHT = 1;

/** The matched spans as written, in passage order, without repeats, faint cues' words or spans inside a longer one. */
function surfaces(text: string, allSpans: ReadonlyArray<[number, number, number]>): string[] {
  const strong = allSpans.filter((span) => span[2] >= SHOWN_CUE_WEIGHT);
  const spans = strong.length > 0 ? strong : allSpans;
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const kept: Array<[number, number, number]> = [];
  for (const span of sorted) {
    const previous = kept[kept.length - 1];
    if (previous && span[0] >= previous[0] && span[1] <= previous[1]) continue;
    kept.push(span);
  }
  const seen = new Set<string>();
  const words: string[] = [];
  for (const [start, end] of kept) {
    const word = text.slice(start, end).replace(/\s+/g, ' ');
    if (seen.has(word.toLowerCase())) continue;
    seen.add(word.toLowerCase());
    words.push(word);
  }
  return words;
}
