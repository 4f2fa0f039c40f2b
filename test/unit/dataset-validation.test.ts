/** Deliberately broken copies of the real dataset must be rejected, each problem named by file, id, field, reason. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDatasetFromDir } from '../../scripts/lib/read-dataset';
import { DatasetError, validateDataset } from '../../utils/dataset/validate';
import { claimOf, dataDir, freshInput, problemsAfter, toInput } from './support/broken-dataset';

describe('validateDataset on the real data', () => {
  it('accepts it, and forgives curly versus straight quote marks and spacing in quotes', () => {
    const input = freshInput();
    const evidence = claimOf(input, 'slow-dance-and-kiss-account').evidence[0];
    evidence.quote = evidence.quote.replace(/[“”]/g, '"').replace(/’/g, "'").replace(/ /g, '  ');
    expect(validateDataset(toInput(input)).claims).toHaveLength(input.claims.length);
  });
});

describe('validateDataset rejects', () => {
  it('a status that is not a status id', () => {
    expect(problemsAfter((d) => (claimOf(d, 'kiss-location').status = 'rumour'))).toEqual([
      expect.stringMatching(/^data\/claims\.json: claim "kiss-location" field status: "rumour" is not a status id/),
    ]);
  });

  it('an unknown source', () => {
    expect(problemsAfter((d) => (claimOf(d, 'dalston-holding-hands').evidence[0].source = 'article-999'))).toEqual([
      'data/claims.json: claim "dalston-holding-hands" field evidence[0].source: unknown source "article-999"',
    ]);
  });

  it('an unknown person', () => {
    expect(problemsAfter((d) => (claimOf(d, 'cara-age-25').about = ['paris-hilton']))).toEqual([
      'data/claims.json: claim "cara-age-25" field about[0]: unknown person "paris-hilton"',
    ]);
  });

  it('a quote that is not verbatim', () => {
    const problems = problemsAfter((d) => {
      claimOf(d, 'kiss-location').evidence[1].quote = 'they were spotted kissing in public in London';
    });
    expect(problems).toEqual([
      'data/claims.json: claim "kiss-location" field evidence[1].quote: not found verbatim in data/sources/article-001.txt',
    ]);
  });

  it('a quote from the wrong article', () => {
    const problems = problemsAfter((d) => (claimOf(d, 'cara-age-25').evidence[0].source = 'article-002'));
    expect(problems).toContain(
      'data/claims.json: claim "cara-age-25" field evidence[0].quote: not found verbatim in data/sources/article-002.txt',
    );
  });

  it('duplicate ids of claims, sources and people', () => {
    const problems = problemsAfter((d) => {
      d.claims.push(structuredClone(claimOf(d, 'kiss-location')));
      d.sources.push({ ...structuredClone(d.sources[0]) });
      d.people.push(structuredClone(d.people[1]));
    });
    expect(problems).toEqual([
      'data/people.json: person "cara-delevingne" field id: duplicate id "cara-delevingne"',
      'data/sources.json: source "article-000" field id: duplicate id "article-000"',
      'data/claims.json: claim "kiss-location" field id: duplicate id "kiss-location"',
    ]);
  });

  it('missing fields, each named', () => {
    const problems = problemsAfter((d) => {
      delete claimOf(d, 'split-june-2018').text;
      delete claimOf(d, 'split-june-2018').evidence[0].attribution;
      delete d.sources[1].author;
      delete d.people[0].namesakes;
    });
    expect(problems).toEqual([
      'data/people.json: person "paris-jackson" field namesakes: missing',
      'data/sources.json: source "article-001" field author: missing (use null when the article does not say)',
      'data/claims.json: claim "split-june-2018" field text: missing',
      'data/claims.json: claim "split-june-2018" field evidence[0].attribution: missing',
    ]);
  });

  it('a corroborated claim whose two evidence entries share one origin', () => {
    const problems = problemsAfter((d) => (claimOf(d, 'trips-to-italy-and-prague').evidence[0].origin = 'The Sun'));
    expect(problems).toEqual([
      expect.stringMatching(
        /^data\/claims\.json: claim "trips-to-italy-and-prague" field status: status "corroborated" is not earned: the evidence earns "single-source" \(one origin only: The Sun\)$/,
      ),
    ]);
  });

  it('a single-source claim with an on-record statement', () => {
    const problems = problemsAfter((d) => {
      claimOf(d, 'split-june-2018').evidence.push({
        source: 'article-002',
        quote: 'Cara and I were never officially exclusive, you guys made that up.',
        attribution: 'Paris on Twitter',
        origin: 'Paris Jackson',
        basis: 'statement',
      });
    });
    expect(problems).toEqual([expect.stringMatching(/claim "split-june-2018" field status: .*earns "on-record"/)]);
  });

  it('speculation dressed up as a report', () => {
    const problems = problemsAfter((d) => (claimOf(d, 'family-pushed-end-of-romance').status = 'single-source'));
    expect(problems).toEqual([expect.stringMatching(/claim "family-pushed-end-of-romance" field status: .*earns "speculation"/)]);
  });

  it('a dispute with a side that does not say what it says', () => {
    const problems = problemsAfter((d) => delete claimOf(d, 'culkin-partner-name').evidence[2].says);
    expect(problems).toEqual([
      'data/claims.json: claim "culkin-partner-name" field status: no status is earned: evidence[2] has no "says" although other entries do',
    ]);
  });

  it('the same report quoted twice from one article', () => {
    const problems = problemsAfter((d) => {
      const evidence = claimOf(d, 'no-plans-to-settle-down').evidence;
      evidence.push({ ...evidence[0], quote: 'A source told People, "They have a flirty friendship' });
    });
    expect(problems).toEqual([
      'data/claims.json: claim "no-plans-to-settle-down" field evidence[2]: same source and origin as evidence[0]; keep one quote per article and origin',
    ]);
  });

  it("an origin that is another article's id", () => {
    const problems = problemsAfter((d) => (claimOf(d, 'andrei-gillott').evidence[0].origin = 'article-000'));
    expect(problems).toContainEqual(expect.stringMatching(/claim "andrei-gillott" field evidence\[0\]\.origin: "article-000" is another article's id/));
  });

  it('malformed dates, ids, significance, basis and unknown fields', () => {
    const problems = problemsAfter((d) => {
      claimOf(d, 'split-june-2018').date = '2018-13';
      claimOf(d, 'ledge-video').date = 'March 2018';
      claimOf(d, 'cara-age-25').id = 'Cara_Age';
      claimOf(d, 'kiss-photographed').significance = 4;
      claimOf(d, 'andrei-gillott').evidence[0].basis = 'gossip';
      claimOf(d, 'kiss-location').evidence[0].sayss = 'typo';
      d.sources[0].date = '24 March 2018';
    });
    expect(problems).toEqual([
      'data/sources.json: source "article-000" field date: "24 March 2018" is not a YYYY-MM-DD date',
      'data/claims.json: claim "kiss-photographed" field significance: expected 1, 2 or 3',
      expect.stringMatching(/^data\/claims\.json: claim "kiss-location" field evidence\[0\]\.sayss: unknown field/),
      expect.stringMatching(/^data\/claims\.json: claim "andrei-gillott" field evidence\[0\]\.basis: "gossip" is not one of statement, /),
      'data/claims.json: claim "split-june-2018" field date: "2018-13" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)',
      'data/claims.json: claim "ledge-video" field date: "March 2018" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)',
      'data/claims.json: claim "Cara_Age" field id: "Cara_Age" is not a kebab-case id',
    ]);
  });

  it('people fields of the wrong type (their content is not judged)', () => {
    const problems = problemsAfter((d) => {
      d.people[0].handles = '@parisjackson';
      d.people[1].partVariants = { Cara: 'Cöru' };
      d.people[1].name = '';
    });
    expect(problems).toEqual([
      'data/people.json: person "paris-jackson" field handles: expected an array of strings',
      'data/people.json: person "cara-delevingne" field name: expected a non-empty string',
      'data/people.json: person "cara-delevingne" field partVariants.Cara: expected an array of strings',
    ]);
  });

  it('a source whose article file is missing, and an uncited paragraph that does not exist', () => {
    const problems = problemsAfter((d) => {
      d.sources[2].file = 'article-009.txt';
      d.sources[1].uncitedParagraphs.push({ startsWith: 'Paragraph that is not there', reason: 'filler' });
    });
    expect(problems).toEqual([
      'data/sources.json: source "article-001" field uncitedParagraphs[17].startsWith: no paragraph of data/sources/article-001.txt starts with this text',
      'data/sources.json: source "article-002" field file: data/sources/article-009.txt does not exist',
    ]);
  });

  it('a file that is not an array, and entries that are not objects', () => {
    const problems = problemsAfter((d) => {
      (d as { claims: unknown }).claims = { claims: [] };
      d.people.push('someone');
    });
    expect(problems).toEqual([
      'data/people.json: person #2: expected an object',
      'data/claims.json: expected an array of claim entries',
    ]);
  });

  it('with every problem reported at once, under the data folder it is given', () => {
    const problems = problemsAfter((d) => {
      claimOf(d, 'kiss-location').status = 'rumour';
      claimOf(d, 'cara-age-25').about = ['nobody'];
      d.people[0].handles = null;
    }, 'elsewhere/data');
    expect(problems).toHaveLength(3);
    expect(problems.every((p) => p.startsWith('elsewhere/data/'))).toBe(true);
  });
});

describe('loadDatasetFromDir', () => {
  let tempDir: string | undefined;
  afterEach(() => {
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
    tempDir = undefined;
  });

  function brokenCopy(edit: (dir: string) => void): string {
    tempDir = mkdtempSync(join(tmpdir(), 'rumor-data-'));
    cpSync(dataDir, tempDir, { recursive: true });
    edit(tempDir);
    return tempDir;
  }

  it('reads and validates the real folder', () => {
    expect(loadDatasetFromDir(dataDir).sources.map((s) => s.id)).toEqual(['article-000', 'article-001', 'article-002']);
  });

  it('names the file when its JSON does not parse, and every such file', () => {
    const dir = brokenCopy((d) => {
      writeFileSync(join(d, 'claims.json'), '[{"id": "kiss-location",]');
      writeFileSync(join(d, 'people.json'), '');
    });
    expect(() => loadDatasetFromDir(dir)).toThrow(DatasetError);
    try {
      loadDatasetFromDir(dir);
    } catch (error) {
      expect((error as DatasetError).problems).toEqual([
        expect.stringMatching(new RegExp(`^${dir}/people\\.json: invalid JSON: `)),
        expect.stringMatching(new RegExp(`^${dir}/claims\\.json: invalid JSON: `)),
      ]);
    }
  });

  it('names a missing file and a changed article', () => {
    const dir = brokenCopy((d) => rmSync(join(d, 'sources.json')));
    expect(() => loadDatasetFromDir(dir)).toThrow(new RegExp(`^${dir}/sources\\.json: cannot read: `));
    rmSync(dir, { recursive: true, force: true });

    const edited = brokenCopy((d) => {
      const file = join(d, 'sources', 'article-000.txt');
      writeFileSync(file, readFileSync(file, 'utf8').replace('Brenda Song', 'Brenda Strong'));
    });
    expect(() => loadDatasetFromDir(edited)).toThrow(
      `${edited}/claims.json: claim "culkin-partner-name" field evidence[0].quote: not found verbatim in ${edited}/sources/article-000.txt`,
    );
  });
});
