import { describe, expect, it } from 'vitest';
import { checkStatus, distinctOrigins, expectedStatus } from '../../utils/dataset/status-rules';
import type { Evidence, EvidenceBasis } from '../../utils/dataset/types';

function ev(basis: EvidenceBasis, origin: string, says?: string, source = 'article-000'): Evidence {
  return { source, quote: 'some verbatim words', attribution: origin, origin, basis, ...(says ? { says } : {}) };
}

describe('expectedStatus', () => {
  it.each<[string, Evidence[], string]>([
    ['a denial beats reports', [ev('outlet-report', 'National Enquirer'), ev('denial', 'Paris Jackson')], 'denied'],
    [
      'a denial beats a dispute',
      [ev('anonymous-source', 'The Sun', 'yes'), ev('denial', 'Paris Jackson', 'no')],
      'denied',
    ],
    ['two sides from two origins are a dispute', [ev('outlet-report', 'article-000', 'A'), ev('outlet-report', 'article-001', 'B')], 'disputed'],
    [
      'a dispute may include the person on record',
      [ev('statement', 'Cara Delevingne', 'fluid'), ev('outlet-report', 'article-001', 'bisexual')],
      'disputed',
    ],
    ['a statement is on record, whatever else is said', [ev('anonymous-source', 'The Sun'), ev('statement', 'Paris Jackson')], 'on-record'],
    ['published photos are documented', [ev('published-media', 'article-000'), ev('outlet-report', 'E! News')], 'documented'],
    ['two origins corroborate', [ev('outlet-report', 'Daily Mail'), ev('anonymous-source', 'The Sun', undefined, 'article-002')], 'corroborated'],
    ['one origin in two articles is single-source', [ev('anonymous-source', 'People'), ev('anonymous-source', 'People', undefined, 'article-002')], 'single-source'],
    ['one anonymous insider is single-source', [ev('anonymous-source', 'Page Six')], 'single-source'],
    ['a report outweighs the article inference next to it', [ev('article-inference', 'article-001'), ev('outlet-report', 'OK! magazine')], 'single-source'],
    ['inference alone is speculation', [ev('article-inference', 'article-001')], 'speculation'],
    ['inference outweighs background', [ev('background', 'article-000'), ev('article-inference', 'article-002')], 'speculation'],
    ['settled context is background', [ev('background', 'article-000'), ev('background', 'article-001')], 'background'],
  ])('%s', (_name, evidence, status) => {
    expect(expectedStatus({ evidence })).toBe(status);
  });

  it('earns nothing from a one-sided dispute, a dispute within one origin, or a side without "says"', () => {
    expect(expectedStatus({ evidence: [ev('outlet-report', 'article-000', 'A')] })).toBeNull();
    expect(
      expectedStatus({ evidence: [ev('anonymous-source', 'People', 'A'), ev('anonymous-source', 'People', 'B', 'article-002')] }),
    ).toBeNull();
    expect(expectedStatus({ evidence: [ev('outlet-report', 'article-000', 'A'), ev('outlet-report', 'article-001')] })).toBeNull();
  });

  it('earns nothing without evidence', () => {
    expect(expectedStatus({ evidence: [] })).toBeNull();
  });
});

describe('checkStatus', () => {
  it('accepts an earned status', () => {
    expect(checkStatus({ status: 'corroborated', evidence: [ev('outlet-report', 'Daily Mail'), ev('outlet-report', 'The Sun')] })).toBeNull();
  });

  it('rejects corroborated when both entries share one origin, naming the origin', () => {
    const reason = checkStatus({
      status: 'corroborated',
      evidence: [ev('anonymous-source', 'Page Six'), ev('anonymous-source', 'Page Six', undefined, 'article-002')],
    });
    expect(reason).toMatch(/status "corroborated" is not earned.*"single-source".*Page Six/);
  });

  it('rejects single-source when the person said it on record', () => {
    const reason = checkStatus({ status: 'single-source', evidence: [ev('anonymous-source', 'The Sun'), ev('statement', 'Paris Jackson')] });
    expect(reason).toMatch(/"on-record".*Paris Jackson/);
  });

  it('rejects disputed without sides, and explains a dispute that has only one origin', () => {
    expect(checkStatus({ status: 'disputed', evidence: [ev('outlet-report', 'E! News'), ev('outlet-report', 'People')] })).toMatch(
      /evidence earns "corroborated"/,
    );
    expect(checkStatus({ status: 'disputed', evidence: [ev('outlet-report', 'E! News', 'A'), ev('outlet-report', 'E! News', 'B')] })).toMatch(
      /no status is earned: .*only E! News/,
    );
  });

  it('rejects a tone-driven upgrade of speculation', () => {
    expect(checkStatus({ status: 'documented', evidence: [ev('article-inference', 'article-001')] })).toMatch(/"speculation"/);
  });
});

describe('distinctOrigins', () => {
  it('counts repeats of one origin once, in first-seen order', () => {
    expect(distinctOrigins([ev('outlet-report', 'People'), ev('outlet-report', 'The Sun'), ev('outlet-report', 'People')])).toEqual([
      'People',
      'The Sun',
    ]);
  });
});
