/**
 * Turns pointer rests and keyboard focus on marked names into "open the card for this mark" requests.
 * The pointer is resolved with caretPositionFromPoint (about 8 us whatever the number of marks), at most once per
 * animation frame, and confirmed against the mark's own rectangles so the blank space after a line never counts.
 */
import type { ModifierKey } from '@/utils/settings';
import type { Mark, MarkIndex } from './mark-index';

export interface HoverTrackerOptions {
  doc: Document;
  marks: MarkIndex;
  /** Current intent delay and modifier, read on every event so settings apply live. */
  hoverDelayMs: () => number;
  modifier: () => ModifierKey;
  /** Whether the pointer is over the open card (so leaving the name towards it keeps it open). */
  isInsideCard: (target: EventTarget | null) => boolean;
  onIntent: (mark: Mark, how: 'pointer' | 'focus', anchor: Element | null) => void;
  /** The mark under the pointer changed (undefined: none); called at once, before any delay. */
  onHoverChange: (mark: Mark | undefined) => void;
  onFocusOut: (next: EventTarget | null) => void;
  signal: AbortSignal;
}

/** Starts listening; everything is removed when `signal` aborts. */
export function trackHover(options: HoverTrackerOptions): void {
  const { doc, signal } = options;
  let frameRequested = false;
  let lastEvent: PointerEvent | null = null;
  let hovered: Mark | undefined;
  /** The mark whose intent already fired: resting on it longer must not reopen a card the reader closed. */
  let fired: Mark | undefined;
  let intentTimer: ReturnType<typeof setTimeout> | undefined;

  const cancelIntent = () => {
    clearTimeout(intentTimer);
    intentTimer = undefined;
  };
  signal.addEventListener('abort', cancelIntent);

  const startIntent = () => {
    const mark = hovered;
    if (!mark || intentTimer !== undefined || fired === mark) return;
    intentTimer = setTimeout(() => {
      intentTimer = undefined;
      if (hovered !== mark) return;
      fired = mark;
      options.onIntent(mark, 'pointer', null);
    }, options.hoverDelayMs());
  };

  const resolve = () => {
    frameRequested = false;
    const event = lastEvent;
    if (!event || signal.aborted) return;
    if (options.isInsideCard(event.target)) {
      cancelIntent();
      return;
    }
    const mark = markAtPoint(doc, options.marks, event.clientX, event.clientY);
    if (mark !== hovered) {
      hovered = mark;
      fired = undefined;
      cancelIntent();
      options.onHoverChange(mark);
    }
    if (modifierHeld(event, options.modifier())) startIntent();
  };

  // Pressing the modifier while already resting on a name counts too.
  doc.addEventListener(
    'keydown',
    (event) => {
      if (options.modifier() !== 'none' && event.key === options.modifier()) startIntent();
    },
    { capture: true, signal },
  );

  doc.addEventListener(
    'pointermove',
    (event) => {
      if (event.pointerType === 'touch') return;
      lastEvent = event;
      if (!frameRequested) {
        frameRequested = true;
        requestAnimationFrame(resolve);
      }
    },
    { capture: true, passive: true, signal },
  );

  doc.addEventListener(
    'focusin',
    (event) => {
      // Inside a page's open shadow root, the event is retargeted to the host: the element really focused is first.
      const target = event.target instanceof Element && !options.isInsideCard(event.target) ? (event.composedPath()[0] ?? event.target) : null;
      if (!(target instanceof Element) || isTypingField(target)) return;
      const mark = firstMarkInside(options.marks, target);
      if (mark) options.onIntent(mark, 'focus', target);
    },
    { capture: true, signal },
  );

  doc.addEventListener('focusout', (event) => options.onFocusOut(event.relatedTarget), { capture: true, signal });
}

function modifierHeld(event: MouseEvent, modifier: ModifierKey): boolean {
  switch (modifier) {
    case 'none':
      return true;
    case 'Alt':
      return event.altKey;
    case 'Shift':
      return event.shiftKey;
    case 'Control':
      return event.ctrlKey;
    case 'Meta':
      return event.metaKey;
  }
}

/** The mark under a viewport point, if the point is really over its text. */
function markAtPoint(doc: Document, marks: MarkIndex, x: number, y: number): Mark | undefined {
  // Without the roots, the caret stops at the outermost host of text in a shadow root (it is retargeted).
  const shadowRoots = marks.shadowRoots();
  const caret = shadowRoots.length === 0 ? doc.caretPositionFromPoint?.(x, y) : doc.caretPositionFromPoint?.(x, y, { shadowRoots });
  if (!caret || caret.offsetNode.nodeType !== Node.TEXT_NODE) return undefined;
  const mark = marks.at(caret.offsetNode, caret.offset) ?? marks.at(caret.offsetNode, caret.offset - 1);
  if (!mark) return undefined;
  return markRects(mark).some((rect) => x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) ? mark : undefined;
}

/** The client rectangles of a mark's text (one per line it wraps over). */
export function markRects(mark: Mark): DOMRect[] {
  const range = mark.range.startContainer.ownerDocument!.createRange();
  range.setStart(mark.range.startContainer, mark.range.startOffset);
  range.setEnd(mark.range.endContainer, mark.range.endOffset);
  const rects = [...range.getClientRects()];
  range.detach();
  return rects;
}

/** A focused element counts as focusing a name when the name is inside it (a link, a button, a heading with tabindex). */
function firstMarkInside(marks: MarkIndex, element: Element): Mark | undefined {
  if ((element.textContent?.length ?? 0) > 500) return undefined;
  return marks.all().find((mark) => element.contains(mark.range.startContainer));
}

function isTypingField(element: Element): boolean {
  return element.matches('input, textarea, select, [contenteditable]:not([contenteditable="false"])') || (element as HTMLElement).isContentEditable;
}
