/** "Show me": scrolls to the next mention of a person and flashes it briefly. */
import type { MarkIndex } from './mark-index';
import type { MarkPainter } from './mark-painter';

const FLASH_MS = 1200;

export class MentionJumper {
  private nextIndex = new Map<string, number>();
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly marks: MarkIndex) {}

  /** Scrolls the next mention of `person` into view and flashes it; false when the page has none. */
  jump(person: string, painter: MarkPainter, doc: Document): boolean {
    const marks = this.marks
      .all()
      .filter((mark) => mark.person === person && mark.range.startContainer.isConnected)
      .sort((a, b) => comparePosition(a.range.startContainer, b.range.startContainer));
    if (marks.length === 0) return false;
    const index = (this.nextIndex.get(person) ?? 0) % marks.length;
    this.nextIndex.set(person, index + 1);
    const mark = marks[index]!;
    const range = doc.createRange();
    range.setStart(mark.range.startContainer, mark.range.startOffset);
    range.setEnd(mark.range.endContainer, mark.range.endOffset);
    const rect = range.getBoundingClientRect();
    const view = doc.defaultView!;
    view.scrollBy({ top: rect.top - view.innerHeight / 2, left: 0, behavior: 'instant' });
    painter.paint('flash', [mark.range]);
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => painter.paint('flash', []), FLASH_MS);
    return true;
  }
}

function comparePosition(a: Node, b: Node): number {
  if (a === b) return 0;
  return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}
