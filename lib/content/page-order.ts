import type { Mark } from './mark-index';

/**
 * Page order across shadow roots. compareDocumentPosition only orders nodes of one tree (across trees its answer is
 * arbitrary), so each node is placed by the chain of shadow hosts that leads to it from the document.
 */

/** Negative when `a` comes before `b` in the page as read (a shadow root's text in place of its host). */
export function comparePageOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  const chainA = hostChain(a);
  const chainB = hostChain(b);
  for (let i = 0; i < Math.min(chainA.length, chainB.length); i++) {
    if (chainA[i] === chainB[i]) continue;
    return chainA[i].compareDocumentPosition(chainB[i]) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  }
  // One is the host of a root holding the other: the host (its light children) first.
  return chainA.length - chainB.length;
}

/** [the outermost host in the document, ..., the host in the node's own tree's parent, the node]. */
function hostChain(node: Node): Node[] {
  const chain = [node];
  for (let root = node.getRootNode(); (root as ShadowRoot).host !== undefined; root = chain[0].getRootNode()) {
    chain.unshift((root as ShadowRoot).host);
  }
  return chain;
}

/** Negative when mark `a` comes before mark `b` in the page as read (marks in one text node by offset). */
export function compareMarks(a: Mark, b: Mark): number {
  return comparePageOrder(a.range.startContainer, b.range.startContainer) || a.range.startOffset - b.range.startOffset;
}

/**
 * The marks still in the page, in page order. The index keeps them in the order scans added them, which is page order
 * only within one scan: live rescans append.
 */
export function marksInPageOrder(marks: readonly Mark[]): Mark[] {
  return marks.filter((mark) => mark.range.startContainer.isConnected).sort(compareMarks);
}
