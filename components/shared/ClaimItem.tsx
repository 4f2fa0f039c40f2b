import type { ComponentChildren } from 'preact';
import type { Claim, Source } from '@/utils/dataset/types';
import { LABEL_BY_OTHERS, sidesInCareOrder } from '@/utils/care';
import { EvidenceList, SourceCredit } from './EvidenceList';
import { StatusBadge } from './StatusBadge';
import { describeAsOf } from './currency';
import { formatPartialDate } from './format';

/** The claim a later article overtook this one with, and how to reach it in the list (absent when it is not listed). */
interface Overtaken {
  newer: Claim;
  /** When the newer claim is known as of (asOfDate). */
  asOf: string | null;
  onShow?: () => void;
}

interface ClaimItemProps {
  claim: Claim;
  sourcesById: Record<string, Source>;
  /** Whether the quotes start unfolded. */
  quotesOpen: boolean;
  /** Set when a later article overtook this claim (its `supersededBy`). */
  overtaken?: Overtaken;
  /** Shown under the claim's sentence, before its sides and quotes (the card's passage section puts why it matched here). */
  children?: ComponentChildren;
}

/**
 * One claim on the card: badge, dates, sentence, and its quotes in a fold; a disputed claim shows its sides up front.
 * On a sexuality claim the person's own words come first and other sides are labelled as others' (utils/care.ts).
 */
export function ClaimItem({ claim, sourcesById, quotesOpen, overtaken, children }: ClaimItemProps) {
  const disputed = claim.status === 'disputed';
  const sides = sidesInCareOrder(claim);
  return (
    <li class="rc-claim" tabIndex={-1} data-claim-id={claim.id}>
      <div class="rc-claim-meta">
        <StatusBadge status={claim.status} />
        {claim.date && <span class="rc-date">{formatPartialDate(claim.date)}</span>}
        <span class="rc-asof">{describeAsOf(claim, sourcesById)}</span>
      </div>
      <p class="rc-claim-text">{claim.text}</p>
      {overtaken && (
        <p class="rc-overtaken" role="note">
          <span class="rc-overtaken-label">
            A later article overtook this{overtaken.asOf ? ` (${formatPartialDate(overtaken.asOf)})` : ''}:{' '}
          </span>
          {overtaken.onShow ? (
            <button type="button" class="rc-link" onClick={overtaken.onShow}>
              {overtaken.newer.text}
            </button>
          ) : (
            <span>{overtaken.newer.text}</span>
          )}
        </p>
      )}
      {children}
      {disputed && (
        <ul class="rc-sides" aria-label="Each side">
          {sides.map(({ evidence, labelByOthers }, index) => (
            <li key={`${evidence.source}-${index}`}>
              <p class="rc-side">
                {labelByOthers && <span class="rc-label-by">{LABEL_BY_OTHERS} </span>}
                {evidence.says ?? 'One side (no summary given).'}
              </p>
              <SourceCredit evidence={evidence} source={sourcesById[evidence.source]} />
            </li>
          ))}
        </ul>
      )}
      <details class="rc-sources" open={quotesOpen}>
        <summary>{sourcesSummary(claim.evidence.length, disputed)}</summary>
        <EvidenceList evidence={sides.map((side) => side.evidence)} sourcesById={sourcesById} showSides={disputed} />
      </details>
    </li>
  );
}

// The fold's label: "Source", "Sources (3)"; a disputed claim's sides are already shown, so its fold holds quotes.
function sourcesSummary(count: number, disputed: boolean): string {
  const noun = disputed ? 'Quote' : 'Source';
  return count === 1 ? noun : `${noun}s (${count})`;
}
