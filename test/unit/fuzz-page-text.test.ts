// @vitest-environment happy-dom
/**
 * Property-based tests of the DOM scan over generated DOM trees (inline and block elements, line breaks, code and
 * form elements, editors, names split across nodes, invisible characters). The joined text must hold every page
 * text node exactly once, in order, with only separators between; every mention must be live page text outside
 * editors that reads as its `text`; and on trees without skipped elements the DOM mentions must agree with the pure
 * detector run over the same joined text. Bounded for CI: a fixed seed and run count (FUZZ_SEED / FUZZ_RUNS).
 */
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import peopleJson from '../../data/people.json';
import type { Person } from '../../utils/dataset/types';
import { BLOCK_SEPARATOR, compileDetector, createPageContext, findMentionsInText, removeInvisible } from '../../utils/detector';
import { joinText, scanDocumentText, INLINE_ELEMENTS, SKIPPED_SELECTOR, type DomMention } from '../../utils/page-text';

const PEOPLE = peopleJson as unknown as Person[];
const DETECTOR = compileDetector(PEOPLE);
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

/** Elements whose text is never page text (code, form controls, metadata); the parser gives them text only. */
const CODE_TAGS = ['script', 'style', 'noscript', 'template', 'textarea', 'title', 'select', 'option'];
const TAGS = ['p', 'div', 'li', 'h2', 'section', 'td', 'x-card', 'span', 'b', 'i', 'em', 'a', 'code', 'label', 'br', 'wbr', ...CODE_TAGS];
const ATTRIBUTES: Record<string, string>[] = [{}, {}, {}, {}, { contenteditable: '' }, { contenteditable: 'false' }, { 'data-rumor-context-ui': '' }];
const TEXT_PIECES = [
  'Paris', 'Jackson', 'Cara', 'Delevingne', 'Paris Jackson', 'Cara Delevingne', 'Michael Jackson', 'in Paris', '@caradelevingne',
  'Pa', 'ris', 'Dele', 'vingne', ' ', '\u00a0', '\n', '.', ',', '’s', 'and', 'the', '\u00ad', '\u200b', '\ufeff', 'é', '\ud800', '',
];

type Tree = { kind: 'text'; data: string } | { kind: 'element'; tag: string; attributes: Record<string, string>; children: Tree[] };

const textData = fc.array(fc.constantFrom(...TEXT_PIECES), { maxLength: 6 }).map((pieces) => pieces.join(''));
const textNode = fc.record({ kind: fc.constant('text' as const), data: textData });

const { node: treeArbitrary } = fc.letrec<{ node: Tree; element: Tree }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, textNode, tie('element')),
  element: fc.record({
    kind: fc.constant('element' as const),
    tag: fc.constantFrom(...TAGS),
    attributes: fc.constantFrom(...ATTRIBUTES),
    children: fc.array(tie('node'), { maxLength: 4 }),
  }),
}));

const documentTree = fc.array(treeArbitrary, { minLength: 1, maxLength: 6 });

function build(tree: Tree): Node {
  if (tree.kind === 'text') return document.createTextNode(tree.data);
  const element = document.createElement(tree.tag);
  for (const [name, value] of Object.entries(tree.attributes)) element.setAttribute(name, value);
  if (tree.tag === 'br' || tree.tag === 'wbr') return element;
  for (const child of tree.children) {
    // As the HTML parser would: code and form elements hold text only.
    if (CODE_TAGS.includes(tree.tag) && child.kind !== 'text') continue;
    element.append(build(child));
  }
  return element;
}

function mount(trees: Tree[]): HTMLElement {
  const root = document.createElement('div');
  for (const tree of trees) root.append(build(tree));
  document.body.append(root);
  return root;
}

