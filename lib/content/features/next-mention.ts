/**
 * No mouse needed (WCAG 2.1.1): the keyboard command (Alt+Shift+N, in the manifest) moves to the next mention on the
 * page, in reading order from where the reader is, and opens its card with focus in it; a screen reader hears which
 * mention it is among how many. Pressed again, it moves on (round and round). Esc, the card's Close or Tab out of the
 * card returns the reader where they were: the focus they had and the scroll position (WCAG 2.4.3). The marks are
 * painted ranges with no element, so this is also how assistive technology reaches each one.
 */
import type { Feature, Runtime } from '@/lib/content/runtime/runtime';
import type { Mark } from '@/lib/content/mark-index';
import { markRects } from '@/lib/content/hover-tracker';
import { marksInPageOrder } from '@/lib/content/page-order';
import { mentionAnnouncement } from '@/utils/mention-announcement';

interface Place {
  focus: Element | null;
  x: number;
  y: number;
}

export const nextMention: Feature = {
  id: 'next-mention',
  init(runtime) {
    /** The mark the command last opened, while its card is still open. */
    let current: Mark | null = null;
    /** Where the reader was before the first press of a run of presses. */
    let returnTo: Place | null = null;

    runtime.answer('open-next-mention', async () => {
      const view = runtime.doc.defaultView;
      if (!runtime.isOn || !view) return false;
      const marks = marksInPageOrder(runtime.marks.all());
      if (marks.length === 0) return false;
      const continuing = current !== null && runtime.openCardMark === current && marks.includes(current);
      const index = continuing ? (marks.indexOf(current!) + 1) % marks.length : firstFromViewport(marks);
      if (!continuing) returnTo = { focus: deepActiveElement(runtime.doc), x: view.scrollX, y: view.scrollY };
      const mark = marks[index];
      const place = returnTo;
      current = mark;
      bringIntoView(view, mark);
      // Which name the card belongs to, for a reader who sees the page: the hover tint, until the card closes.
      runtime.paint('active', [mark.range]);
      return runtime.openCard(mark, {
        by: 'keyboard',
        announce: announcementFor(runtime, marks, mark),
        onClosed: (returned) => {
          if (current === mark) {
            current = null;
            runtime.paint('active', []);
          }
          if (returned && place) goBack(view, place);
        },
      });
    });
  },
};

/** The first mark not above the viewport (where the reader is reading); the first of the page when all are above. */
function firstFromViewport(marks: readonly Mark[]): number {
  const index = marks.findIndex((mark) => markRects(mark).some((rect) => rect.bottom > 0));
  return Math.max(0, index);
}

/** Scrolls the mark's scroll containers, then the window if the name is still out of view, to the middle. */
function bringIntoView(view: Window, mark: Mark): void {
  const node = mark.range.startContainer;
  const element = node.parentElement ?? (node.getRootNode() as ShadowRoot).host;
  element?.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
  const rect = markRects(mark)[0];
  if (rect && (rect.top < 0 || rect.bottom > view.innerHeight)) view.scrollBy({ top: rect.top - view.innerHeight / 2, left: 0, behavior: 'instant' });
}

function announcementFor(runtime: Runtime, marks: readonly Mark[], mark: Mark): string {
  const people = runtime.markedPeople();
  const count = (id: string) => marks.filter((other) => other.person === id).length;
  const person = people.find((candidate) => candidate.id === mark.person);
  const same = marks.filter((other) => other.person === mark.person);
  const others = people.filter((other) => other.id !== mark.person).map((other) => ({ name: other.name, count: count(other.id) }));
  return mentionAnnouncement({ name: person?.name ?? mark.text, count: same.length }, same.indexOf(mark) + 1, others);
}

/** The focused element, inside open shadow roots too (the page's own components). */
function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  // Focus in the card (opened by a hover, then tabbed into) is not a place to return to.
  if (active?.hasAttribute('data-rumor-context-ui')) return null;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function goBack(view: Window, place: Place): void {
  const focus = place.focus;
  if (focus?.isConnected && focus !== view.document.body && 'focus' in focus) (focus as HTMLElement).focus({ preventScroll: true });
  view.scrollTo({ left: place.x, top: place.y, behavior: 'instant' });
}
