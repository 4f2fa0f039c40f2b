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
} from '../detector';
import { BlockLookup } from './blocks';
import { findRegions } from './find-regions';
import { joinRegion, type JoinedText } from './join-region';
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

type NodeSpan = Pick<DomMention, 'startNode' | 'startOffset' | 'endNode' | 'endOffset'>;

/**
 * Scans a subtree (for a changed node, pass `scanRootFor(node)`) and adds what it finds to `page`. Short forms are
 * resolved after the whole subtree has been read, so a full name anywhere in it counts.
 */
export function scanSubtree(root: Node, detector: Detector, page: PageContext): ScanResult {
  if (isInsideSkipped(root)) return { mentions: [], newlyEstablished: [] };
  const candidates: Candidate[] = [];
  const located: { span: NodeSpan; text: string }[] = [];
  const isSkipped = skippedChecker();
  const blocks = new BlockLookup();
  for (const region of findRegions(root, detector)) {
    const joined = joinRegion(region.nodes, blocks);
    const { visible, candidates: found } = readCandidates(joined.text, detector);
    for (const candidate of found) {
      const { start, end } = originalSpan(visible, candidate.start, candidate.end);
      const first = nodeIndexAt(joined.starts, start);
      const last = nodeIndexAt(joined.starts, end - 1);
      if (touchesSkipped(joined, first, last, isSkipped)) continue;
      // Candidates of all regions share one coordinate space: offsets in the subtree's whole text.
      const at = (index: number, offset: number) => region.starts[joined.regionIndexes[index]] + offset - joined.starts[index];
      candidates.push({ ...candidate, start: at(first, start), end: at(last, end) });
      located.push({ span: spanOf(joined, first, start, last, end), text: visible.text.slice(candidate.start, candidate.end) });
    }
  }
  const newlyEstablished = recordCandidates(page, candidates);
  const mentions = resolveCandidates(candidates, detector, page).map(({ person, form, index }) => ({
    person,
    form,
    text: located[index].text,
    ...located[index].span,
  }));
  return { mentions, newlyEstablished };
}

/** Scans a whole page from scratch: `page` is reset first, then reflects exactly this page. */
export function scanDocumentText(root: Node, detector: Detector, page: PageContext): DomMention[] {
  page.fullNameCounts.clear();
  page.rivalCounts.clear();
  return scanSubtree(root, detector, page).mentions;
}

function touchesSkipped(joined: JoinedText, first: number, last: number, isSkipped: (node: Node, block: Node) => boolean): boolean {
  for (let index = first; index <= last; index++) if (isSkipped(joined.nodes[index], joined.blocks[index])) return true;
  return false;
}

function spanOf(joined: JoinedText, first: number, start: number, last: number, end: number): NodeSpan {
  return {
    startNode: joined.nodes[first],
    startOffset: start - joined.starts[first],
    endNode: joined.nodes[last],
    endOffset: end - joined.starts[last],
  };
}

/** The index of the node holding joined offset `offset` (the last node starting at or before it). */
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
