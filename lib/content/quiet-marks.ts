/** Quiet mode's one place on the page side: which marks are painted. Hover and focus still use every mark. */
import { firstMentionOfEach } from '@/utils/quiet-mode';
import type { Mark } from './mark-index';

/** The marks to paint: all of them, or in quiet mode the first of each person in page order. */
export function marksToPaint(marks: readonly Mark[], quiet: boolean): readonly Mark[] {
  return quiet ? firstMentionOfEach(marks, isEarlierOnPage) : marks;
}

// Marks are kept in the order scans added them, which is page order only within one scan: live rescans append.
function isEarlierOnPage(a: Mark, b: Mark): boolean {
  const nodeA = a.range.startContainer;
  const nodeB = b.range.startContainer;
  if (nodeA === nodeB) return a.range.startOffset < b.range.startOffset;
  return (nodeA.compareDocumentPosition(nodeB) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}
