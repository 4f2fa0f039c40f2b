import type { ComponentChildren } from 'preact';
import type { Claim, Source } from '@/utils/dataset/types';
import { EvidenceList, SourceCredit } from './EvidenceList';
import { StatusBadge } from './StatusBadge';
import { formatPartialDate } from './format';

interface ClaimItemProps {
  claim: Claim;
  sourcesById: Record<string, Source>;
  /** Whether the quotes start unfolded. */
  quotesOpen: boolean;
  /** Shown under the claim's sentence, before its sides and quotes (the card's passage section puts why it matched here). */
  children?: ComponentChildren;
}

/** One claim on the card: badge, sentence, and its quotes in a fold; a disputed claim shows its sides up front. */
export function ClaimItem({ claim, sourcesById, quotesOpen, children }: ClaimItemProps) {
  const disputed = claim.status === 'disputed';
  return (
    <li class="rc-claim" tabIndex={-1}>
      <div class="rc-claim-meta">
        <StatusBadge status={claim.status} />
        {claim.date && <span class="rc-date">{formatPartialDate(claim.date)}</span>}
      </div>
      <p class="rc-claim-text">{claim.text}</p>
      {children}
      {disputed && (
        <ul class="rc-sides" aria-label="Each side">
          {claim.evidence.map((item, index) => (
            <li key={`${item.source}-${index}`}>
              <p class="rc-side">{item.says ?? 'One side (no summary given).'}</p>
              <SourceCredit evidence={item} source={sourcesById[item.source]} />
            </li>
          ))}
        </ul>
      )}
      <details class="rc-sources" open={quotesOpen}>
        <summary>{sourcesSummary(claim.evidence.length, disputed)}</summary>
        <EvidenceList evidence={claim.evidence} sourcesById={sourcesById} showSides={disputed} />
      </details>
    </li>
  );
}

// The fold's label: "Source", "Sources (3)"; a disputed claim's sides are already shown, so its fold holds quotes.
function sourcesSummary(count: number, disputed: boolean): string {
  const noun = disputed ? 'Quote' : 'Source';
  return count === 1 ? noun : `${noun}s (${count})`;
}
