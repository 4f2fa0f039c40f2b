/**
 * Joins a region's text nodes the way a reader sees them: blocks separated by BLOCK_SEPARATOR, a <br> read as a
 * line break, text of script, style and the like left out. Only region nodes pay for these DOM lookups.
 */
import { BLOCK_SEPARATOR, isWordCode } from '@/utils/detector';
import { BlockLookup } from './blocks';
import { DOCUMENT_NODE, SHOW_TEXT, TEXT_NODE } from './elements';

/** A region's text, and where each of its nodes starts in it. */
export interface JoinedText {
  text: string;
  nodes: Text[];
  /** Offsets in `text`. */
  starts: number[];
  /** For each node, its index in the region (nodes of script and the like are left out). */
  regionIndexes: number[];
  /** For each node, the block it belongs to. */
  blocks: Node[];
}

/** DOM steps searched for a <br> between two text nodes whose letters would run together. */
const LINE_BREAK_SEARCH_STEPS = 64;

/** Joins consecutive text nodes (in document order) into readable text; share `blocks` across one scan's regions. */
export function joinRegion(nodes: readonly Text[], blocks: BlockLookup = new BlockLookup()): JoinedText {
  const joined: JoinedText = { text: '', nodes: [], starts: [], regionIndexes: [], blocks: [] };
  let text = '';
  let block: Node | null = null;
  let lastNode: Text | null = null;
  nodes.forEach((node, index) => {
    const nodeBlock = blocks.of(node);
    if (nodeBlock === null) return;
    const data = node.data;
    if (nodeBlock !== block) {
      if (joined.nodes.length > 0) text += BLOCK_SEPARATOR;
      block = nodeBlock;
    } else if (lastNode !== null && endsInWord(lastNode.data) && startsWithWord(data)) {
      // Letters would run together ("Paris" + "Jackson"): only here can a <br> in between change what is read.
      const lineBreaks = lineBreaksBetween(lastNode, node);
      if (lineBreaks > 0) text += lineBreaks === 1 ? '\n' : '\n\n';
    }
    joined.nodes.push(node);
    joined.starts.push(text.length);
    joined.regionIndexes.push(index);
    joined.blocks.push(nodeBlock);
    text += data;
    if (data.length > 0) lastNode = node;
  });
  joined.text = text;
  return joined;
}

/** How many <br> elements lie between two text nodes of one block (a short, bounded walk in document order). */
function lineBreaksBetween(from: Node, to: Node): number {
  let count = 0;
  let current: Node | null = from;
  let steps = 0;
  while (current !== null && steps++ < LINE_BREAK_SEARCH_STEPS) {
    let next: Node | null = current.firstChild;
    while (next === null && current !== null && steps++ < LINE_BREAK_SEARCH_STEPS) {
      next = current.nextSibling;
      if (next === null) current = current.parentNode;
    }
    if (next === null || next === to) return count;
    if ((next as Element).localName === 'br') count++;
    current = next;
  }
  return count;
}


function endsInWord(data: string): boolean {
  return data.length > 0 && isWordCode(data.charCodeAt(data.length - 1));
}

function startsWithWord(data: string): boolean {
  return data.length > 0 && isWordCode(data.charCodeAt(0));
}

/** All page text under `root`, joined as a region is (for tools and tests; a scan joins only around possible names). */
export function joinText(root: Node): JoinedText {
  if (root.nodeType === TEXT_NODE) return joinRegion([root as Text]);
  const doc = root.nodeType === DOCUMENT_NODE ? (root as Document) : root.ownerDocument;
  const nodes: Text[] = [];
  if (doc !== null) {
    const walker = doc.createTreeWalker(root, SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) nodes.push(node as Text);
  }
  return joinRegion(nodes);
}
