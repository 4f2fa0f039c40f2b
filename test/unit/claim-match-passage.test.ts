// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { passageAround, sentenceRanges, PASSAGE_MAX_CHARS } from '@/utils/claim-match/passage';
import { blockTextAround } from '@/utils/page-text/passage-text';
import { matchClaims } from '@/utils/claim-match';
import { bundledClaimIndex } from '@/utils/claim-match/bundled';

/** A StaticRange's shape (happy-dom has no StaticRange constructor; the DOM layer reads only these four fields). */
const staticRange = (init: { startContainer: Node; startOffset: number; endContainer: Node; endOffset: number }) =>
  ({ ...init, collapsed: false }) as AbstractRange;

const focusOf = (passage: { text: string; focus: { start: number; end: number } }) =>
  passage.text.slice(passage.focus.start, passage.focus.end);

describe('sentenceRanges', () => {
  it('splits after end punctuation and closing quotes, and at line breaks, covering the text', () => {
    const text = 'One. “Two!” Three?\nFour';
    expect(sentenceRanges(text).map(({ start, end }) => text.slice(start, end))).toEqual(['One.', ' “Two!”', ' Three?\n', 'Four']);
    expect(sentenceRanges('')).toEqual([{ start: 0, end: 0 }]);
  });
});

describe('passageAround', () => {
  const block = 'First it rained. Paris Jackson and Cara Delevingne were seen kissing. Then they left. The end.';
  const at = (name: string) => [block.indexOf(name), block.indexOf(name) + name.length] as const;

  it("focuses the mention's sentence and keeps a short block whole", () => {
    const passage = passageAround(block, ...at('Cara Delevingne'));
    expect(passage.text).toBe(block);
    expect(focusOf(passage).trim()).toBe('Paris Jackson and Cara Delevingne were seen kissing.');
  });

  it('keeps neighbours within the window, cut at sentence ends', () => {
    const filler = Array.from({ length: 40 }, (_, i) => `Sentence number ${i} is filler.`).join(' ');
    const long = `${filler} Paris Jackson was photographed kissing Cara. ${filler}`;
    const start = long.indexOf('Paris Jackson');
    const passage = passageAround(long, start, start + 13);
    expect(passage.text.length).toBeLessThanOrEqual(PASSAGE_MAX_CHARS);
    expect(focusOf(passage).trim()).toBe('Paris Jackson was photographed kissing Cara.');
    expect(passage.text).toMatch(/^ ?Sentence number \d+ is filler\./);
    expect(passage.text).toMatch(/filler\.$/);
    // Neighbours on both sides: the window is not all on one side of the focus.
    expect(passage.focus.start).toBeGreaterThan(100);
    expect(passage.text.length - passage.focus.end).toBeGreaterThan(100);
  });

  it('centres the window on the mention in a block with no sentence end', () => {
    const words = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ');
    const text = `${words} Cara Delevingne ${words}`;
    const start = text.indexOf('Cara');
    const passage = passageAround(text, start, start + 15);
    expect(passage.text.length).toBeLessThanOrEqual(PASSAGE_MAX_CHARS);
    expect(passage.text).toContain('Cara Delevingne');
    expect(focusOf(passage)).toBe(passage.text);
  });

  it('runs the focus on past a false stop inside the mention', () => {
    const text = 'Hello there. Ms. Delevingne smiled. Bye.';
    const start = text.indexOf('Ms.');
    const passage = passageAround(text, start, text.indexOf('Delevingne') + 10);
    expect(focusOf(passage).trim()).toBe('Ms. Delevingne smiled.');
  });
});

describe('blockTextAround', () => {
  it("folds white space, leaves out script text, and maps the mention into the block's text", () => {
    document.body.innerHTML = '<p>  The pair,\n   <b>Paris</b> <i>Jackson</i><script>var x = 1;</script> and   Cara, were\u00a0seen.</p><p>Other.</p>';
    const bold = document.querySelector('b')!.firstChild!;
    const italic = document.querySelector('i')!.firstChild!;
    const block = blockTextAround(staticRange({ startContainer: bold, startOffset: 0, endContainer: italic, endOffset: 7 }))!;
    expect(block.text).toBe('The pair, Paris Jackson and Cara, were seen.');
    expect(block.text.slice(block.start, block.end)).toBe('Paris Jackson');
  });

  it('bounds the text read in a huge block', () => {
    const before = 'x '.repeat(50_000);
    document.body.innerHTML = `<div>${before}<span>Cara Delevingne</span> ${'y '.repeat(50_000)}</div>`;
    const name = document.querySelector('span')!.firstChild!;
    const block = blockTextAround(staticRange({ startContainer: name, startOffset: 0, endContainer: name, endOffset: 15 }))!;
    expect(block.text.length).toBeLessThan(20_000);
    expect(block.text.slice(block.start, block.end)).toBe('Cara Delevingne');
  });
});

describe('a mention in a page paragraph, end to end through the matcher', () => {
  it('matches the kiss claim for a passage about the kiss, and nothing for the weather', () => {
    document.body.innerHTML =
      '<article><p>It was a busy week.</p><p>Last night <a href="#">Paris Jackson</a> and Cara Delevingne were photographed locking lips outside a restaurant. Fans went wild.</p><p>Cara Delevingne said it would rain on Tuesday.</p></article>';
    const ids = (text: string) => {
      const node = [...document.querySelectorAll('a, p')].flatMap((el) => [...el.childNodes]).find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes(text))!;
      const offset = node.textContent!.indexOf(text);
      const block = blockTextAround(staticRange({ startContainer: node, startOffset: offset, endContainer: node, endOffset: offset + text.length }))!;
      const passage = passageAround(block.text, block.start, block.end);
      return matchClaims(bundledClaimIndex(), passage.text, passage.focus).map((match) => match.id);
    };
    expect(ids('Paris Jackson')[0]).toBe('kiss-photographed');
    expect(ids('Cara Delevingne said')).toEqual([]);
  });
});
