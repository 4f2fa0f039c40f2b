/** Quiet mode's one place on the page side: which marks are painted. Hover and focus still use every mark. */
import { firstMentionOfEach } from '@/utils/quiet-mode';
import type { Mark } from './mark-index';
import { compareMarks } from './page-order';

/** The marks to paint: all of them, or in quiet mode the first of each person in page order. */
export function marksToPaint(marks: readonly Mark[], quiet: boolean): readonly Mark[] {
  // Page order across shadow roots too: marks are kept in the order scans added them, and live rescans append.
  return quiet ? firstMentionOfEach(marks, (a, b) => compareMarks(a, b) < 0) : marks;
}
