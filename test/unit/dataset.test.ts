/** The shipped dataset itself: every quote, reference, status and paragraph checked like code. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDatasetFromDir } from '../../scripts/lib/read-dataset';
import { STATUS_IDS, statusRank } from '../../utils/statuses';
import { containsQuote, paragraphStartsWith, splitParagraphs } from '../../utils/dataset/quote-match';
import { expectedStatus, distinctOrigins } from '../../utils/dataset/status-rules';
import { dataset as bundled } from '../../utils/dataset/bundled';
import {
  asOfDate,
  cardDataFor,
  claimsAbout,
  claimsOvertakenBy,
  claimsOvertaking,
  compareClaims,
  currencyOf,
  indexSources,
  isLaterDate,
  openQuestionsAbout,
} from '../../utils/dataset/queries';
import { TOPIC_IDS, TOPICS } from '../../utils/topics';

const dataDir = fileURLToPath(new URL('../../data', import.meta.url));
const data = loadDatasetFromDir(dataDir);
const textOf = (sourceId: string): string => {
  const source = data.sources.find((s) => s.id === sourceId)!;
  return readFileSync(`${dataDir}/sources/${source.file}`, 'utf8');
};
const claim = (id: string) => data.claims.find((c) => c.id === id)!;

describe('the article copies', () => {
  // SHA-256 of the seed articles (/work/shared/seeds/000_..., 001_..., 002_...) taken when they were copied.
  it.each([
    ['article-000', '3ef10eb13511c3617c2a23455ae8e47187e6d2f4efd6f837d4726a787820a26f'],
    ['article-001', '075e1362d3f9de0d8e85bafa80dce2f4c16e5d62e772c5fc215aead1265af8bc'],
    ['article-002', '715f0136161959779a0c8699ad96e9330087687555723e2a9a6c99180f51e7bb'],
  ])('%s is byte-identical to its seed', (id, sha256) => {
    const bytes = readFileSync(`${dataDir}/sources/${bundled.sources.find((source) => source.id === id)!.file}`);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(sha256);
  });

  it('describes each article only by what it states about itself', () => {
    expect(data.sources.map(({ id, author, outlet, date }) => ({ id, author, outlet, date }))).toEqual([
      { id: 'article-000', author: null, outlet: null, date: '2018-03-24' },
      { id: 'article-001', author: 'Molly Given', outlet: null, date: null },
      { id: 'article-002', author: null, outlet: null, date: null },
    ]);
    for (const source of data.sources) expect(containsQuote(textOf(source.id), source.headline)).toBe(true);
  });
});

describe('the claims', () => {
  it('have unique ids and refer only to known people and sources', () => {
    expect(new Set(data.claims.map((c) => c.id)).size).toBe(data.claims.length);
    for (const c of data.claims) {
      for (const person of c.about) expect(bundled.people.some((p) => p.id === person), `${c.id} about ${person}`).toBe(true);
      for (const e of c.evidence) expect(bundled.sources.some((source) => source.id === e.source), `${c.id} source ${e.source}`).toBe(true);
    }
  });

  it('quote every article verbatim, in passages long enough to stand alone', () => {
    for (const c of data.claims) {
      for (const e of c.evidence) {
        expect(containsQuote(textOf(e.source), e.quote), `${c.id}: ${e.quote}`).toBe(true);
        expect(e.quote.trim().length, `${c.id}: ${e.quote}`).toBeGreaterThanOrEqual(25);
      }
    }
  });

  it('each earn their status from their evidence', () => {
    const unearned = data.claims.filter((c) => expectedStatus(c) !== c.status).map((c) => c.id);
    expect(unearned).toEqual([]);
  });

  it('state one neutral sentence each', () => {
    for (const c of data.claims) {
      expect(c.text, c.id).toMatch(/^[A-Z][^\n]*\.$/);
      // Exclamations and questions belong to tabloid tone, except inside a quoted caption.
      expect(c.text.replace(/"[^"]*"/g, '""'), c.id).not.toMatch(/!|\?/);
    }
  });

  it('spread over the statuses sensibly', () => {
    const counts = Object.fromEntries(STATUS_IDS.map((s) => [s, data.claims.filter((c) => c.status === s).length]));
    console.log('claims per status:', counts, 'total:', data.claims.length);
    expect(data.claims.length).toBeGreaterThanOrEqual(35);
    for (const status of STATUS_IDS) expect(counts[status], status).toBeGreaterThan(0);
    // The articles are mostly anonymous sourcing: unconfirmed claims must outnumber corroborated ones.
    expect(counts['single-source']).toBeGreaterThan(counts.corroborated);
  });

  it('keep every contradiction between the articles as a dispute with a side from each', () => {
    const disputes: Record<string, string[]> = {
      'kiss-location': ['article-000', 'article-001', 'article-002'],
      'culkin-partner-name': ['article-000', 'article-001', 'article-002'],
      'slow-dance-account-source': ['article-000', 'article-001'],
      'were-they-a-couple': ['article-000', 'article-001', 'article-002'],
      'who-said-just-friends': ['article-000', 'article-001', 'article-002'],
      'cara-sexuality-label': ['article-000', 'article-001'],
    };
    for (const [id, sources] of Object.entries(disputes)) {
      expect(claim(id).status, id).toBe('disputed');
      expect([...new Set(claim(id).evidence.map((e) => e.source))].sort(), id).toEqual(sources);
    }
    expect(claim('culkin-partner-name').evidence.map((e) => e.says)).toEqual([
      expect.stringContaining('Brenda Song'),
      expect.stringContaining('Brenda Strong'),
      expect.stringContaining('Brenda Song'),
    ]);
  });

  it('count a report repeated by two articles once', () => {
    // People's quote appears in articles 001 and 002, Page Six's relative in both too: one origin each.
    expect(claim('no-plans-to-settle-down').status).toBe('single-source');
    expect(new Set(claim('no-plans-to-settle-down').evidence.map((e) => e.source)).size).toBe(2);
    expect(claim('relative-says-ledge-worse-than-blanket').status).toBe('single-source');
    // Daily Mail (via 000) and The Sun (via 002) are two independent origins for the trips.
    expect(distinctOrigins(claim('trips-to-italy-and-prague').evidence)).toEqual(['Daily Mail', 'The Sun']);
    expect(claim('trips-to-italy-and-prague').status).toBe('corroborated');
  });
});

describe('paragraph coverage', () => {
  for (const source of data.sources) {
    it(`${source.id}: every paragraph is cited by a claim or listed as carrying none, not both`, () => {
      const quotes = data.claims.flatMap((c) => c.evidence.filter((e) => e.source === source.id).map((e) => e.quote));
      const problems: string[] = [];
      for (const paragraph of splitParagraphs(textOf(source.id))) {
        const cited = quotes.some((quote) => containsQuote(paragraph, quote));
        const listed = source.uncitedParagraphs.filter((u) => paragraphStartsWith(paragraph, u.startsWith));
        if (cited && listed.length > 0) problems.push(`cited yet listed as uncited: ${paragraph.slice(0, 60)}`);
        if (!cited && listed.length === 0) problems.push(`neither cited nor listed: ${paragraph.slice(0, 60)}`);
        if (listed.length > 1) problems.push(`listed twice: ${paragraph.slice(0, 60)}`);
      }
      expect(problems).toEqual([]);
      for (const entry of source.uncitedParagraphs) expect(entry.reason.length, entry.startsWith).toBeGreaterThan(5);
    });
  }
});

describe('the bundled dataset', () => {
  it('is the validated data/ content', () => {
    expect(JSON.parse(JSON.stringify(bundled))).toEqual(JSON.parse(JSON.stringify(data)));
  });

  it('lists the claims about a person in display order, and only those', () => {
    for (const person of bundled.people) {
      const listed = claimsAbout(bundled.claims, person.id);
      expect(cardDataFor(bundled, person.id)!.claims).toEqual(listed);
      expect(listed.length).toBe(bundled.claims.filter((c) => c.about.includes(person.id)).length);
      expect(listed.every((c) => c.about.includes(person.id))).toBe(true);
      for (let i = 1; i < listed.length; i++) {
        const [a, b] = [listed[i - 1], listed[i]];
        expect(compareClaims(a, b), `${a.id} before ${b.id}`).toBeLessThanOrEqual(0);
        expect(a.significance * 100 + statusRank(a.status)).toBeLessThanOrEqual(b.significance * 100 + statusRank(b.status));
      }
    }
    expect(claimsAbout(bundled.claims, 'nobody')).toEqual([]);
    expect(cardDataFor(bundled, 'nobody')).toBeNull();
  });

  it('says how current the knowledge is', () => {
    expect(currencyOf(bundled)).toEqual({ articleCount: 3, newestArticleDate: '2018-03-24', newestEventDate: '2018-07' });
  });
});

describe('topics', () => {
  it('tag every claim, and every topic is used', () => {
    const counts = Object.fromEntries(TOPIC_IDS.map((t) => [t, data.claims.filter((c) => c.topics.includes(t)).length]));
    console.log('claims per topic:', counts);
    for (const topic of TOPIC_IDS) expect(counts[topic], topic).toBeGreaterThan(0);
    for (const c of data.claims) expect(c.topics.length, c.id).toBeGreaterThan(0);
  });

  it('mark self-harm, sexuality, mental health and substance use as needing care, with the care said', () => {
    const sensitive = TOPIC_IDS.filter((t) => TOPICS[t].sensitive);
    expect(sensitive).toEqual(['sexuality', 'mental-health', 'self-harm', 'substance-use']);
    for (const topic of TOPIC_IDS) expect(TOPICS[topic].care !== null, topic).toBe(TOPICS[topic].sensitive);
    expect(data.claims.filter((c) => c.topics.includes('self-harm')).map((c) => c.id)).toEqual(['suicide-attempts-and-self-harm']);
  });
});

describe('open questions', () => {
  it('list what the articles leave open, for each person', () => {
    expect(data.openQuestions.map((q) => q.id)).toEqual([
      'were-they-ever-a-couple',
      'who-called-them-just-friends',
      'where-was-the-kiss',
      'who-saw-the-slow-dance',
      'whose-back-in-the-photo',
      'culkin-partner',
      'did-family-end-it',
      'roitfeld-photo-shoot',
      'andrei-gillott-relationship',
    ]);
    expect(openQuestionsAbout(data.openQuestions, 'paris-jackson')).toHaveLength(9);
    expect(openQuestionsAbout(data.openQuestions, 'cara-delevingne')).toHaveLength(8);
  });
});

describe('as of', () => {
  const sourcesById = indexSources(data.sources);

  it("dates a claim by its newest article, or by its event where an article gives no date", () => {
    expect(asOfDate(claim('paris-orientation-not-discussed'), sourcesById)).toBe('2018-03-24');
    expect(asOfDate(claim('paris-rejects-bisexual-label'), sourcesById)).toBe('2018-07');
    expect(asOfDate(claim('cara-demolish-labels'), sourcesById)).toBeNull();
    expect(isLaterDate('2018-07', '2018-03-24')).toBe(true);
    expect(isLaterDate('2018-03', '2018-03-24')).toBe(false);
  });

  it('links the claim a later article overtook to the newer one, both ways', () => {
    const links = data.claims.filter((c) => c.supersededBy).map((c) => [c.id, c.supersededBy]);
    expect(links).toEqual([['paris-orientation-not-discussed', 'paris-rejects-bisexual-label']]);
    expect(claimsOvertaking(claim('paris-orientation-not-discussed'), data.claims).map((c) => c.id)).toEqual(['paris-rejects-bisexual-label']);
    expect(claimsOvertakenBy(claim('paris-rejects-bisexual-label'), data.claims).map((c) => c.id)).toEqual(['paris-orientation-not-discussed']);
    expect(claimsOvertaking(claim('cara-age-25'), data.claims)).toEqual([]);
  });

  it('follows a chain of overtaking claims and stops at a loop', () => {
    const a = { ...claim('cara-age-25'), id: 'a', supersededBy: 'b' };
    const b = { ...claim('cara-age-25'), id: 'b', supersededBy: 'a' };
    expect(claimsOvertaking(a, [a, b]).map((c) => c.id)).toEqual(['b']);
  });
});
