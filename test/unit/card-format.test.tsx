import { describe, expect, it } from 'vitest';
import { describeCurrency } from '../../components/shared/currency';
import { currencyOf } from '../../utils/dataset/queries';
import { formatPartialDate, shortHeadline } from '../../components/shared/format';
import { sampleDataset } from '../preview/sample-dataset';

describe('formatPartialDate', () => {
  it.each([
    ['2018-03-24', '24 Mar 2018'],
    ['2017-05-07', '7 May 2017'],
    ['2018-07', 'July 2018'],
    ['2018', '2018'],
    ['2018-13', '2018-13'],
    ['spring 2018', 'spring 2018'],
  ])('%s -> %s', (iso, expected) => expect(formatPartialDate(iso)).toBe(expected));
});

describe('shortHeadline', () => {
  it('keeps short headlines whole', () => {
    expect(shortHeadline('Jackson and Delevingne seem to have gotten very close recently', 80)).toBe(
      'Jackson and Delevingne seem to have gotten very close recently',
    );
  });
  it('cuts long ones at a word boundary, without trailing punctuation', () => {
    const cut = shortHeadline('Paris Jackson And Cara Delevingne: The Truth About Their Relationship', 40);
    expect(cut).toBe('Paris Jackson And Cara Delevingne: The…');
    expect(cut.length).toBeLessThanOrEqual(40);
  });
});

describe('currency', () => {
  it('takes the article count, the newest article date and the newest event date from the dataset', () => {
    expect(currencyOf(sampleDataset)).toEqual({ articleCount: 3, newestArticleDate: '2018-03-24', newestEventDate: '2018-06' });
  });
  it('writes the footer sentence', () => {
    expect(describeCurrency({ articleCount: 3, newestArticleDate: '2018-03-24', newestEventDate: '2018-07' })).toBe(
      'From 3 articles only; newest dated article: 24 Mar 2018 (events up to July 2018).',
    );
    expect(describeCurrency({ articleCount: 2, newestArticleDate: null, newestEventDate: null })).toBe(
      'From 2 articles only; none of them states a date.',
    );
  });
});
