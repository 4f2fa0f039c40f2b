/**
 * "Show next": the popup asks to scroll to a person's next mention, which flashes briefly (and can open its card); or,
 * with a mention's key, to that mention (where the page repeats a rumor).
 */
import type { Feature } from '@/lib/content/runtime/runtime';
import type { Mark } from '@/lib/content/mark-index';
import { marksInPageOrder } from '@/lib/content/page-order';

const FLASH_MS = 1200;

export const showNext: Feature = {
  id: 'show-next',
  init(runtime, signal) {
    const nextIndex = new Map<string, number>();
    let flashTimer: ReturnType<typeof setTimeout> | undefined;
    signal.addEventListener('abort', () => clearTimeout(flashTimer), { once: true });

    runtime.answer('jump-to-mention', ({ person, key, openCard }) => {
      const view = runtime.doc.defaultView;
      if (!runtime.isOn || !view) return false;
      const marks = marksInPageOrder(runtime.marks.all()).filter((mark) => mark.person === person);
      const index = key === undefined ? (nextIndex.get(person) ?? 0) % Math.max(1, marks.length) : marks.findIndex((mark) => mark.key === key);
      const mark = marks[index];
      if (!mark) return false;
      nextIndex.set(person, index + 1);
      const rect = rangeOf(runtime.doc, mark).getBoundingClientRect();
      view.scrollBy({ top: rect.top - view.innerHeight / 2, left: 0, behavior: 'instant' });
      runtime.paint('flash', [mark.range]);
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => runtime.paint('flash', []), FLASH_MS);
      // The card stays until Esc or a click elsewhere; focus stays with the reader (in the popup, if it is open).
      if (openCard) void runtime.openCard(mark, { by: 'popup' });
      return true;
    });
  },
};

function rangeOf(doc: Document, mark: Mark): Range {
  const range = doc.createRange();
  range.setStart(mark.range.startContainer, mark.range.startOffset);
  range.setEnd(mark.range.endContainer, mark.range.endOffset);
  return range;
}
