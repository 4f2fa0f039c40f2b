/** The page's rumors for the popup: claims matched in any passage, deduplicated, with where each was seen. */
import type { ClaimId } from '@/utils/dataset/types';
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
