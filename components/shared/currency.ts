/** How current the knowledge is: figures from the dataset and the sentence the card and popup show. */
import type { Dataset } from '../../utils/dataset/types';
import { countNoun, formatPartialDate } from './format';

export interface Currency {
  articleCount: number;
  /** Newest date an article states about itself (ISO). */
  newestArticleDate: string | null;
  /** Newest date of an event the claims describe ("2018-07", "2018"...). */
  newestEventDate: string | null;
}

/** Figures for the footer, computed once from the dataset. */
export function currencyOf(dataset: Dataset): Currency {
  return {
    articleCount: dataset.sources.length,
    newestArticleDate: latest(dataset.sources.map((s) => s.date)),
    newestEventDate: latest(dataset.claims.map((c) => c.date)),
  };
}

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

// ISO dates and their prefixes sort as strings; a longer date of the same period counts as later.
function latest(dates: Array<string | null | undefined>): string | null {
  let best: string | null = null;
  for (const date of dates) if (date && (best === null || date > best)) best = date;
  return best;
}
