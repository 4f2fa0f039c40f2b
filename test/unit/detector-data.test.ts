import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import peopleJson from '../../data/people.json';
import type { Person } from '../../utils/dataset/types';
import {
  compileDetector,
  createPageContext,
  findMentionsInText,
  isWordCode,
  originalSpan,
  WORD_CLASS,
  readCandidates,
  recordCandidates,
  resolveCandidates,
} from '../../utils/detector';

const PEOPLE = peopleJson as unknown as Person[];

function person(id: string, name: string, extra: Partial<Person> = {}): Person {
  const parts = name.split(' ');
  return {
    id,
    name,
    description: '',
    fullNames: [name],
    partVariants: {},
    shortNames: [parts[0], parts[parts.length - 1]],
    namesakes: [],
    handles: [],
    ...extra,
  };
}

describe('everything name-specific comes from data', () => {
  it('a third person is a data change', () => {
    const kendall = person('kendall-jenner', 'Kendall Jenner', { namesakes: ['Kylie Jenner'], handles: ['@kendalljenner'] });
    const detector = compileDetector([...PEOPLE, kendall]);
    const text = 'Kendall Jenner met Cara Delevingne. Kylie Jenner stayed home. Jenner later posted @kendalljenner.';
    const mentions = findMentionsInText(text, detector, createPageContext());
    expect(mentions.map((mention) => `${mention.person}:${mention.text}:${mention.form}`)).toEqual([
      'kendall-jenner:Kendall Jenner:full',
      'cara-delevingne:Cara Delevingne:full',
      'kendall-jenner:@kendalljenner:handle',
    ]);
    // "Jenner later posted" is unmarked: "Kylie Jenner", a namesake, is closer than Kendall's full name.
  });

  it('two people sharing a short name: the nearer one takes it', () => {
    const janet = person('janet-jackson', 'Janet Jackson');
    const paris = { ...PEOPLE[0], namesakes: PEOPLE[0].namesakes.filter((name) => name !== 'Janet Jackson') };
    const detector = compileDetector([paris, janet]);
    const text = 'Janet Jackson sang first. Jackson bowed. ' + 'z'.repeat(300) + ' Paris Jackson spoke next. Jackson smiled.';
    const mentions = findMentionsInText(text, detector, createPageContext());
    expect(mentions.map((mention) => `${mention.person}:${mention.text}`)).toEqual([
      'janet-jackson:Janet Jackson',
      'janet-jackson:Jackson',
      'paris-jackson:Paris Jackson',
      'paris-jackson:Jackson',
    ]);
  });

  it('a person with no short names, variants or handles compiles and matches only the full name', () => {
    const detector = compileDetector([{ ...person('x', 'Ada Lovelace'), shortNames: [] }]);
    expect(findMentionsInText('Ada Lovelace. Ada. Lovelace.', detector, createPageContext()).map((m) => m.text)).toEqual(['Ada Lovelace']);
  });

  it('no people: nothing is found', () => {
    expect(findMentionsInText('Paris Jackson', compileDetector([]), createPageContext())).toEqual([]);
  });
});

describe('page context', () => {
  it('reports who a scan established for the first time', () => {
    const detector = compileDetector(PEOPLE);
    const page = createPageContext();
    const first = readCandidates('Cara Delevingne and Cara Delevingne', detector).candidates;
    expect(recordCandidates(page, first)).toEqual(['cara-delevingne']);
    const second = readCandidates('Paris Jackson, then Cara Delevingne', detector).candidates;
    expect(recordCandidates(page, second)).toEqual(['paris-jackson']);
    expect(page.fullNameCounts.get('cara-delevingne')).toBe(3);
  });

  it('resolves short forms in an earlier block once a later block names the person (two steps)', () => {
    const detector = compileDetector(PEOPLE);
    const text = 'Delevingne arrived first.\u2029Later that day: Cara Delevingne.';
    const { candidates } = readCandidates(text, detector);
    const page = createPageContext();
    recordCandidates(page, candidates);
    expect(resolveCandidates(candidates, detector, page).map((m) => text.slice(m.start, m.end))).toEqual(['Delevingne', 'Cara Delevingne']);
  });
});

