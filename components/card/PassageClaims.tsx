/** The card's first section, "What this passage says": the claims the passage around the mention repeats. */
import { useId } from 'preact/hooks';
import type { Source } from '@/utils/dataset/types';
import type { MatchedClaim } from '@/utils/claim-match/describe';
import { ClaimItem } from '@/components/shared/ClaimItem';
import { isBehindNote, isHidden } from '@/utils/care';
import type { TopicId } from '@/utils/topics';

/** The section shows at most this many claims (the best): it leads the card, it must not bury the rest. */
const PASSAGE_LIMIT = 3;

/**
 * The matches the section shows: not of a topic the reader hid, never a self-harm claim (the section leads the card;
 * those wait behind the card's content note), the best PASSAGE_LIMIT.
 */
export function shownInPassage(matches: readonly MatchedClaim[], hiddenTopics: readonly TopicId[] = []): MatchedClaim[] {
  return matches.filter((match) => !isHidden(match.claim, hiddenTopics) && !isBehindNote(match.claim)).slice(0, PASSAGE_LIMIT);
}

export interface PassageClaimsProps {
  /** Best first, as utils/claim-match's describeMatches returns them. */
  matches: MatchedClaim[];
  sourcesById: Record<string, Source>;
  /**
   * Claims whose quotes start unfolded (the first, by default: the reader asked about this passage). A disputed
   * claim's stay folded: its sides are already shown, and six quotes would push every other match off the card.
   */
  openQuotes?: number;
  /** Topics the reader hid: their claims are left out here too. */
  hiddenTopics?: readonly TopicId[];
}

/** Each matched claim with its badge, quotes, the words that matched and its speak-up line; nothing when none matched. */
export function PassageClaims({ matches: all, sourcesById, openQuotes = 1, hiddenTopics = [] }: PassageClaimsProps) {
  const headingId = useId();
  const matches = shownInPassage(all, hiddenTopics);
  if (matches.length === 0) return null;
  return (
    <section class="rc-passage" aria-labelledby={headingId}>
      <h3 id={headingId} class="rc-passage-title">
        What this passage says
      </h3>
      <ol class="rc-claims">
        {matches.map((match, index) => (
          <ClaimItem key={match.claim.id} claim={match.claim} sourcesById={sourcesById} quotesOpen={index < openQuotes && match.claim.status !== 'disputed'}>
            {match.speakUp && (
              <p class={`rc-speakup rc-speakup--${match.claim.status}`} role="note">
                {match.speakUp}
              </p>
            )}
            {match.matched.length > 0 && (
              <p class="rc-why">
                <span class="rc-why-label">Matched on </span>
                {match.matched.map((word, position) => (
                  <span key={word}>
                    {position > 0 && ', '}
                    <q class="rc-why-word">{word}</q>
                  </span>
                ))}
              </p>
            )}
          </ClaimItem>
        ))}
      </ol>
    </section>
  );
}
