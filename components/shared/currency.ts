/** How current the knowledge is: the sentence the card and popup show. */
import type { Currency } from '@/utils/dataset/queries';
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

