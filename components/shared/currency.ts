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
 * When a claim is known as of (asOfDate): "As of 24 Mar 2018 (article date)"; for an undated article, the event's
 * date stands in: "As of July 2018 or later (undated article)"; with neither, says so.
 */
export function describeAsOf(claim: Pick<Claim, 'evidence' | 'date'>, sourcesById: Readonly<Record<SourceId, Source>>): string {
  const asOf = asOfDate(claim, sourcesById);
  if (asOf === null) return claim.evidence.length === 1 ? 'Article undated' : 'Articles undated';
  const fromArticle = claim.evidence.some((entry) => sourcesById[entry.source]?.date === asOf);
  return `As of ${formatPartialDate(asOf)}${fromArticle ? ' (article date)' : ' or later (undated article)'}`;
}
