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
 * three articles state no date: then "Article undated", beside the event's own date; where a dated and an undated
 * article both back it and the undated one must be later (asOfDate), "As of July 2018 or later (undated article)".
 */
export function describeAsOf(claim: Pick<Claim, 'evidence' | 'date'>, sourcesById: Readonly<Record<SourceId, Source>>): string {
  const asOf = asOfDate(claim, sourcesById);
  const dated = claim.evidence.filter((entry) => sourcesById[entry.source]?.date);
  if (asOf === null || dated.length === 0) return claim.evidence.length === 1 ? 'Article undated' : 'Articles undated';
  const fromArticle = dated.some((entry) => sourcesById[entry.source]?.date === asOf);
  return `As of ${formatPartialDate(asOf)}${fromArticle ? ' (article date)' : ' or later (undated article)'}`;
}
