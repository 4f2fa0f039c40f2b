/**
 * Property-based tests of the mentions command (scripts/mentions.ts) on malformed HTML: unclosed and stray tags,
 * stray `<`, comments and CDATA, huge attributes, NUL bytes, lone surrogates, deep nesting. `mentionsInHtml` never
 * rejects, and every mention it returns is the slice of the body's textContent its offsets say; `readHtmlFile`
 * either reads a file or refuses it with an InputError (one line), whatever the bytes.
 * Bounded for CI: a fixed seed and run count (FUZZ_SEED / FUZZ_RUNS override them).
 */
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import peopleJson from '../../data/people.json';
import type { Person } from '../../utils/dataset/types';
import { compileDetector } from '../../utils/detector';
import { InputError, mentionsInHtml, readHtmlFile } from '../../scripts/mentions';

const PEOPLE = peopleJson as unknown as Person[];
const DETECTOR = compileDetector(PEOPLE);
const PERSON_IDS = new Set(PEOPLE.map((person) => person.id));
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const RUNS = Number(process.env.FUZZ_RUNS ?? 120);
const workDir = mkdtempSync(join(tmpdir(), 'rumor-context-fuzz-'));

const FRAGMENTS = [
  'Paris Jackson', 'Cara Delevingne', 'Paris', ' Jackson', 'Cara', ' Delevingne', '@caradelevingne', ' ', '\n', '.',
  '<p>', '</p>', '<div>', '</div>', '<b>', '</b>', '<i>', '<span>', '</span>', '<br>', '<br/>', '</br>', '<li>', '<td>', '<tr>',
  '<table>', '</table>', '<select><option>', '<textarea>', '</textarea>', '<script>', '</script>', '<style>', '</style>',
  '<template>', '</template>', '<svg><text>', '</svg>', '<math><mi>', '<noscript>', '<title>', '<plaintext>', '<xmp>',
  '<iframe srcdoc="<p>Paris Jackson</p>">', '<!--', '-->', '<!-- Paris Jackson -->', '<![CDATA[', ']]>', '<!doctype html>',
  '<', '>', '</', '<<', '< p>', '<p <b>', '<a href="', '"', "'", '=', '&', '&amp;', '&lt;', '&#0;', '&#x110000;', '&nbsp;',
  '&shy;', '\u0000', '\ud800', '\udfff', '\u2029', '\ufeff', '\u00ad', 'é', 'İ', '<p contenteditable>', '<div hidden>',
  '<body>', '</body>', '<html>', '<head>', '</html>', '<frameset>',
];

/** Fragments glued at random, sometimes with a huge attribute or a deep run of one opening tag. */
const junkHtml = fc
  .array(
    fc.oneof(
      { weight: 10, arbitrary: fc.constantFrom(...FRAGMENTS) },
      { weight: 2, arbitrary: fc.string({ maxLength: 8 }) },
      { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 200_000 }).map((size) => `<p title="${'x'.repeat(size)}">`) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom('<div>', '<b>', '<span>', '<table>', '<li>'), fc.integer({ min: 10, max: 3_000 })).map(([tag, depth]) => tag.repeat(depth)) },
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

/** The body's textContent as mentions.ts defines its offsets, computed independently here. */
async function bodyText(html: string): Promise<string> {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  try {
    const body = new window.DOMParser().parseFromString(html, 'text/html').body;
    if (body === null) return '';
    let text = '';
    const walker = body.ownerDocument.createTreeWalker(body, 4);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) text += (node as unknown as Text).data;
    return text;
  } finally {
    await window.happyDOM.close();
  }
}

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('mentions command fuzzing', () => {
  it('never rejects on malformed HTML, and every mention is the textContent slice its offsets name', async () => {
    await fc.assert(
      fc.asyncProperty(junkHtml, async (html) => {
        const mentions = await mentionsInHtml(html, DETECTOR);
        if (mentions.length === 0) return;
        const text = await bodyText(html);
        let previousEnd = 0;
        for (const mention of mentions) {
          expect(PERSON_IDS.has(mention.person)).toBe(true);
          expect(mention.start).toBeGreaterThanOrEqual(previousEnd);
          expect(mention.end).toBeGreaterThan(mention.start);
          expect(mention.end).toBeLessThanOrEqual(text.length);
          expect(mention.text).toBe(text.slice(mention.start, mention.end));
          previousEnd = mention.end;
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 60_000);

  it('parses a stray <body> or <html> after an open table (happy-dom 20.14 DOMParser throws on it)', async () => {
    for (const html of ['<table><body><p>Paris Jackson</p>', '<table><table><html>Cara Delevingne']) {
      await expect(mentionsInHtml(html, DETECTOR)).resolves.toHaveLength(1);
    }
  });

  it('finds names after 3,000 unclosed blocks and inside 3,000 unclosed inline elements', async () => {
    const html = `<p>Paris Jackson</p>${'<div>'.repeat(3_000)}Cara Delevingne ${'<b>'.repeat(3_000)} Paris Jackson`;
    expect((await mentionsInHtml(html, DETECTOR)).map((mention) => mention.text)).toEqual(['Paris Jackson', 'Cara Delevingne', 'Paris Jackson']);
  }, 30_000);

  it('readHtmlFile reads a file or refuses it with a one-line InputError, whatever the bytes', () => {
    let index = 0;
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 300 }), junkHtml.map((html) => new TextEncoder().encode(html))), (bytes) => {
        const path = join(workDir, `input-${index++}.html`);
        writeFileSync(path, bytes);
        try {
          expect(typeof readHtmlFile(path)).toBe('string');
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
          expect((error as Error).message).not.toContain('\n');
        }
      }),
      { seed: SEED, numRuns: RUNS * 2 },
    );
  });
});