describe('invisible characters', () => {
  const detector = compileDetector(PEOPLE);

  it('are removed before matching and mapped back to the raw text', () => {
    const raw = 'Dele\u00advingne and Cara Dele\u00ADvin\u200Bgne and Pa\u2060ris\u200B Jackson';
    const { visible, candidates } = readCandidates(raw, detector);
    const spans = candidates.filter((c) => c.kind === 'full').map((c) => originalSpan(visible, c.start, c.end));
    expect(spans.map((span) => raw.slice(span.start, span.end))).toEqual(['Cara Dele\u00ADvin\u200Bgne', 'Pa\u2060ris\u200B Jackson']);
  });

  it('anywhere inside a name never change what is found (property)', () => {
    const names = ['Paris Jackson', 'Cara Delevingne', 'Cara Delevigne', 'Paris-Michael Katherine Jackson'];
    const invisible = fc.constantFrom('\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff');
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.array(fc.tuple(fc.nat(40), invisible), { maxLength: 4 }), (name, inserts) => {
        let raw = `Yesterday ${name} arrived.`;
        for (const [at, char] of inserts) {
          const index = 10 + (at % name.length);
          raw = raw.slice(0, index) + char + raw.slice(index);
        }
        const { visible, candidates } = readCandidates(raw, detector);
        expect(candidates).toHaveLength(1);
        const span = originalSpan(visible, candidates[0].start, candidates[0].end);
        expect(raw.slice(span.start, span.end).replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')).toBe(name);
      }),
    );
  });
});

describe('word boundaries', () => {
  const detector = compileDetector(PEOPLE);
  const texts = (text: string) => findMentionsInText(text, detector, createPageContext()).map((mention) => mention.text);

  it('scripts written without spaces, punctuation and emoji end a word; letters of other alphabets do not', () => {
    expect(texts('据报道Paris Jackson和Cara Delevingne在一起。')).toEqual(['Paris Jackson', 'Cara Delevingne']);
    expect(texts('Paris Jacksonが来た。Cara Delevingne😍!')).toEqual(['Paris Jackson', 'Cara Delevingne']);
    expect(texts('Cara Delevingneé, Cara Delevingneж, Paris Jackson_2, Paris Jackson9')).toEqual([]);
  });

  it('the regex class and the code check agree on every UTF-16 code unit', () => {
    const wordClass = new RegExp(WORD_CLASS);
    const disagreements: number[] = [];
    for (let code = 0; code < 0x10000; code++) if (wordClass.test(String.fromCharCode(code)) !== isWordCode(code)) disagreements.push(code);
    expect(disagreements).toEqual([]);
    expect(['a', 'Z', '7', '_', 'é', 'ř', 'ж', 'ά', 'א'].every((char) => isWordCode(char.charCodeAt(0)))).toBe(true);
    expect([' ', '-', '’', '«', '中', 'が', '한', '\u2029', '\ud83d'].some((char) => isWordCode(char.charCodeAt(0)))).toBe(false);
  });
});

describe('mentions are well formed (property)', () => {
  const detector = compileDetector(PEOPLE);
  const pieces = ['Paris', 'Jackson', 'Cara', 'Delevingne', 'Paris Jackson', 'Cara Delevingne', 'Michael', 'in', 'the', "'s", ' ', '. ', '\u2029', '\n', 'Ms.', 'x', '@caradelevingne', '-'];

  it('in order, not overlapping, text equal to the slice, forms consistent', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join(' ');
        const mentions = findMentionsInText(text, detector, createPageContext());
        let previousEnd = 0;
        for (const mention of mentions) {
          expect(mention.start).toBeGreaterThanOrEqual(previousEnd);
          expect(mention.end).toBeGreaterThan(mention.start);
          expect(mention.text).toBe(text.slice(mention.start, mention.end));
          expect(mention.text).not.toContain('\u2029');
          previousEnd = mention.end;
        }
      }),
    );
  });
});
