/** How current the knowledge is: the sentence the card and popup show. */
import { asOfDate, type Currency } from '@/utils/dataset/queries';
import type { Claim, Source, SourceId } from '@/utils/dataset/types';
import { countNoun, formatPartialDate } from './format';

/** "From 3 articles only; newest dated article: 24 Mar 2018 (events up to July 2018)." */
export function describeCurrency({ articleCount, newestArticleDate, newestEventDate }: Currency): string {
  const articles = `From ${countNoun(articleCount, 'article')} only`;
  const dated = newestArticleDate
    ? `newest dated article: ${formatPartialDate(newestArticleDate)}`
    : articleCount === 1
      ? 'it states no date'
      : 'none of them states a date';
  const events = newestEventDate ? ` (events up to ${formatPartialDate(newestEventDate)})` : '';
  return `${articles}; ${dated}${events}.`;
}


/**
 * The date of the articles a claim comes from, as the card shows it: "As of 24 Mar 2018 (article date)". Two of the
 * three articles state no date: a claim from those alone says "Article undated", beside the event's own date; one
 * that a dated article backs too gets the newest date known (asOfDate: the article's, or the event's when later) as a
 * lower bound, "As of 24 Mar 2018 or later (undated article)".
 */
export function describeAsOf(claim: Pick<Claim, 'evidence' | 'date'>, sourcesById: Readonly<Record<SourceId, Source>>): string {
  const articles = [...new Set(claim.evidence.map((entry) => entry.source))];
  const dates = articles.map((id) => sourcesById[id]?.date ?? null);
  const undated = dates.filter((date) => date === null).length;
  const asOf = asOfDate(claim, sourcesById);
  if (asOf === null || undated === articles.length) return articles.length === 1 ? 'Article undated' : 'Articles undated';
  // An undated article backing the claim may be later than any date known: the date is a lower bound then.
  return `As of ${formatPartialDate(asOf)}${undated > 0 ? ' or later (undated article)' : ' (article date)'}`;
}
