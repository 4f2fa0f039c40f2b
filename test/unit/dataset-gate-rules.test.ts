/**
 * Rules data/README.md states that only tests used to check, now in the gate: each broken copy of the real dataset
 * is rejected with file, record, field and reason. (Before, `npm run dataset` and the build accepted all of these.)
 */
import { describe, expect, it } from 'vitest';
import { CLAIM_TEXT_MAX } from '../../utils/dataset/schema/claim-text';
import { claimOf, problemsAfter, type Editable } from './support/broken-dataset';

const CLAIMS = 'data/claims.json: claim';
const QUESTIONS = 'data/open-questions.json: question';

describe('claim text: one neutral sentence', () => {
  it('rejects tabloid tone, naming every way it fails', () => {
    expect(problemsAfter((d) => (claimOf(d, 'kiss-photographed').text = 'WOW they kissed!!'))).toEqual([
      `${CLAIMS} "kiss-photographed" field text: not one neutral sentence: 17 characters (20 to 250); does not end with one full stop; "!" or "?" outside a quotation; all-caps "WOW" (not a known acronym)`,
    ]);
  });

  it.each([
    ['We think they kissed outside the steakhouse.', 'first or second person "We"'],
    ['Paris said you should not label her at all.', 'first or second person "you"'],
    ['They kissed. Then they hugged outside the steakhouse.', 'more than one sentence'],
    ['they kissed outside the steakhouse in Los Angeles.', 'does not start with a capital letter'],
    ['Did they kiss outside the steakhouse in Los Angeles?', 'does not end with one full stop; "!" or "?" outside a quotation'],
    ['They kissed outside the steakhouse in Los Angeles..', 'does not end with one full stop'],
    [`They kissed${' and kissed'.repeat(25)}.`, `characters (20 to ${CLAIM_TEXT_MAX})`],
  ])('rejects %j', (text, reason) => {
    const problems = problemsAfter((d) => (claimOf(d, 'kiss-photographed').text = text));
    expect(problems).toEqual([expect.stringContaining(`${CLAIMS} "kiss-photographed" field text: not one neutral sentence: `)]);
    expect(problems[0]).toContain(reason);
  });

  it('exempts quoted words, known acronyms and outlet names with "!"', () => {
    expect(() =>
      problemsAfter((d) => {
        claimOf(d, 'kiss-photographed').text = 'E! News said the MTV photos showed a caption reading "WOW I love you!".';
      }),
    ).toThrow('the broken dataset was accepted');
  });
});

