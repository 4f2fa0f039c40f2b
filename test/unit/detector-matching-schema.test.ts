import { describe, expect, it } from 'vitest';
import rawRules from '../../data/matching.json';
import { checkMatchingRules } from '../../utils/detector/matching-schema';

describe('data/matching.json', () => {
  it('is sound', () => {
    expect(checkMatchingRules(rawRules)).toEqual([]);
  });

  it('reports each problem as "matching.json: RECORD: FIELD: REASON"', () => {
    const broken = { ...rawRules, languages: { ...rawRules.languages, it: { ...rawRules.languages.it, commonWords: ['cara', 3] } } };
    expect(checkMatchingRules(broken)).toEqual(['matching.json: languages.it: commonWords.1: Invalid type: Expected string but received 3']);
    const { quoteMarks: _dropped, ...noQuotes } = rawRules;
    expect(checkMatchingRules(noQuotes)).toEqual([expect.stringMatching(/^matching\.json: cues: quoteMarks: Invalid key/)]);
    expect(checkMatchingRules({ ...rawRules, places: ['paris', 'London'] })).toEqual(['matching.json: cues: places.1: "London" is not lower case']);
    const badCode = { ...rawRules, languages: { Italian: rawRules.languages.it } };
    expect(checkMatchingRules(badCode)[0]).toMatch(/^matching\.json: languages\.Italian: \(record\): a primary language subtag/);
  });
});
