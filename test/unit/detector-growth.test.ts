/**
 * The detector at many people (issue 13): the scan split by first token, the shared handle stems in the prefilter and
 * the verdicts shared between owners of one short name give the answers one pattern of every name gave.
 */
import { describe, expect, it } from 'vitest';
import peopleJson from '../../data/people.json';
import type { Person } from '../../utils/dataset/types';
import { collectCandidates, compileDetector, createPageContext, findMentionsInText } from '../../utils/detector';
import { canonicalKey } from '../../utils/detector/case-fold';
import { verdictsFor } from '../../utils/detector/owner-verdicts';
import type { ShortNameOwner } from '../../utils/detector/types';
import { generatePage } from '../../bench/lib/pages';
import { syntheticPeople } from '../../bench/lib/synthetic-people';

const PEOPLE = peopleJson as unknown as Person[];

function person(id: string, name: string, extra: Partial<Person> = {}): Person {
  return { id, name, description: '', fullNames: [name], partVariants: {}, shortNames: [name.split(' ').pop()!], namesakes: [], handles: [], ...extra };
}

const forms = (text: string, people: Person[]) =>
  collectCandidates(text, compileDetector(people)).map((candidate) => `${candidate.kind}:${text.slice(candidate.start, candidate.end)}:${'person' in candidate ? candidate.person : ''}`);

describe('scan by first token', () => {
  it('tells apart people who share a first name, and a first name from a full name', () => {
    const people = [person('james-white', 'James White'), person('james-young', 'James Young'), person('james-hill', 'James Hill', { shortNames: ['James'] })];
    expect(forms('James Young met James White and James.', people)).toEqual([
      'full:James Young:james-young',
      'full:James White:james-white',
      'short:James:',
    ]);
  });

  it('keeps the data order when two people share a full name, as one alternation did', () => {
    const people = [person('first-hill', 'Alex Hill'), person('second-hill', 'Alex Hill')];
    expect(forms('Alex Hill spoke.', people)).toEqual(['full:Alex Hill:first-hill']);
  });

  it('finds a full name through a variant of its first part that starts with another token', () => {
    const people = [person('cara', 'Cara Test', { partVariants: { Cara: ['Kara'] } })];
    expect(forms('Kara Test and CARA\nTEST', people)).toEqual(['full:Kara Test:cara', 'full:CARA\nTEST:cara']);
  });

  it('matches hyphen and apostrophe variants and case as the regexes do', () => {
    const people = [person('anne-marie', "Anne-Marie O'Neil")];
    expect(forms('ANNE\u2011MARIE O\u2019NEIL', people)).toEqual(['full:ANNE\u2011MARIE O\u2019NEIL:anne-marie']);
    expect(canonicalKey('µ')).toBe(canonicalKey('μ'));
    expect('µ'.toLowerCase()).not.toBe('μ'.toLowerCase());
    expect(canonicalKey('Paris \n  Jackson')).toBe('PARIS JACKSON');
    expect(canonicalKey('ß')).not.toBe(canonicalKey('SS'));
  });

  it('finds a name whose letters fold together only under case-insensitive matching (µ and μ)', () => {
    const people = [person('mu', 'Μµra Test')];
    expect(forms('μΜRA TEST', people)).toEqual(['full:μΜRA TEST:mu']);
  });

  it('keeps a handle to the sign it is listed with when stems are shared in the prefilter', () => {
    const people = [person('ab', 'Abe Bee', { handles: ['@abebee', '#abebee', '@onlyat'] })];
    expect(forms('@abebee #abebee @onlyat #onlyat', people)).toEqual(['handle:@abebee:ab', 'handle:#abebee:ab', 'handle:@onlyat:ab']);
  });

  it('marks the same mentions of the real people on the bench page with 100 made-up people added', () => {
    const text = generatePage({ name: '50k', textChars: 50_000, seed: 7 }).html.split(/<[^>]*>/).join('\u2029');
    const marks = (people: Person[]) => findMentionsInText(text, compileDetector(people), createPageContext(), 'en').map((m) => `${m.start}:${m.person}`);
    const real = marks(PEOPLE);
    expect(real.length).toBeGreaterThan(5);
    expect(marks(syntheticPeople(PEOPLE, 100))).toEqual(real);
  });
});

describe('verdicts shared between owners', () => {
  const owners: ShortNameOwner[] = [
    { person: 'a', key: 'white', isSurname: true },
    { person: 'b', key: 'white', isSurname: true },
    { person: 'c', key: 'white', isSurname: false },
  ];

  it('judges once per group of owners alike in the fields read', () => {
    const judged: string[] = [];
    const verdicts = verdictsFor(owners, (owner) => {
      judged.push(owner.key);
      return owner.isSurname ? 'surname' : 'given';
    });
    expect(verdicts).toEqual(['surname', 'surname', 'given']);
    expect(judged).toHaveLength(2);
  });

  it('judges every owner when the verdict reads the person', () => {
    const verdicts = verdictsFor(owners, (owner) => owner.person);
    expect(verdicts).toEqual(['a', 'b', 'c']);
  });
});
