/** Which block a text node belongs to: the nearest ancestor that is not a phrasing element. */
import { ELEMENT_NODE, NON_TEXT_PARENTS, isInlineElement as isInline } from './elements';

/** Inline ancestors climbed per lookup before switching to a cache (keeps 10,000 nested spans linear). */
const CLIMB_LIMIT = 32;

/** The nearest ancestor (or self) that is not a phrasing element: the block whose text to rescan when `node` changes. */
export function scanRootFor(node: Node): Node {
  let current: Node = node;
  if (current.nodeType !== ELEMENT_NODE && current.parentNode !== null) current = current.parentNode;
  while (isInline(current) && current.parentNode !== null) current = current.parentNode;
  return current;
}

/**
 * The block of each text node, with the last two parents remembered (text alternates between a paragraph and its
 * links). One lookup serves a whole scan, so deep inline chains are climbed once.
 */
export class BlockLookup {
  private recentParent: Node | null = null;
  private recentBlock: Node | null = null;
  private olderParent: Node | null = null;
  private olderBlock: Node | null = null;
  private readonly deepCache = new Map<Node, Node | null>();

  /** The node's block; null when its text is not page text (script, style, textarea...). */
  of(node: Text): Node | null {
    const parent = node.parentNode;
    if (parent === null) return node;
    if (parent === this.recentParent) return this.recentBlock;
    let block: Node | null;
    if (parent === this.olderParent) block = this.olderBlock;
    else if (!isInline(parent)) block = blockOf(parent);
    else if (parent.parentNode === this.recentParent && this.recentBlock !== null) block = this.recentBlock;
    else block = this.inlineBlockOf(parent);
    this.olderParent = this.recentParent;
    this.olderBlock = this.recentBlock;
    this.recentParent = parent;
    this.recentBlock = block;
    return block;
  }

  private inlineBlockOf(parent: Node): Node | null {
    let current: Node = parent;
    for (let steps = 0; isInline(current); steps++) {
      if (steps === CLIMB_LIMIT) return this.cachedBlockOf(current);
      if (current.parentNode === null) return current;
      current = current.parentNode;
    }
    return blockOf(current);
  }

  /** For deeply nested inline elements: each element is climbed once per scan. */
  private cachedBlockOf(start: Node): Node | null {
    const climbed: Node[] = [];
    let current: Node | null = start;
    let block: Node | null = null;
    while (current !== null) {
      const cached = this.deepCache.get(current);
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
    for (const element of climbed) this.deepCache.set(element, block);
    return block;
  }
}

/** The block of text whose parent is not inline: the parent itself, or null when its text is not page text. */
function blockOf(parent: Node): Node | null {
  return NON_TEXT_PARENTS.has((parent as Element).localName) ? null : parent;
}

