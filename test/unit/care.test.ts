import { describe, expect, it } from 'vitest';
import { arrangeClaims, countByTopic, HELP_LINE, isHidden, questionsFor, sidesInCareOrder } from '../../utils/care';
import { claimsAbout } from '../../utils/dataset/queries';
import { dataset } from '../../utils/dataset/bundled';
import type { Claim, Evidence } from '../../utils/dataset/types';
import type { StatusId } from '../../utils/statuses';
import type { TopicId } from '../../utils/topics';

const evidence = (basis: Evidence['basis'], says?: string): Evidence => ({
  source: 'a',
  quote: 'a quote long enough to stand on its own',
  attribution: basis === 'statement' ? 'her, in an interview' : 'an outlet',
  origin: basis === 'statement' ? 'Her' : 'Outlet',
  basis,
  ...(says ? { says } : {}),
});
const claim = (id: string, topics: TopicId[], status: StatusId = 'single-source', evidenceList = [evidence('outlet-report')]): Claim => ({
  id,
  about: ['p'],
  text: `Claim ${id} is one neutral sentence.`,
  topics,
  status,
  significance: 2,
  evidence: evidenceList,
});

describe('arrangeClaims: the care rules as a table', () => {
  const cases: Array<[string, Claim[], TopicId[], string[], string[], number]> = [
    ['nothing sensitive: the order given', [claim('a', ['relationship']), claim('b', ['career'])], [], ['a', 'b'], [], 0],
    ['self-harm never first: behind the note', [claim('s', ['self-harm', 'mental-health'], 'on-record'), claim('a', ['relationship'])], [], ['a'], ['s'], 0],
    ['self-harm only: an empty list, one claim behind the note', [claim('s', ['self-harm'])], [], [], ['s'], 0],
    ['a hidden topic leaves its claims out, counted', [claim('a', ['relationship']), claim('b', ['career', 'relationship']), claim('c', ['career'])], ['relationship'], ['c'], [], 2],
    ['hiding self-harm removes it from the note too', [claim('s', ['self-harm']), claim('a', ['career'])], ['self-harm'], ['a'], [], 1],
    [
      'sexuality: her own words lead, in the places sexuality claims held',
      [claim('x', ['sexuality'], 'disputed'), claim('r', ['relationship']), claim('y', ['sexuality'], 'single-source'), claim('o', ['sexuality'], 'on-record')],
      [],
      ['o', 'r', 'x', 'y'],
      [],
      0,
    ],
    ['sexuality hidden: none of it', [claim('x', ['sexuality']), claim('o', ['sexuality'], 'on-record')], ['sexuality'], [], [], 2],
  ];
  it.each(cases)('%s', (_name, claims, hidden, shown, behindNote, hiddenCount) => {
    const arranged = arrangeClaims(claims, hidden);
    expect(arranged.shown.map((c) => c.id)).toEqual(shown);
    expect(arranged.behindNote.map((c) => c.id)).toEqual(behindNote);
    expect(arranged.hiddenCount).toBe(hiddenCount);
  });

  it('on the shipped data: no card and no popup list starts with, or lists, a self-harm claim', () => {
    for (const person of [...dataset.people.map((p) => p.id), 'all']) {
      const arranged = arrangeClaims(claimsAbout(dataset.claims, person));
      expect(arranged.shown.some((c) => c.topics.includes('self-harm')), person).toBe(false);
      if (person !== 'cara-delevingne') expect(arranged.behindNote.map((c) => c.id)).toEqual(['suicide-attempts-and-self-harm']);
    }
  });

  it("on the shipped data: Cara's first sexuality claim is her own words, the disputed labels after them", () => {
    const sexuality = arrangeClaims(claimsAbout(dataset.claims, 'cara-delevingne')).shown.filter((c) => c.topics.includes('sexuality'));
    expect(sexuality[0]!.status).toBe('on-record');
    expect(sexuality.map((c) => c.status).indexOf('disputed')).toBeGreaterThan(sexuality.map((c) => c.status).lastIndexOf('on-record'));
  });

  it('isHidden: any one hidden topic hides the claim', () => {
    expect(isHidden({ topics: ['family', 'sexuality'] }, ['sexuality'])).toBe(true);
    expect(isHidden({ topics: ['family'] }, ['sexuality'])).toBe(false);
    expect(isHidden({ topics: ['family'] }, [])).toBe(false);
  });
});

describe('sidesInCareOrder', () => {
  it('on a sexuality claim, her statements first and every other side a label others used', () => {
    const sides = sidesInCareOrder(claim('x', ['sexuality'], 'disputed', [evidence('outlet-report', 'A label.'), evidence('statement', 'Her words.')]));
    expect(sides.map((s) => [s.evidence.says, s.labelByOthers])).toEqual([
      ['Her words.', false],
      ['A label.', true],
    ]);
  });
  it('elsewhere, the order given and no label', () => {
    const sides = sidesInCareOrder(claim('x', ['relationship'], 'disputed', [evidence('outlet-report', 'A.'), evidence('statement', 'B.')]));
    expect(sides.map((s) => [s.evidence.says, s.labelByOthers])).toEqual([
      ['A.', false],
      ['B.', false],
    ]);
  });
  it("on the shipped data: cara-sexuality-label's heading 'openly bisexual' is the one label by others, shown last", () => {
    const sides = sidesInCareOrder(dataset.claims.find((c) => c.id === 'cara-sexuality-label')!);
    expect(sides.filter((s) => s.labelByOthers).map((s) => s.evidence.says)).toEqual(['She is openly bisexual.']);
    expect(sides[sides.length - 1]!.labelByOthers).toBe(true);
  });
});

describe('questionsFor', () => {
  it('keeps only the claims shown, and drops a question left with none', () => {
    const a = claim('a', ['relationship']);
    const questions = [
      { id: 'q1', about: ['p'], question: 'One?', claims: ['a', 'gone'] },
      { id: 'q2', about: ['p'], question: 'Two?', claims: ['gone'] },
    ];
    expect(questionsFor(questions, [a])).toEqual([{ question: questions[0], claims: [a] }]);
  });
  it('on the shipped data, every question of each card has a claim to point at', () => {
    for (const person of dataset.people) {
      const about = dataset.openQuestions.filter((q) => q.about.includes(person.id));
      expect(questionsFor(about, arrangeClaims(claimsAbout(dataset.claims, person.id)).shown)).toHaveLength(about.length);
    }
  });
});

describe('countByTopic and the help line', () => {
  it('counts a two-topic claim in both, every topic present', () => {
    const counts = countByTopic([claim('a', ['family', 'sexuality']), claim('b', ['family'])]);
    expect(counts.family).toBe(2);
    expect(counts.sexuality).toBe(1);
    expect(counts.career).toBe(0);
  });
  it('the help line is text, no link to fetch: it names where to look', () => {
    expect(HELP_LINE).toMatch(/findahelpline\.com/);
    expect(HELP_LINE).not.toMatch(/https?:/);
  });
});
