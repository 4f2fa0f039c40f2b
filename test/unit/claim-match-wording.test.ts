import { describe, expect, it } from 'vitest';
import { checkClaimWording } from '@/utils/claim-match';
import { bundledClaims, bundledWording } from '@/utils/claim-match/bundled';

const claimIds = new Set(bundledClaims.map((claim) => claim.id));
const one = new Set(['kiss-photographed']);

describe('data/claim-wording.json', () => {
  it('passes its check: every claim has wording, every phrase is sound', () => {
    expect(checkClaimWording(bundledWording, claimIds)).toEqual([]);
  });
});

describe('checkClaimWording', () => {
  it('reports each problem as "claim-wording.json: RECORD: FIELD: REASON"', () => {
    const problems = checkClaimWording(
      {
        groups: { kiss: ['kiss', 'Smooch', 'kiss'], unused: ['x'] },
        pairWords: ['the pair', '@kiss'],
        claims: {
          'kiss-photographed': { cues: [['@kiss', ''], ['photo', ' photo'], ['@nope', 'photo']], need: 9 },
          'no-such-claim': { cues: [['word']] },
        },
      },
      one,
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'claim-wording.json: groups.kiss: phrases: "Smooch": not lower case',
        'claim-wording.json: groups.kiss: phrases: duplicate phrase "kiss"',
        'claim-wording.json: groups.unused: (record): group is never used',
        'claim-wording.json: claims.kiss-photographed: cues.0: empty phrase',
        'claim-wording.json: claims.kiss-photographed: cues.1: " photo": stray white space',
        'claim-wording.json: claims.kiss-photographed: cues.2: duplicate phrase "photo" (already in this claim)',
        'claim-wording.json: claims.kiss-photographed: cues.2: "@nope": no such group',
        'claim-wording.json: claims.kiss-photographed: need: 9 is more than the cues\' total weight 3, so it never matches',
        'claim-wording.json: claims.no-such-claim: (record): no claim with this id in claims.json',
        'claim-wording.json: pairWords: phrases: "@kiss": pair words cannot name a group',
      ]),
    );
  });

  it('reports a claim without wording and a shape the schema rejects', () => {
    expect(checkClaimWording({ groups: {}, claims: {}, pairWords: [] }, one)).toEqual(['claim-wording.json: claims.kiss-photographed: (record): claim has no wording']);
    const shape = checkClaimWording({ groups: {}, pairWords: [], claims: { 'kiss-photographed': { cues: 'kiss' } } }, one);
    expect(shape).toHaveLength(1);
    expect(shape[0]).toMatch(/^claim-wording\.json: claims\.kiss-photographed: cues: /);
    expect(checkClaimWording(null, one)[0]).toMatch(/^claim-wording\.json: file: \(record\): /);
  });
});