describe('evidence', () => {
  it('rejects a quote too short to stand alone', () => {
    expect(problemsAfter((d) => (claimOf(d, 'andrei-gillott').evidence[0].quote = 'Gillott even'))).toEqual([
      `${CLAIMS} "andrei-gillott" field evidence[0].quote: 12 characters: too short to stand alone (25 or more)`,
    ]);
  });

  it('rejects an origin that is not canonical', () => {
    expect(problemsAfter((d) => (claimOf(d, 'andrei-gillott').evidence[0].origin = 'Us Weekly'))).toEqual([
      expect.stringMatching(/^data\/claims\.json: claim "andrei-gillott" field evidence\[0\]\.origin: "Us Weekly" is not a canonical origin \(E! News, People, .*Paris Jackson, Cara Delevingne, or the source's own id\)$/),
    ]);
  });

  it('rejects a statement from someone the claim is not about', () => {
    expect(problemsAfter((d) => (claimOf(d, 'cara-annoyed-when-assumed-gay').evidence[0].origin = 'Paris Jackson'))).toEqual([
      `${CLAIMS} "cara-annoyed-when-assumed-gay" field evidence[0].origin: a statement comes from a person the claim is about (Cara Delevingne), not "Paris Jackson"`,
    ]);
  });
});

describe('topics', () => {
  it('rejects a claim without topics, with none, or with an unknown one', () => {
    const problems = problemsAfter((d) => {
      delete claimOf(d, 'kiss-photographed').topics;
      claimOf(d, 'kiss-location').topics = [];
      claimOf(d, 'cara-age-25').topics = ['biography', 'gossip'];
    });
    expect(problems).toEqual([
      `${CLAIMS} "kiss-photographed" field topics: missing`,
      `${CLAIMS} "kiss-location" field topics: expected a non-empty array of topic ids`,
      expect.stringMatching(/^data\/claims\.json: claim "cara-age-25" field topics\[1\]: "gossip" is not a topic id \(relationship, sexuality, /),
    ]);
  });
});

describe('care', () => {
  it('rejects a self-harm claim whose own text gives a method', () => {
    const problems = problemsAfter((d) => {
      claimOf(d, 'suicide-attempts-and-self-harm').text = 'Paris told Rolling Stone that she attempted suicide three times, once with pills.';
    });
    expect(problems).toEqual([
      `${CLAIMS} "suicide-attempts-and-self-harm" field text: a self-harm claim names a method or place ("pills"); WHO media guidance: no detail of method`,
    ]);
  });
});

describe('articles and their paragraphs', () => {
  it('rejects a paragraph neither cited nor listed as carrying none', () => {
    expect(problemsAfter((d) => (d.sources[0].uncitedParagraphs = []))).toEqual([
      'data/sources.json: source "article-000" field uncitedParagraphs: paragraph 1 of data/sources/article-000.txt ("date 2018-03-24 Jackson and Delevingne seem to have gotten v...") is neither cited by a claim\'s quote nor listed as carrying none',
    ]);
  });

  it('rejects a paragraph both cited and listed, and one listed twice', () => {
    const problems = problemsAfter((d) => {
      d.sources[0].uncitedParagraphs.push({ startsWith: 'Paris Jackson and Cara Delevingne were spotted kissing', reason: 'not really filler' });
      d.sources[0].uncitedParagraphs.push({ startsWith: 'date 2018-03-24', reason: 'date line again' });
    });
    expect(problems).toEqual([
      expect.stringMatching(/^data\/sources\.json: source "article-000" field uncitedParagraphs\[2\]: paragraph 1 of .* is listed twice \(also uncitedParagraphs\[0\]\)$/),
      expect.stringMatching(/^data\/sources\.json: source "article-000" field uncitedParagraphs\[1\]: paragraph 2 of .* is cited by a claim's quote yet listed as carrying none$/),
    ]);
  });

  it('rejects an uncited paragraph without a reason worth the name', () => {
    expect(problemsAfter((d) => (d.sources[0].uncitedParagraphs[0].reason = 'date'))).toEqual([
      'data/sources.json: source "article-000" field uncitedParagraphs[0].reason: too short to say why the paragraph carries no claim (6 characters or more)',
    ]);
  });

  it("rejects a headline that is not the article's own", () => {
    expect(problemsAfter((d) => (d.sources[1].headline = 'Paris and Cara: the whole story'))).toEqual([
      'data/sources.json: source "article-001" field headline: not found verbatim in data/sources/article-001.txt',
    ]);
  });

  it('finds every problem at once: an uncited paragraph, a 12-character quote and a tabloid claim text', () => {
    const problems = problemsAfter((d) => {
      d.sources[0].uncitedParagraphs = [];
      claimOf(d, 'andrei-gillott').evidence[0].quote = 'Gillott even';
      claimOf(d, 'kiss-photographed').text = 'WOW they kissed!!';
    });
    expect(problems.map((problem) => problem.split(':').slice(0, 2).join(':'))).toEqual([
      'data/sources.json: source "article-000" field uncitedParagraphs',
      'data/claims.json: claim "kiss-photographed" field text',
      'data/claims.json: claim "andrei-gillott" field evidence[0].quote',
    ]);
  });
});

describe('supersededBy', () => {
  it('is accepted when a later article overtook the claim', () => {
    expect(() => problemsAfter(() => undefined)).toThrow('the broken dataset was accepted');
  });

  it('rejects an unknown claim and the claim itself', () => {
    const problems = problemsAfter((d) => {
      claimOf(d, 'paris-orientation-not-discussed').supersededBy = 'nobody-said-this';
      claimOf(d, 'cara-age-25').supersededBy = 'cara-age-25';
    });
    expect(problems).toEqual([
      `${CLAIMS} "paris-orientation-not-discussed" field supersededBy: unknown claim "nobody-said-this"`,
      `${CLAIMS} "cara-age-25" field supersededBy: a claim cannot supersede itself`,
    ]);
  });

  it('rejects a claim about someone else, and one that is not newer', () => {
    const problems = problemsAfter((d) => {
      claimOf(d, 'paris-orientation-not-discussed').supersededBy = 'cara-demolish-labels';
      claimOf(d, 'paris-rejects-bisexual-label').supersededBy = 'michael-snoddy-relationship';
    });
    expect(problems).toEqual([
      `${CLAIMS} "paris-orientation-not-discussed" field supersededBy: "cara-demolish-labels" is not about paris-jackson, as this claim is`,
      `${CLAIMS} "paris-orientation-not-discussed" field supersededBy: "cara-demolish-labels" (as of no date) is not newer than this claim (as of 2018-03-24)`,
      `${CLAIMS} "paris-rejects-bisexual-label" field supersededBy: "michael-snoddy-relationship" (as of 2018-03-24) is not newer than this claim (as of 2018-07)`,
    ]);
  });
});

describe('open questions', () => {
  const question = (d: Editable, id: string): { about: string[]; question: string; claims: string[] } =>
    d.openQuestions.find((q) => q.id === id);

  it('rejects unknown claims and people, and a claim not about all its people', () => {
    const problems = problemsAfter((d) => {
      question(d, 'where-was-the-kiss').claims.push('no-such-claim');
      question(d, 'andrei-gillott-relationship').claims.push('cara-age-25');
      question(d, 'culkin-partner').about = ['paris-jackson', 'paris-hilton'];
    });
    expect(problems).toEqual([
      `${QUESTIONS} "where-was-the-kiss" field claims[2]: unknown claim "no-such-claim"`,
      `${QUESTIONS} "culkin-partner" field about[1]: unknown person "paris-hilton"`,
      `${QUESTIONS} "culkin-partner" field claims[0]: "culkin-partner-name" is not about paris-hilton`,
      `${QUESTIONS} "andrei-gillott-relationship" field claims[2]: "cara-age-25" is not about paris-jackson`,
    ]);
  });

  it('rejects a question that rests on no disputed, single-source or speculation claim', () => {
    expect(problemsAfter((d) => (question(d, 'where-was-the-kiss').claims = ['kiss-photographed']))).toEqual([
      `${QUESTIONS} "where-was-the-kiss" field claims: no claim behind it is disputed, single-source, speculation (found documented): nothing is left open`,
    ]);
  });

  it('rejects a question that is not one', () => {
    expect(problemsAfter((d) => (question(d, 'culkin-partner').question = 'Culkin was there.'))).toEqual([
      `${QUESTIONS} "culkin-partner" field question: expected a question ending with "?"`,
    ]);
  });
});
