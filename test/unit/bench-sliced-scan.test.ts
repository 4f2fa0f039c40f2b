// @vitest-environment happy-dom
// The resumable scan the content script runs in time slices (SubtreeScan): sliced anywhere, it finds what one pass finds.
import { beforeEach, describe, expect, it } from 'vitest';
import peopleJson from '../../data/people.json';
import type { Person } from '../../utils/dataset/types';
import { compileDetector } from '../../utils/detector';
import { SubtreeScan, createPageContext, scanSubtree, type DomMention } from '../../utils/page-text';
import { generatePage } from '../../bench/lib/pages';

const DETECTOR = compileDetector(peopleJson as unknown as Person[]);

function summary(mentions: DomMention[]): string[] {
  return mentions.map((mention) => `${mention.person}:${mention.text}:${mention.startNode.data.slice(mention.startOffset, mention.startOffset + 4)}`);
}

/** Scans the body pausing every `every` questions; returns the result and how many slices it took. */
function sliced(every: number): { mentions: string[]; newlyEstablished: string[]; slices: number } {
  const scan = new SubtreeScan(document.body, DETECTOR, createPageContext());
  let asked = 0;
  let slices = 1;
  while (!scan.advance(() => ++asked % every === 0)) slices++;
  const result = scan.result();
  return { mentions: summary(result.mentions), newlyEstablished: result.newlyEstablished, slices };
}

beforeEach(() => {
  const html = generatePage({ name: 't', textChars: 40_000, seed: 5 }).html;
  document.body.innerHTML = html.slice(html.indexOf('<body>') + 6, html.indexOf('</body>'));
});

describe('a scan in slices', () => {
  it('finds the same mentions, in the same order, as one pass, however it is sliced', () => {
    const whole = scanSubtree(document.body, DETECTOR, createPageContext());
    expect(whole.mentions.length).toBeGreaterThan(3);
    for (const every of [1, 2, 3, 7]) {
      const result = sliced(every);
      expect(result.slices).toBeGreaterThan(1);
      expect(result.mentions).toEqual(summary(whole.mentions));
      expect(result.newlyEstablished).toEqual(whole.newlyEstablished);
    }
  });

  it('resolves a short form before the first full name, because names are resolved once all is read', () => {
    document.body.innerHTML = `<p>Jackson spoke first.</p>${'<p>filler words here</p>'.repeat(600)}<p>Paris Jackson arrived.</p>`;
    expect(sliced(1).mentions.map((mention) => mention.split(':')[1])).toEqual(['Jackson', 'Paris Jackson']);
  });

  it('says when the page removed the node the walk stood on', () => {
    document.body.innerHTML = `${'<p>filler words here</p>'.repeat(600)}<p>Paris Jackson arrived.</p>`;
    const scan = new SubtreeScan(document.body, DETECTOR, createPageContext());
    expect(scan.advance(() => true)).toBe(false);
    expect(scan.onTrack).toBe(true);
    for (const paragraph of [...document.body.querySelectorAll('p')].slice(0, 300)) paragraph.remove();
    expect(scan.onTrack).toBe(false);
  });

  it('is done at once for a subtree inside skipped text', () => {
    document.body.innerHTML = '<textarea>Paris Jackson</textarea>';
    const scan = new SubtreeScan(document.querySelector('textarea')!.firstChild!, DETECTOR, createPageContext());
    expect(scan.advance(() => true)).toBe(true);
    expect(scan.result().mentions).toEqual([]);
  });
});
