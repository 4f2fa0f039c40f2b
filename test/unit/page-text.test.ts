// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import peopleJson from '../../data/people.json';
import type { Person } from '../../utils/dataset/types';
import { compileDetector } from '../../utils/detector';
import { createPageContext, scanDocumentText, scanRootFor, scanSubtree, type DomMention } from '../../utils/page-text';

const DETECTOR = compileDetector(peopleJson as unknown as Person[]);

/** What a StaticRange over the mention would contain. */
function rangeText(mention: DomMention): string {
  const range = document.createRange();
  range.setStart(mention.startNode, mention.startOffset);
  range.setEnd(mention.endNode, mention.endOffset);
  return range.toString();
}

function scanBody(html: string): string[] {
  document.body.innerHTML = html;
  return scanDocumentText(document.body, DETECTOR, createPageContext()).map((mention) => rangeText(mention));
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('names split by markup or invisible characters', () => {
  it('across inline elements, &nbsp;, soft hyphens, zero-width characters and line breaks', () => {
    expect(scanBody('<p><b>Paris</b> Jackson</p>')).toEqual(['Paris Jackson']);
    expect(scanBody('<p><a href="#">Pa</a><i>ris</i> <span><em>Jack</em>son</span>’s</p>')).toEqual(['Paris Jackson’s']);
    expect(scanBody('<p>Paris&nbsp;Jackson and Cara Dele&shy;vingne</p>')).toEqual(['Paris\u00a0Jackson', 'Cara Dele\u00advingne']);
    expect(scanBody('<p>Cara\u200B Delevingne, Par\u200Bis Jackson, Cara De\u200Dlevingne</p>')).toEqual([
      'Cara\u200B Delevingne',
      'Par\u200Bis Jackson',
      'Cara De\u200Dlevingne',
    ]);
    expect(scanBody('<p>Cara\n    Delevingne and Paris<br>Jackson</p>')).toEqual(['Cara\n    Delevingne', 'ParisJackson']);
  });

  it('in text nodes of their own, with the only clue an invisible character or a junction', () => {
    const html = '<h1>Cara Delevingne</h1><p>Mascara and Parisian cafés.</p><p>Dele&shy;vingne smiled.</p><p>De<b>levingne</b> waved.</p>';
    expect(scanBody(html)).toEqual(['Cara Delevingne', 'Dele\u00advingne', 'Delevingne']);
  });

  it('reports the name as read: invisible characters removed, a <br> as a line break', () => {
    document.body.innerHTML = '<p>Paris<br>Jackson and Dele&shy;vingne, Cara Delevingne</p>';
    const mentions = scanDocumentText(document.body, DETECTOR, createPageContext());
    expect(mentions.map((mention) => `${mention.text}|${mention.form}`)).toEqual(['Paris\nJackson|full', 'Delevingne|short', 'Cara Delevingne|full']);
  });

  it('never across block boundaries', () => {
    expect(scanBody('<p>We saw Paris</p><p>Jackson Browne sang.</p>')).toEqual([]);
    expect(scanBody('<ul><li>Cara</li><li>Delevingne</li></ul>')).toEqual([]);
    expect(scanBody('<div>Paris<div>and</div>Jackson</div>')).toEqual([]);
    expect(scanBody('<table><tr><td>Paris</td><td>Jackson</td></tr></table>')).toEqual([]);
    expect(scanBody('<p>Cara</p>\n<my-widget>Delevingne</my-widget>')).toEqual([]);
  });
});

describe('skipped text', () => {
  it('script, style, noscript, template, title, form fields', () => {
    const html = `<script>var n = "Paris Jackson";</script><style>/* Cara Delevingne */</style>
      <noscript><p>Paris Jackson</p></noscript><template><p>Cara Delevingne</p></template>
      <textarea>Paris Jackson</textarea><input value="Paris Jackson"><select><option>Cara Delevingne</option></select>
      <p>Nothing here.</p>`;
    expect(scanBody(html)).toEqual([]);
  });

  it('contenteditable and everything inside it, but not contenteditable="false" on its own', () => {
    const html = `<div contenteditable="true"><p>Draft: <b>Paris Jackson</b></p></div>
      <div contenteditable><span contenteditable="false">Cara Delevingne</span></div>
      <div contenteditable="false"><p>Cara Delevingne</p></div>`;
    expect(scanBody(html)).toEqual(['Cara Delevingne']);
  });

  it('a name half inside an editor is not marked', () => {
    expect(scanBody('<p>Paris <span contenteditable>Jackson</span></p>')).toEqual([]);
  });

  it("the extension's own UI", () => {
    expect(scanBody('<div data-rumor-context-ui><p>Cara Delevingne</p></div><p>Paris Jackson</p>')).toEqual(['Paris Jackson']);
  });

  it('full names in skipped text do not establish the person', () => {
    expect(scanBody('<textarea>Cara Delevingne</textarea><p>Delevingne smiled.</p>')).toEqual([]);
  });

  it('a subtree inside skipped content yields nothing', () => {
    document.body.innerHTML = '<div contenteditable><p id="inner">Paris Jackson</p></div>';
    const inner = document.getElementById('inner')!;
    expect(scanSubtree(inner, DETECTOR, createPageContext()).mentions).toEqual([]);
  });
});

describe('offsets', () => {
  it('point at the name in its text nodes, for a StaticRange', () => {
    document.body.innerHTML = '<p id="p">Yesterday <b>Par</b>is Jackson met Cara Delevingne.</p>';
    const [paris, cara] = scanDocumentText(document.body, DETECTOR, createPageContext());
    const bold = document.querySelector('b')!.firstChild as Text;
    expect(paris.startNode).toBe(bold);
    expect(paris.startOffset).toBe(0);
    expect(paris.endNode.data).toBe('is Jackson met Cara Delevingne.');
    expect(paris.endOffset).toBe('is Jackson'.length);
    expect(cara.startNode).toBe(cara.endNode);
    expect(cara.endNode.data.slice(cara.startOffset, cara.endOffset)).toBe('Cara Delevingne');
    expect(rangeText(paris)).toBe('Paris Jackson');
  });

  it('are in page order and the DOM is left untouched', () => {
    const html = '<h1>Cara Delevingne</h1><p>Then <i>Paris Jackson</i>, then Delevingne and Jackson.</p>';
    document.body.innerHTML = html;
    const mentions = scanDocumentText(document.body, DETECTOR, createPageContext());
    expect(mentions.map((mention) => mention.text)).toEqual(['Cara Delevingne', 'Paris Jackson', 'Delevingne', 'Jackson']);
    expect(document.body.innerHTML).toBe(html);
  });
});

describe('subtree scans', () => {
  it('add to the page context and report who was established for the first time', () => {
    document.body.innerHTML = '<p id="a">Delevingne waved.</p><p id="b">Nothing yet.</p>';
    const page = createPageContext();
    expect(scanSubtree(document.body, DETECTOR, page)).toEqual({ mentions: [], newlyEstablished: [] });
    const added = document.createElement('article');
    added.innerHTML = '<p>Cara Delevingne arrived. Delevingne smiled.</p>';
    document.body.append(added);
    const result = scanSubtree(scanRootFor(added), DETECTOR, page);
    expect(result.newlyEstablished).toEqual(['cara-delevingne']);
    expect(result.mentions.map((mention) => mention.text)).toEqual(['Cara Delevingne', 'Delevingne']);
    // The caller then rescans the page: the earlier short form now resolves.
    const again = scanDocumentText(document.body, DETECTOR, page);
    expect(again.map((mention) => mention.text)).toEqual(['Delevingne', 'Cara Delevingne', 'Delevingne']);
    expect(scanSubtree(added, DETECTOR, page).newlyEstablished).toEqual([]);
  });

  it('scanRootFor returns the nearest block: a text node or inline element resolves to its paragraph', () => {
    document.body.innerHTML = '<div><p id="p">One <b><i id="i">two</i></b></p></div>';
    const paragraph = document.getElementById('p')!;
    const italic = document.getElementById('i')!;
    expect(scanRootFor(italic.firstChild!)).toBe(paragraph);
    expect(scanRootFor(italic)).toBe(paragraph);
    expect(scanRootFor(paragraph)).toBe(paragraph);
    expect(scanRootFor(document.body)).toBe(document.body);
  });

  it('a text node root is scanned on its own', () => {
    document.body.innerHTML = '<p>Cara Delevingne</p>';
    const text = document.querySelector('p')!.firstChild!;
    expect(scanSubtree(text, DETECTOR, createPageContext()).mentions.map((mention) => mention.text)).toEqual(['Cara Delevingne']);
  });
});

// happy-dom itself recurses when a deep tree is connected to or removed from the document, so these trees stay
// detached; the scan needs only their ownerDocument.
describe('deep pages', () => {
  it('10,000 nested blocks', () => {
    const root = document.createElement('div');
    let node = root;
    for (let depth = 0; depth < 10_000; depth++) {
      const child = document.createElement('div');
      if (depth % 1000 === 999) child.append('Cara Delevingne ');
      node.append(child);
      node = child;
    }
    node.append('Paris Jackson at the bottom.');
    const mentions = scanDocumentText(root, DETECTOR, createPageContext());
    expect(mentions.map((mention) => mention.text)).toEqual([...Array(10).fill('Cara Delevingne'), 'Paris Jackson']);
    expect(scanRootFor(node.firstChild!)).toBe(node);
  }, 60_000);

  it('10,000 nested inline elements, with text at every level', () => {
    const paragraph = document.createElement('p');
    let node: HTMLElement = paragraph;
    for (let depth = 0; depth < 10_000; depth++) {
      const child = document.createElement(depth % 2 === 0 ? 'span' : 'b');
      node.append(child);
      // Text added after the element is attached: the other order is quadratic in happy-dom.
      child.append(depth === 9_999 ? 'Paris ' : 'x ');
      node = child;
    }
    node.append(document.createElement('br'), 'Jackson.');
    const mentions = scanDocumentText(paragraph, DETECTOR, createPageContext());
    expect(mentions.map((mention) => mention.text)).toEqual(['Paris Jackson']);
    expect(scanRootFor(node.lastChild!)).toBe(paragraph);
  }, 60_000);

  it('10,000 nested inline elements with a name every 100 levels (many regions, one climb)', () => {
    const paragraph = document.createElement('p');
    let node: HTMLElement = paragraph;
    for (let depth = 0; depth < 10_000; depth++) {
      const child = document.createElement('span');
      node.append(child);
      child.append(depth % 100 === 50 ? 'Cara Delevingne ' : 'and then some more words here ');
      node = child;
    }
    const started = performance.now();
    const mentions = scanDocumentText(paragraph, DETECTOR, createPageContext());
    expect(mentions).toHaveLength(100);
    expect(performance.now() - started).toBeLessThan(5_000);
  }, 60_000);

  it('a <br> deep inside inline markup between two halves of a name', () => {
    expect(scanBody('<p><span><b>Cara</b></span><i><u><br></u></i>Delevingne</p>')).toEqual(['CaraDelevingne']);
    expect(scanBody('<p>Cara<br><br>Delevingne</p>')).toEqual([]);
  });
});

describe('the language of a block that declares none', () => {
  it('is guessed from the block’s own words, not only the few around the name', () => {
    // A region holds the name's text node and the nodes within 48 characters after it: here one word only Italian has
    // ("per"). The rest of the block, in other nodes, holds many.
    const letter = '<p><b>Cara</b> redazione, una domanda su Fendi e Prada per voi: <i>chi era la modella con i capelli rasati</i>? Grazie mille, Luca</p>';
    const lead = `<p>Cara Delevingne a Milano.</p><p>${'Fendi, Prada, Gucci. '.repeat(12)}</p>`;
    expect(scanBody(`${lead}${letter}`)).toEqual(['Cara Delevingne']);
    // Declared English, "Cara" is a name there.
    expect(scanBody(`${lead}${letter.replace('<p>', '<p lang="en">')}`)).toEqual(['Cara Delevingne', 'Cara']);
  });
});
