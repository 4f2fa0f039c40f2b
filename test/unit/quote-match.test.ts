import { describe, expect, it } from 'vitest';
import {
  containsQuote,
  normalizeForQuoteMatch,
  paragraphStartsWith,
  splitParagraphs,
} from '../../utils/dataset/quote-match';

describe('normalizeForQuoteMatch', () => {
  it('straightens curly double and single quote marks and apostrophes', () => {
    expect(normalizeForQuoteMatch('“Cara’s ‘cheek’”')).toBe(`"Cara's 'cheek'"`);
  });

  it('collapses runs of whitespace, no-break spaces and newlines included, and trims', () => {
    expect(normalizeForQuoteMatch('  a\u00a0 b\n\n\tc  ')).toBe('a b c');
  });

  it('changes nothing else: case, dashes and other punctuation stay', () => {
    expect(normalizeForQuoteMatch('Gillot — GILLOTT...')).toBe('Gillot — GILLOTT...');
  });
});

describe('containsQuote', () => {
  const article = 'First Paris kissed Cara’s cheek,\u00a0 and then\nthey kissed on the lips,” an eyewitness said.';

  it('finds a quote typed with straight quotes and single spaces', () => {
    expect(containsQuote(article, `Cara's cheek, and then they kissed on the lips," an eyewitness`)).toBe(true);
  });

  it('rejects a quote with a changed word', () => {
    expect(containsQuote(article, `Cara's cheek, and then they kissed on the mouth`)).toBe(false);
  });

  it('rejects a quote that differs only in letter case', () => {
    expect(containsQuote(article, 'first paris kissed')).toBe(false);
  });

  it('rejects an empty or blank quote', () => {
    expect(containsQuote(article, '')).toBe(false);
    expect(containsQuote(article, ' \n ')).toBe(false);
  });
});

describe('splitParagraphs', () => {
  it('splits on blank lines, including lines holding only spaces or no-break spaces', () => {
    const text = ' date line\n\nFirst paragraph,\nsame paragraph. \n \nSecond.\n\u00a0\n\n\nThird.\n';
    expect(splitParagraphs(text)).toEqual(['date line', 'First paragraph,\nsame paragraph.', 'Second.', 'Third.']);
  });

  it('returns nothing for blank text', () => {
    expect(splitParagraphs('\n \n')).toEqual([]);
  });
});

describe('paragraphStartsWith', () => {
  it('compares the opening words after normalisation', () => {
    expect(paragraphStartsWith('“They slow danced for a few minutes.', '"They slow  danced')).toBe(true);
    expect(paragraphStartsWith('They slow danced', 'slow danced')).toBe(false);
    expect(paragraphStartsWith('They slow danced', '')).toBe(false);
  });
});
