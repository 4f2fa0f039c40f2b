/**
 * One TreeWalker pass over a subtree's text nodes, joined into one string: blocks separated by BLOCK_SEPARATOR,
 * a <br> read as a line break. Per text node the loop makes three DOM calls (nextNode, parentNode, data); a parent's
 * block is looked up only when the parent changes, and two recent parents are remembered (text alternating between
 * a paragraph and its links costs nothing more). No Map keyed by nodes in the hot path: measured 3x slower.
 */
import { BLOCK_SEPARATOR } from '../detector';
import { DOCUMENT_NODE, ELEMENT_NODE, NON_TEXT_PARENTS, SHOW_TEXT, TEXT_NODE, isInlineElement as isInline } from './elements';

/** The text of a subtree, and where each text node's data starts in it. */
export interface JoinedText {
  text: string;
  nodes: Text[];
  starts: number[];
}

/** Inline ancestors climbed per lookup before switching to a cache (keeps 10,000 nested spans linear). */
const CLIMB_LIMIT = 32;

/** Joins the text under `root` (itself included when it is a text node), without text of script, style and the like. */
export function joinText(root: Node): JoinedText {
  const joined: JoinedText = { text: '', nodes: [], starts: [] };
  if (root.nodeType === TEXT_NODE) {
    joined.nodes.push(root as Text);
    joined.starts.push(0);
    joined.text = (root as Text).data;
    return joined;
  }
  const doc = root.nodeType === DOCUMENT_NODE ? (root as Document) : root.ownerDocument;
  if (doc === null) return joined;
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  const breaks = lineBreakStops(root, doc);
  const deepCache = new Map<Node, Node | null>();
  const { nodes, starts } = joined;
  let breakIndex = 0;
  let breakStop: Node | null = breaks[0] ?? null;
  let pendingBreak = false;
  let text = '';
  let recentParent: Node | null = null;
  let recentBlock: Node | null = null;
  let olderParent: Node | null = null;
  let olderBlock: Node | null = null;
  let block: Node | null = null;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (node === breakStop) {
      pendingBreak = true;
      breakStop = breaks[++breakIndex] ?? null;
    }
    const parent = node.parentNode;
    let nodeBlock: Node | null;
    if (parent === recentParent) {
      nodeBlock = recentBlock;
    } else {
      if (parent === olderParent) nodeBlock = olderBlock;
      else if (!isInline(parent!)) nodeBlock = blockOf(parent!);
      // A link or <b> inside the paragraph just read: its block is known without climbing.
      else if (parent!.parentNode === recentParent && recentBlock !== null) nodeBlock = recentBlock;
      else nodeBlock = inlineBlockOf(parent!, deepCache);
      olderParent = recentParent;
      olderBlock = recentBlock;
      recentParent = parent;
      recentBlock = nodeBlock;
    }
    if (nodeBlock === null) continue;
    if (nodeBlock !== block) {
      if (nodes.length > 0) text += BLOCK_SEPARATOR;
      block = nodeBlock;
    } else if (pendingBreak) {
      text += '\n';
    }
    pendingBreak = false;
    nodes.push(node as Text);
    starts.push(text.length);
    text += (node as Text).data;
  }
  joined.text = text;
  return joined;
}

/** The nearest ancestor (or self) that is not a phrasing element: the block whose text to rescan when `node` changes. */
export function scanRootFor(node: Node): Node {
  let current: Node = node;
  if (current.nodeType !== ELEMENT_NODE && current.parentNode !== null) current = current.parentNode;
  while (isInline(current) && current.parentNode !== null) current = current.parentNode;
  return current;
}

/** The block of a text node whose parent is not inline: the parent itself, or null when its text is not page text. */
function blockOf(parent: Node): Node | null {
  return NON_TEXT_PARENTS.has((parent as Element).localName) ? null : parent;
}

/** The block of a text node inside inline elements: the nearest ancestor that is not inline. */
function inlineBlockOf(parent: Node, deepCache: Map<Node, Node | null>): Node | null {
  let current: Node = parent;
  for (let steps = 0; isInline(current); steps++) {
    if (steps === CLIMB_LIMIT) return cachedBlockOf(current, deepCache);
    if (current.parentNode === null) return current;
    current = current.parentNode;
  }
  return blockOf(current);
}

/** blockOf for deeply nested inline elements: each element is climbed once per scan. */
function cachedBlockOf(start: Node, cache: Map<Node, Node | null>): Node | null {
  const climbed: Node[] = [];
  let current: Node | null = start;
  let block: Node | null = null;
  while (current !== null) {
    const cached = cache.get(current);
    if (cached !== undefined) {
      block = cached;
      break;
    }
    climbed.push(current);
    if (!isInline(current)) {
      block = blockOf(current);
      break;
    }
    if (current.parentNode === null) {
      block = current;
      break;
    }
    current = current.parentNode;
  }
  for (const element of climbed) cache.set(element, block);
  return block;
}

/** The first text node after each <br> under `root`, in document order: a line break is read before it. */
function lineBreakStops(root: Node, doc: Document): Node[] {
  const stops: Node[] = [];
  if (!('querySelectorAll' in root)) return stops;
  const lineBreaks = (root as ParentNode).querySelectorAll('br');
  if (lineBreaks.length === 0) return stops;
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  for (const lineBreak of lineBreaks) {
    walker.currentNode = lineBreak;
    const next = walker.nextNode();
    if (next !== null && next !== stops[stops.length - 1]) stops.push(next);
  }
  return stops;
}
