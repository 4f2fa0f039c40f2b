/**
 * Property-based tests of the pure detector over generated strings: it never throws, every mention is a real
 * slice of the text, results are ordered, disjoint and deterministic, and a full name alone in its block is always
 * found. Bounded for CI: a fixed seed and run count (FUZZ_SEED / FUZZ_RUNS override them for a longer local hunt).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import peopleJson from '../../data/people.json';
import type { Person } from '../../utils/dataset/types';
import { BLOCK_SEPARATOR, collectCandidates, compileDetector, createPageContext, findMentionsInText } from '../../utils/detector';

const PEOPLE = peopleJson as unknown as Person[];
const DETECTOR = compileDetector(PEOPLE);
const PERSON_IDS = new Set(PEOPLE.map((person) => person.id));
const FORMS = new Set(['full', 'short', 'handle']);
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);

/** Pieces that make the detector work: names and their parts, namesakes, handles, joiners and hard characters. */
const TOKENS = [
  ...PEOPLE.flatMap((person) => [...person.fullNames, ...person.shortNames, ...person.namesakes, ...person.handles]),
  ...PEOPLE.flatMap((person) => Object.values(person.partVariants).flat()),
  'Ms.', 'Miss', 'Mr.', 'in', 'the', 'Jacksons', "'s", '’s', '’', "'", '-', '—', '.', ',', ':', '(', ')', '"', '“', '”',
  ' ', '  ', '\u00a0', '\t', '\n', '\r\n', BLOCK_SEPARATOR, '\u00ad', '\u200b', '\u200d', '\u2060', '\ufeff',
  'İ', 'ı', 'ß', 'ﬀ', 'Ǆ', 'é', 'e\u0301', '👩‍👩‍👧', '\ud800', '\udc00', 'עברית', 'عربي', '\u202e', '\u0000', 'PARIS', 'cara',
];

const token = fc.constantFrom(...TOKENS);

/** Text built from TOKENS and arbitrary unicode, so names appear often, in odd company, and at the very end. */
const pageText = fc
  .tuple(
    fc.array(fc.oneof({ weight: 4, arbitrary: token }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) }), { maxLength: 60 }),
    fc.option(token),
  )
  .map(([parts, last]) => parts.join('') + (last ?? ''));

describe('detector fuzzing', () => {
  it('never throws; every candidate and mention lies inside the text', () => {
    fc.assert(
      fc.property(pageText, (text) => {
        for (const candidate of collectCandidates(text, DETECTOR)) {
          expect(candidate.start).toBeGreaterThanOrEqual(0);
          expect(candidate.end).toBeGreaterThan(candidate.start);
          expect(candidate.end).toBeLessThanOrEqual(text.length);
        }
        const mentions = findMentionsInText(text, DETECTOR, createPageContext());
        let previousEnd = 0;
        for (const mention of mentions) {
          expect(mention.start).toBeGreaterThanOrEqual(previousEnd);
          expect(mention.end).toBeGreaterThan(mention.start);
          expect(mention.end).toBeLessThanOrEqual(text.length);
          expect(mention.text).toHaveLength(mention.end - mention.start);
          expect(text.slice(mention.start, mention.end)).toBe(mention.text);
          expect(PERSON_IDS.has(mention.person)).toBe(true);
          expect(FORMS.has(mention.form)).toBe(true);
          // A mention never runs from one block into the next.
          expect(mention.text.includes(BLOCK_SEPARATOR)).toBe(false);
          previousEnd = mention.end;
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('keeps a short name at the very end of the text inside the text (possessive check past the end)', () => {
    // Found by the property above: possessiveEnd() reads '' past the end, and "'\u2019".includes('') is true.
    const text = 'Paris Jackson landed. Welcome back, Paris';
    const mentions = findMentionsInText(text, DETECTOR, createPageContext());
    expect(mentions.at(-1)).toEqual({ person: 'paris-jackson', start: text.length - 5, end: text.length, text: 'Paris', form: 'short' });
  });

  it('is deterministic: the same text on a fresh page gives the same mentions', () => {
    fc.assert(
      fc.property(pageText, (text) => {
        const first = findMentionsInText(text, DETECTOR, createPageContext());
        expect(findMentionsInText(text, DETECTOR, createPageContext())).toEqual(first);
      }),
      { seed: SEED, numRuns: RUNS / 4 },
    );
  });

  it('always finds a full name that stands alone in its block, whatever the blocks around it say', () => {
    const fullName = fc.constantFrom(...PEOPLE.flatMap((person) => person.fullNames.map((name) => ({ name, person: person.id }))));
    fc.assert(
      fc.property(pageText, fullName, pageText, (before, { name, person }, after) => {
        const text = `${before}${BLOCK_SEPARATOR}${name}${BLOCK_SEPARATOR}${after}`;
        const start = before.length + 1;
        const mentions = findMentionsInText(text, DETECTOR, createPageContext());
        expect(mentions).toContainEqual({ person, start, end: start + name.length, text: name, form: 'full' });
      }),
      { seed: SEED, numRuns: RUNS / 2 },
    );
  });

  it('handles a huge block and a text of separators only', () => {
    const huge = `${'Paris Jackson, Cara Delevingne and '.repeat(20_000)}${'x'.repeat(100_000)}`;
    const mentions = findMentionsInText(huge, DETECTOR, createPageContext());
    expect(mentions).toHaveLength(40_000);
    expect(mentions.at(-1)).toMatchObject({ person: 'cara-delevingne', text: 'Cara Delevingne' });
    expect(findMentionsInText(BLOCK_SEPARATOR.repeat(10_000), DETECTOR, createPageContext())).toEqual([]);
  });
});
