/** The page's rumors for the popup: claims matched in any passage, deduplicated, with where each was seen. */
import type { Claim, ClaimId } from '@/utils/dataset/types';
import type { ClaimMatch } from './match';

/** One claim the page repeats and the passages (by their position in the input) that repeat it. */
export interface PageRumor {
  id: ClaimId;
  /** Positions of the passages that repeat it, in page order; the first is where "Show" jumps. */
  passages: number[];
  /** Its best score on the page. */
  score: number;
}

/** Deduplicates the matches of a page's passages (given in page order); claims in order of first appearance. */
export function pageRumors(passages: ReadonlyArray<readonly ClaimMatch[]>): PageRumor[] {
  const byId = new Map<ClaimId, PageRumor>();
  passages.forEach((matches, position) => {
    for (const match of matches) {
      const rumor = byId.get(match.id);
      if (!rumor) byId.set(match.id, { id: match.id, passages: [position], score: match.score });
      else {
        if (rumor.passages[rumor.passages.length - 1] !== position) rumor.passages.push(position);
        rumor.score = Math.max(rumor.score, match.score);
      }
    }
  });
  return [...byId.values()];
}

/** A rumor the page repeats, joined with its claim and the mention of the first passage that repeats it. */
export interface PageRumorOf<Passage> {
  claim: Claim;
  /** How many of the page's passages repeat it. */
  passages: number;
  /** The first passage that repeats it: where "Show" jumps. */
  first: Passage;
}

/** Matches each passage (in page order) with `match`, deduplicates, and joins each rumor with its claim. */
export function rumorsOfPassages<Passage>(
  passages: readonly Passage[],
  match: (passage: Passage) => readonly ClaimMatch[],
  claims: readonly Claim[],
): PageRumorOf<Passage>[] {
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  return pageRumors(passages.map(match)).flatMap((rumor) => {
    const claim = byId.get(rumor.id);
    return claim ? [{ claim, passages: rumor.passages.length, first: passages[rumor.passages[0]] }] : [];
  });
}