const closestOf = (node: Node, selector: string) => (node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest(selector) ?? null;
const isSkipped = (node: Node): boolean => closestOf(node, SKIPPED_SELECTOR) !== null;
const isCode = (node: Node): boolean => closestOf(node, CODE_TAGS.join(',')) !== null;

/** The nearest ancestor that is not a phrasing element (the block a text node's words belong to). */
function blockOf(node: Node): Node | null {
  let current = node.parentNode;
  while (current !== null && current.nodeType === 1 && INLINE_ELEMENTS.has((current as Element).localName)) current = current.parentNode;
  return current;
}

function textNodesUnder(root: Node): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** The page text a mention covers: the text nodes from its start to its end, sliced at both ends. */
function coveredText(mention: DomMention, root: Node): string {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  walker.currentNode = mention.startNode;
  let text = '';
  for (let node: Node | null = mention.startNode; node !== null; node = walker.nextNode()) {
    const data = (node as Text).data;
    const from = node === mention.startNode ? mention.startOffset : 0;
    const to = node === mention.endNode ? mention.endOffset : data.length;
    text += data.slice(from, to);
    if (node === mention.endNode) return text;
  }
  throw new Error('the end node does not follow the start node');
}

const withoutBreaks = (text: string) => removeInvisible(text).text.replaceAll('\n', '');
const summary = ({ person, text, form }: { person: string; text: string; form: string }) => ({ person, text, form });

afterEach(() => {
  document.body.innerHTML = '';
});

describe('DOM scan fuzzing', () => {
  it('joins every page text node once, in order, at its offset, with only separators between', () => {
    fc.assert(
      fc.property(documentTree, (trees) => {
        const root = mount(trees);
        const { text, nodes, starts } = joinText(root);
        const pageNodes = textNodesUnder(root).filter((node) => !isCode(node));
        // Code text may be dropped or not; page text never is, and order is document order.
        expect(nodes.filter((node) => !isCode(node))).toEqual(pageNodes);
        let gapStart = 0;
        nodes.forEach((node, index) => {
          expect(text.slice(starts[index], starts[index] + node.data.length)).toBe(node.data);
          const gap = text.slice(gapStart, starts[index]);
          expect(gap).toMatch(/^[\n\u2029]*$/);
          if (index > 0 && node.data !== '' && blockOf(node) !== blockOf(nodes[index - 1])) expect(gap).toContain(BLOCK_SEPARATOR);
          if (index > 0 && blockOf(node) === blockOf(nodes[index - 1])) expect(gap).not.toContain(BLOCK_SEPARATOR);
          gapStart = starts[index] + node.data.length;
        });
        expect(text.slice(gapStart)).toBe('');
        root.remove();
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('never throws, and every mention is page text outside editors, in order, that reads as its text', () => {
    fc.assert(
      fc.property(documentTree, (trees) => {
        const root = mount(trees);
        const mentions = scanDocumentText(root, DETECTOR, createPageContext());
        let previous: DomMention | null = null;
        for (const mention of mentions) {
          for (const [node, offset] of [[mention.startNode, mention.startOffset], [mention.endNode, mention.endOffset]] as const) {
            expect(node.nodeType).toBe(Node.TEXT_NODE);
            expect(root.contains(node)).toBe(true);
            expect(isSkipped(node)).toBe(false);
            expect(offset).toBeGreaterThanOrEqual(0);
            expect(offset).toBeLessThanOrEqual(node.data.length);
          }
          expect(withoutBreaks(coveredText(mention, root))).toBe(withoutBreaks(mention.text));
          if (previous !== null) {
            const following = (previous.endNode.compareDocumentPosition(mention.startNode) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
            expect(previous.endNode === mention.startNode ? previous.endOffset <= mention.startOffset : following).toBe(true);
          }
          previous = mention;
        }
        root.remove();
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('agrees with the pure detector run over the same joined text (trees without skipped elements)', () => {
    const withoutSkipped = documentTree.filter((trees) => !JSON.stringify(trees).match(/contenteditable":"[^f]|data-rumor-context-ui|"tag":"(script|style|noscript|template|textarea|title|select|option)"/));
    fc.assert(
      fc.property(withoutSkipped, (trees) => {
        const root = mount(trees);
        const fromDom = scanDocumentText(root, DETECTOR, createPageContext()).map(summary);
        const visible = removeInvisible(joinText(root).text).text;
        expect(fromDom).toEqual(findMentionsInText(visible, DETECTOR, createPageContext()).map(summary));
        root.remove();
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
