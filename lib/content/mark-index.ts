/** The marks on the page and the lookups the hover, the popup and rescans need. */
import type { PersonId } from '@/utils/dataset/types';

export interface Mark {
  person: PersonId;
  text: string;
  range: StaticRange;
  /** Identifies the mention for "not this person": the person, the name as written, and a little text around it. */
  key: string;
}

export class MarkIndex {
  private marks: Mark[] = [];
  private byNode = new WeakMap<Node, Mark[]>();
  /** The open shadow roots holding marks, and the roots around them (hover asks the caret API to look inside). */
  private roots = new Set<ShadowRoot>();

  /** All marks, in the order they were added (page order within each scan). */
  all(): readonly Mark[] {
    return this.marks;
  }

  /** Adds marks; each is findable from every text node it spans. */
  add(marks: Iterable<Mark>): void {
    for (const mark of marks) {
      this.marks.push(mark);
      this.noteRoot(mark.range.startContainer);
      this.indexNode(mark.range.startContainer, mark);
      if (mark.range.endContainer !== mark.range.startContainer) {
        for (const node of nodesBetween(mark.range)) this.indexNode(node, mark);
      }
    }
  }

  /** The open shadow roots that hold marks, with every shadow root around them; empty on most pages. */
  shadowRoots(): ShadowRoot[] {
    return [...this.roots];
  }

  /** The mark covering a caret position, if any. */
  at(node: Node, offset: number): Mark | undefined {
    return this.byNode.get(node)?.find((mark) => {
      const { startContainer, startOffset, endContainer, endOffset } = mark.range;
      const afterStart = node !== startContainer || offset >= startOffset;
      const beforeEnd = node !== endContainer || offset < endOffset;
      return afterStart && beforeEnd;
    });
  }

  /** Removes marks inside `root` (before it is rescanned) and marks whose text left the page. */
  removeWhere(predicate: (mark: Mark) => boolean): number {
    const before = this.marks.length;
    this.marks = this.marks.filter((mark) => !predicate(mark));
    if (this.marks.length !== before) this.reindex();
    return before - this.marks.length;
  }

  /** Drops every mark. */
  clear(): void {
    this.marks = [];
    this.byNode = new WeakMap();
    this.roots.clear();
  }

  private reindex(): void {
    const marks = this.marks;
    this.clear();
    this.add(marks);
  }

  private noteRoot(node: Node): void {
    for (let root = node.getRootNode(); isShadowRoot(root) && !this.roots.has(root); root = root.host.getRootNode()) this.roots.add(root);
  }

  private indexNode(node: Node, mark: Mark): void {
    const list = this.byNode.get(node);
    if (list) list.push(mark);
    else this.byNode.set(node, [mark]);
  }
}

/** Text nodes after the start node up to the end node of a range that spans markup (rare, and short). */
function nodesBetween(range: StaticRange): Node[] {
  const nodes: Node[] = [];
  const doc = range.startContainer.ownerDocument;
  if (!doc) return nodes;
  const walker = doc.createTreeWalker(doc, NodeFilter.SHOW_TEXT);
  walker.currentNode = range.startContainer;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node);
    if (node === range.endContainer || nodes.length > 64) break;
  }
  return nodes;
}

function isShadowRoot(node: Node): node is ShadowRoot {
  return (node as ShadowRoot).host !== undefined && node.nodeType === 11;
}
