/**
 * The watch's test must be a superset of the detector: wherever the detector marks anything, the watch must have
 * said "maybe", or the page would never load the detector. Checked on generated text, on every labelled page, and on
 * the cases where text reaches the two differently (blocks run together in textContent, invisible characters).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import peopleJson from '../../data/people.json';
import type { Person } from '../../utils/dataset/types';
import { BLOCK_SEPARATOR, compileDetector, createPageContext, findMentionsInText } from '../../utils/detector';
import { mayNameSomeone, nameWatchPattern } from '../../utils/detector/name-watch';
import { mentionsInHtml } from '../../scripts/mentions';
import { bodyTextContent } from '../../scripts/accuracy';

const PEOPLE = peopleJson as unknown as Person[];
const DETECTOR = compileDetector(PEOPLE);
const PATTERN = nameWatchPattern(PEOPLE);

const TOKENS = [
  ...PEOPLE.flatMap((person) => [...person.fullNames, ...person.shortNames, ...person.namesakes, ...person.handles]),
  ...PEOPLE.flatMap((person) => Object.values(person.partVariants).flat()),
  'Ms.', ' ', '  ', '\u00a0', '\n', BLOCK_SEPARATOR, '-', '’s', '\u00ad', '\u200b', '\ufeff', 'İ', 'ß', 'PARIS', 'cara', '@', '#',
];
const pageText = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...TOKENS) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) }), { maxLength: 40 })
  .map((parts) => parts.join(''));

const PAGE_DIRS = ['fixtures/pages', 'corpus/pages/tune', 'corpus/pages/test'].map((dir) => join(import.meta.dirname, '..', dir));

describe('the watch', () => {
  it('says "maybe" for every text in which the detector marks anything (generated text)', () => {
    fc.assert(
      fc.property(pageText, (text) => {
        if (findMentionsInText(text, DETECTOR, createPageContext()).length > 0) expect(mayNameSomeone(text, PATTERN)).toBe(true);
      }),
      { seed: 20261203, numRuns: 3000 },
    );
  });

  it('says "maybe" for every labelled page the detector marks, from the body text as the watch reads it', async () => {
    let pagesWithMarks = 0;
    let pagesWithout = 0;
    for (const dir of PAGE_DIRS) {
      for (const name of readdirSync(dir).filter((file) => file.endsWith('.html'))) {
        const html = readFileSync(join(dir, name), 'utf8');
        const marked = (await mentionsInHtml(html, DETECTOR)).length > 0;
        const maybe = mayNameSomeone(await bodyTextContent(html), PATTERN);
        if (marked) expect(maybe, name).toBe(true);
        if (marked) pagesWithMarks++;
        else if (!maybe) pagesWithout++;
      }
    }
    // Both kinds exist, so the check above is not vacuous and the watch does tell pages apart.
    expect(pagesWithMarks).toBeGreaterThan(40);
    expect(pagesWithout).toBeGreaterThan(3);
  });

  it('reads names the way textContent gives them: blocks run together, invisible characters inside', () => {
    for (const text of ['Paris</p><p>Jackson'.replace(/<[^>]+>/g, ''), 'CARA DELEVINGNE', 'Paris-Michael\nJackson', 'Cara Dele\u00advingne', 'Paris Jack\u200bson', 'follow @caradelevingne', '#ParisJackson']) {
      expect(mayNameSomeone(text, PATTERN), text).toBe(true);
    }
  });

  it('says "no" to the near-misses a page names without naming either person', () => {
    for (const text of ['Paris Hilton flew to Paris to see Michael Jackson', 'Poppy Delevingne and a mascara', 'Jackson, Mississippi; cara mia', '']) {
      expect(mayNameSomeone(text, PATTERN), text).toBe(false);
    }
  });
});
