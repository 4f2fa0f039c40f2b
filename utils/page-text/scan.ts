/** Finds mentions in a document or subtree and locates each one as text-node offsets (for a StaticRange). */
import type { PersonId } from '../dataset/types';
import {
  originalSpan,
  readCandidates,
  recordCandidates,
  resolveCandidates,
  type Candidate,
  type Detector,
  type MentionForm,
  type PageContext,
  type VisibleText,
} from '../detector';
import { joinText, type JoinedText } from './collect-text';
import { isInsideSkipped, skippedChecker } from './skipped';

/** A mention located in the DOM. `text` is the name as read (invisible characters removed, a <br> read as "\n"). */
export interface DomMention {
  person: PersonId;
  text: string;
  form: MentionForm;
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

export interface ScanResult {
  /** In page order. */
  mentions: DomMention[];
  /** People named in full for the first time on this page by this scan: rescan the page for their short forms. */
  newlyEstablished: PersonId[];
}

/**
 * Scans a subtree (for a changed node, pass `scanRootFor(node)`) and adds what it finds to `page`. Short forms are
 * resolved after the whole subtree has been read, so a full name anywhere in it counts.
 */
export function scanSubtree(root: Node, detector: Detector, page: PageContext): ScanResult {
  if (isInsideSkipped(root)) return { mentions: [], newlyEstablished: [] };
  const joined = joinText(root);
  const { visible, candidates } = readCandidates(joined.text, detector);
  const isSkipped = skippedChecker();
  const onPage = candidates.filter((candidate) => !touchesSkipped(candidate, visible, joined, isSkipped));
  const newlyEstablished = recordCandidates(page, onPage);
  const mentions = resolveCandidates(visible.text, onPage, detector, page).map((mention) => {
    const { startNode, startOffset, endNode, endOffset } = locate(mention, visible, joined);
    return { person: mention.person, text: mention.text, form: mention.form, startNode, startOffset, endNode, endOffset };
  });
  return { mentions, newlyEstablished };
}

/** Scans a whole page from scratch: `page` is reset first, then reflects exactly this page. */
export function scanDocumentText(root: Node, detector: Detector, page: PageContext): DomMention[] {
  page.fullNameCounts.clear();
  page.rivalCounts.clear();
  return scanSubtree(root, detector, page).mentions;
}

type NodeSpan = Pick<DomMention, 'startNode' | 'startOffset' | 'endNode' | 'endOffset'>;

function locate(span: { start: number; end: number }, visible: VisibleText, joined: JoinedText): NodeSpan & { first: number; last: number } {
  const { start, end } = originalSpan(visible, span.start, span.end);
  const first = nodeIndexAt(joined.starts, start);
  const last = nodeIndexAt(joined.starts, end - 1);
  return {
    startNode: joined.nodes[first],
    startOffset: start - joined.starts[first],
    endNode: joined.nodes[last],
    endOffset: end - joined.starts[last],
    first,
    last,
  };
}

function touchesSkipped(candidate: Candidate, visible: VisibleText, joined: JoinedText, isSkipped: (node: Node) => boolean): boolean {
  const { first, last } = locate(candidate, visible, joined);
  for (let index = first; index <= last; index++) if (isSkipped(joined.nodes[index])) return true;
  return false;
}

/** The index of the text node holding joined offset `offset` (the last node starting at or before it). */
function nodeIndexAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
