/**
 * MiniSearch (BM25+) over the claims, for comparison with utils/claim-match: each claim is a document of its text,
 * its wording's phrases (groups expanded) and its evidence quotes; the passage is the query (OR of its words), words
 * Porter-stemmed on both sides. A claim is shown when its score reaches `minScore` and `ratio` of the best one's.
 */
import MiniSearch from 'minisearch';
import type { Claim } from '@/utils/dataset/types';
import { stemWord } from '@/utils/claim-match/tokens';
import { cuePhrases, type ClaimWordingFile } from '@/utils/claim-match/wording-schema';

export interface MiniSearchOptions {
  minScore: number;
  ratio: number;
}

// Function words carry no claim; BM25's IDF mostly discounts them, but they still lift every long passage.
const STOP = new Set('a an and are as at be but by for from had has have her his in is it its of on or she that the their them they this to was were with'.split(' '));

/** Builds the index and returns a ranker with the given thresholds. */
export function miniSearchRanker(claims: readonly Claim[], wording: ClaimWordingFile) {
  const search = new MiniSearch<{ id: string; text: string; wording: string; quotes: string }>({
    fields: ['text', 'wording', 'quotes'],
    processTerm: (term) => (STOP.has(term.toLowerCase()) ? null : stemWord(term.toLowerCase().replace(/[\u2018\u2019]/g, "'"))),
    searchOptions: { boost: { wording: 2, text: 1, quotes: 0.5 }, combineWith: 'OR' },
  });
  search.addAll(
    claims.map((claim) => ({
      id: claim.id,
      text: claim.text,
      wording: (wording.claims[claim.id]?.cues ?? [])
        .flatMap(cuePhrases)
        .flatMap((phrase) => (phrase.startsWith('@') ? (wording.groups[phrase.slice(1)] ?? []) : [phrase]))
        .join(' . '),
      quotes: claim.evidence.map((item) => item.quote).join(' . '),
    })),
  );
  return (options: MiniSearchOptions) => (text: string) => {
    const results = search.search(text);
    const best = results[0]?.score ?? 0;
    return results
      .filter((result) => result.score >= options.minScore && result.score >= best * options.ratio)
      .map((result) => ({ id: String(result.id), score: result.score, matched: result.terms }));
  };
}
