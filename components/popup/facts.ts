/** Pure selections over the dataset for the popup's Facts tab: filter, count, sort, group by month. */
import type { Claim, PersonId, SourceId } from '@/utils/dataset/types';
import { STATUS_IDS, type StatusId } from '@/utils/statuses';
import { formatPartialDate } from '@/components/shared/format';
import { compareEventDates } from '@/utils/dataset/queries';

/** 'all' or one person's id. */
export type PersonFilter = PersonId | 'all';

/** How many claims carry each status, every status present (zero when none). */
export function countByStatus(claims: readonly Claim[]): Record<StatusId, number> {
  const counts = Object.fromEntries(STATUS_IDS.map((id) => [id, 0])) as Record<StatusId, number>;
  for (const claim of claims) counts[claim.status] += 1;
  return counts;
}

/** Claims whose status is selected; an empty selection means no filter. */
export function withStatuses(claims: readonly Claim[], selected: ReadonlySet<StatusId>): Claim[] {
  return selected.size === 0 ? [...claims] : claims.filter((claim) => selected.has(claim.status));
}

export interface TimelineGroup {
  /** "2018-03", or "2018" for dates given to the year only. */
  key: string;
  /** "March 2018", or "2018 (month not given)". */
  label: string;
  claims: Claim[];
}

/** Dated claims in date order, grouped by month (year-only dates form their own group, first in their year). */
export function timeline(claims: readonly Claim[]): TimelineGroup[] {
  const dated = claims.filter((claim): claim is Claim & { date: string } => Boolean(claim.date));
  dated.sort((a, b) => compareEventDates(a.date, b.date));
  const groups: TimelineGroup[] = [];
  for (const claim of dated) {
    const key = claim.date.slice(0, 7);
    let group = groups[groups.length - 1];
    if (group?.key !== key) {
      group = { key, label: key.length === 4 ? `${key} (month not given)` : formatPartialDate(key), claims: [] };
      groups.push(group);
    }
    group.claims.push(claim);
  }
  return groups;
}

/** The claims a source gives evidence for, in dataset order. */
export function claimsFromSource(claims: readonly Claim[], source: SourceId): Claim[] {
  return claims.filter((claim) => claim.evidence.some((item) => item.source === source));
}
