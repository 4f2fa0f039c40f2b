import type { Claim } from '@/utils/dataset/types';
import { StatusBadge } from '@/components/shared/StatusBadge';
import { formatPartialDate } from '@/components/shared/format';
import { timeline } from './facts';

/** Dated claims in date order, under a heading per month. */
export function TimelineView({ claims }: { claims: Claim[] }) {
  const groups = timeline(claims);
  if (groups.length === 0) return <p class="rc-note">None of these claims has a date.</p>;
  return (
    <div class="rc-timeline">
      {groups.map((group) => (
        <section key={group.key} aria-label={group.label}>
          <h2>{group.label}</h2>
          <ol>
            {group.claims.map((claim) => (
              <li key={claim.id}>
                <div class="rc-claim-meta">
                  {claim.date && claim.date.length === 10 && <time dateTime={claim.date}>{formatPartialDate(claim.date)}</time>}
                  <StatusBadge status={claim.status} />
                </div>
                <p>{claim.text}</p>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
