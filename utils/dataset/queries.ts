/** Pure selections over a dataset, shared by the background (card data), the popup and the tests. */
import { statusRank } from '@/utils/statuses';
import type { Claim, Dataset, OpenQuestion, Person, PersonId, Source, SourceId } from './types';

/** How current the knowledge is, for the card's and popup's footer. */
export interface Currency {
  articleCount: number;
  /** Newest date an article states about itself (ISO). */
  newestArticleDate: string | null;
  /** Newest date of an event the claims describe ("2018-07", "2018"...). */
  newestEventDate: string | null;
}

/** Everything the card shows about one person. */
export interface CardData {
  person: Person;
  /** In display order (compareClaims). */
  claims: Claim[];
  sourcesById: Record<SourceId, Source>;
  currency: Currency;
  /** What the articles leave open about the person (data/README.md, "Open questions"). */
  openQuestions: OpenQuestion[];
}

/** Orders claims for display: significance (1 first), then status rank (strongest footing first), then date; ties keep dataset order (sorts are stable). */
export function compareClaims(a: Claim, b: Claim): number {
  return a.significance - b.significance || statusRank(a.status) - statusRank(b.status) || compareEventDates(a.date, b.date);
}

/** Oldest first, so a story reads in order; undated goes last. ISO dates and their prefixes sort as strings. */
export function compareEventDates(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}

/** Latest of some ISO dates or date prefixes; a longer date within the same period counts as later. */
function latestDate(dates: ReadonlyArray<string | null | undefined>): string | null {
  let latest: string | null = null;
  for (const date of dates) if (date && (latest === null || date > latest)) latest = date;
  return latest;
}

/** The newest date any article states about itself, and the newest event date. */
export function currencyOf(dataset: Dataset): Currency {
  return {
    articleCount: dataset.sources.length,
    newestArticleDate: latestDate(dataset.sources.map((source) => source.date)),
    newestEventDate: latestDate(dataset.claims.map((claim) => claim.date)),
  };
}

/** Claims about one person (or every claim for 'all'), in display order. */
export function claimsAbout(claims: readonly Claim[], person: PersonId | 'all'): Claim[] {
  return claims.filter((claim) => person === 'all' || claim.about.includes(person)).sort(compareClaims);
}

/** Every source keyed by id. */
export function indexSources(sources: readonly Source[]): Record<SourceId, Source> {
  return Object.fromEntries(sources.map((source) => [source.id, source]));
}

/** The card's content for one person, or null for an unknown id. */
export function cardDataFor(dataset: Dataset, personId: PersonId): CardData | null {
  const person = dataset.people.find((candidate) => candidate.id === personId);
  if (!person) return null;
  return {
    person,
    claims: claimsAbout(dataset.claims, personId),
    sourcesById: indexSources(dataset.sources),
    currency: currencyOf(dataset),
    openQuestions: openQuestionsAbout(dataset.openQuestions, personId),
  };
}

/** True when date `a` is later than date `b` at the precision both give ("2018-07" is later than "2018-03-24"). */
export function isLaterDate(a: string, b: string): boolean {
  const precision = Math.min(a.length, b.length);
  return a.slice(0, precision) > b.slice(0, precision);
}

/**
 * The date a claim is known as of: the newest date among its evidence's articles. An article that states no date was
 * written no earlier than the event it reports, so the claim's own event date stands in for it; null when neither is
 * known.
 */
export function asOfDate(claim: Pick<Claim, 'evidence' | 'date'>, sourcesById: Readonly<Record<SourceId, Source>>): string | null {
  return latestDate(claim.evidence.map((entry) => sourcesById[entry.source]?.date ?? claim.date));
}

/** The claims a later article made `claim` out of date with, oldest link first (its `supersededBy` chain). */
export function claimsOvertaking(claim: Claim, claims: readonly Claim[]): Claim[] {
  const byId = new Map(claims.map((candidate) => [candidate.id, candidate]));
  const chain: Claim[] = [];
  const seen = new Set([claim.id]);
  for (let next = claim.supersededBy; next !== undefined && !seen.has(next); ) {
    const newer = byId.get(next);
    if (!newer) break;
    chain.push(newer);
    seen.add(next);
    next = newer.supersededBy;
  }
  return chain;
}

/** The older claims that `claim` overtook (those whose `supersededBy` names it). */
export function claimsOvertakenBy(claim: Claim, claims: readonly Claim[]): Claim[] {
  return claims.filter((candidate) => candidate.supersededBy === claim.id);
}

/** The open questions listed for one person. */
export function openQuestionsAbout(questions: readonly OpenQuestion[], person: PersonId): OpenQuestion[] {
  return questions.filter((question) => question.about.includes(person));
}
