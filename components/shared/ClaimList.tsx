/** A list of claims, each told when a later article overtook it, with a jump to the newer claim where it is listed. */
import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Claim, ClaimId, Source } from '@/utils/dataset/types';
import { asOfDate, claimsOvertaking } from '@/utils/dataset/queries';
import { ClaimItem } from './ClaimItem';

interface ClaimListProps {
  /** The claims rendered, in order. */
  claims: readonly Claim[];
  /** Every claim the overtaking claims are looked up in (a newer claim the reader hid is still named, not linked). */
  lookup: readonly Claim[];
  /** Ids of claims a jump can reach: rendered, or revealed by `jumpTo`. */
  reachable: ReadonlySet<ClaimId>;
  sourcesById: Record<string, Source>;
  quotesOpen(index: number): boolean;
  jumpTo(id: ClaimId): void;
  label?: string;
  listRef?: RefObject<HTMLOListElement>;
}

export function ClaimList({ claims, lookup, reachable, sourcesById, quotesOpen, jumpTo, label, listRef }: ClaimListProps) {
  return (
    <ol ref={listRef} class="rc-claims" aria-label={label}>
      {claims.map((claim, index) => {
        const newer = claimsOvertaking(claim, lookup)[0];
        const overtaken = newer && {
          newer,
          asOf: asOfDate(newer, sourcesById),
          onShow: reachable.has(newer.id) ? () => jumpTo(newer.id) : undefined,
        };
        return <ClaimItem key={claim.id} claim={claim} sourcesById={sourcesById} quotesOpen={quotesOpen(index)} overtaken={overtaken} />;
      })}
    </ol>
  );
}

/**
 * Moves keyboard focus to a claim by id once it is rendered (after `reveal`, which may have to unfold the list first):
 * focus, not just scrolling, so a keyboard or screen-reader user lands on the newer claim too.
 */
export function useClaimJump(container: RefObject<HTMLElement>, reveal: (id: ClaimId) => void = () => undefined): (id: ClaimId) => void {
  const [target, setTarget] = useState<{ id: ClaimId } | null>(null);
  useEffect(() => {
    if (!target) return;
    container.current?.querySelector<HTMLElement>(`[data-claim-id="${target.id}"]`)?.focus();
  }, [target]);
  return (id) => {
    reveal(id);
    setTarget({ id });
  };
}
