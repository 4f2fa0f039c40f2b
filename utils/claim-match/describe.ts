/** Joins a passage's matches with their claims and speak-up lines: what the card's passage section renders. */
import type { Claim } from '@/utils/dataset/types';
import type { ClaimMatch } from './match';
import { speakUp } from './speak-up';

/** One matched claim, ready to show. */
export interface MatchedClaim {
  claim: Claim;
  score: number;
  /** The passage's words that tied it to the claim. */
  matched: string[];
  /** The plain warning line, or null when the claim's badge says enough. */
  speakUp: string | null;
}

/** The matches of `passage` as the card shows them, in the matcher's order; matches of unknown claims are dropped. */
export function describeMatches(matches: readonly ClaimMatch[], claims: readonly Claim[], passage: string): MatchedClaim[] {
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  return matches.flatMap((match) => {
    const claim = byId.get(match.id);
    return claim ? [{ claim, score: match.score, matched: match.matched, speakUp: speakUp(claim, passage) }] : [];
  });
}
