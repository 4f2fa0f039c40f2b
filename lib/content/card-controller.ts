/**
 * When the card opens and closes (WCAG 1.4.13: dismissible with Esc without moving the pointer, hoverable with a grace
 * period to travel onto it, persistent until the reader leaves or dismisses it), and keyboard focus handling.
 */
import type { Mark } from './mark-index';
import { markRects } from './hover-tracker';
import type { CardContent, CardHost } from './card-host';

const LEAVE_GRACE_MS = 350;

export type OpenedBy = 'pointer' | 'focus' | 'popup' | 'keyboard';

export interface CardControllerOptions {
  doc: Document;
  host: CardHost;
  /** The card's content for a mark; null when there is nothing to show. */
  contentFor: (mark: Mark) => Promise<Omit<CardContent, 'onClose'> | null>;
  signal: AbortSignal;
}

export class CardController {
  private openMark: Mark | null = null;
  private openedBy: OpenedBy | null = null;
  private anchor: Element | null = null;
  private graceTimer: ReturnType<typeof setTimeout> | undefined;
  private suppressFocusOpen: Element | null = null;
  private onClosed: ((returned: boolean) => void) | null = null;

  constructor(private readonly options: CardControllerOptions) {
    const { doc, signal, host } = options;
    doc.addEventListener('keydown', (event) => this.onKeyDown(event), { capture: true, signal });
    doc.addEventListener(
      'pointerdown',
      (event) => {
        if (this.openMark && !host.contains(event.target)) this.close();
      },
      { capture: true, signal },
    );
    doc.addEventListener('pointerover', (event) => (host.contains(event.target) ? this.cancelGrace() : undefined), { capture: true, signal });
    doc.addEventListener(
      'pointerout',
      (event) => {
        if (host.contains(event.target) && !host.contains(event.relatedTarget)) this.leaveSoon();
      },
      { capture: true, signal },
    );
    const reposition = () => host.reposition();
    doc.defaultView?.addEventListener('scroll', reposition, { capture: true, passive: true, signal });
    doc.defaultView?.addEventListener('resize', reposition, { passive: true, signal });
    signal.addEventListener('abort', () => this.cancelGrace());
  }

  get current(): Mark | null {
    return this.openMark;
  }

  /**
   * Opens the card for `mark` (a no-op if it is already open for it); true once it shows. Opened by the keyboard
   * command, the card takes focus; `onClosed` is called when it closes, unless another mark's card replaced it.
   */
  async open(mark: Mark, by: OpenedBy, anchor: Element | null, onClosed?: (returned: boolean) => void): Promise<boolean> {
    this.cancelGrace();
    if (this.openMark === mark) {
      if (by === 'keyboard') this.options.host.focusCard();
      return true;
    }
    this.openMark = mark;
    this.openedBy = by;
    this.anchor = anchor;
    this.onClosed = onClosed ?? null;
    const content = await this.options.contentFor(mark);
    // Another mark may have been opened, or this one closed, while the content was on its way.
    if (this.openMark !== mark || this.options.signal.aborted) return false;
    if (!content) {
      this.close();
      return false;
    }
    this.options.host.show({ ...content, onClose: () => this.close(true) }, () => markRects(mark));
    if (by === 'keyboard') this.options.host.focusCard();
    return true;
  }

  /** The pointer left the name: close after a grace period unless it reaches the card or comes back. */
  leaveSoon(): void {
    if (this.openedBy !== 'pointer' || this.graceTimer !== undefined) return;
    this.graceTimer = setTimeout(() => {
      this.graceTimer = undefined;
      this.close();
    }, LEAVE_GRACE_MS);
  }

  /** The pointer is back on the open card's name. */
  stay(mark: Mark | undefined): void {
    if (mark && mark === this.openMark) this.cancelGrace();
  }

  /** Focus moved: a card opened by focus closes when focus goes anywhere but its name or the card. */
  focusMoved(next: EventTarget | null): void {
    if (this.openedBy !== 'focus' || next === null) return;
    if (this.options.host.contains(next) || next === this.anchor) return;
    this.close();
  }

  close(returnFocus = false): void {
    this.cancelGrace();
    const hadFocus = this.options.host.hasFocus();
    this.options.host.hide();
    const anchor = this.anchor;
    const onClosed = this.onClosed;
    this.openMark = this.openedBy = this.anchor = this.onClosed = null;
    if ((returnFocus || hadFocus) && anchor instanceof HTMLElement) {
      this.suppressFocusOpen = anchor;
      anchor.focus();
    }
    onClosed?.(returnFocus);
  }

  /** True (once) when focus is being returned to `element` by the card itself, which must not reopen it. */
  consumeSuppressedFocus(element: Element): boolean {
    const suppressed = this.suppressFocusOpen === element;
    this.suppressFocusOpen = null;
    return suppressed;
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (!this.openMark) return;
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.close(true);
    } else if (event.key === 'Tab' && !event.shiftKey && this.openedBy === 'focus' && event.target === this.anchor) {
      // Tab from the focused name goes into its card first, as with a disclosure; Tab out of the card moves on.
      event.preventDefault();
      this.options.host.focusCard();
    } else if (event.key === 'Tab' && this.options.host.hasFocus() && this.options.host.focusAtEdge(!event.shiftKey)) {
      // Leaving the card by keyboard returns to its name (the card is not in the page's tab order), so the next
      // Tab continues through the page from there instead of trapping the reader in a loop.
      event.preventDefault();
      this.close(true);
    }
  }

  private cancelGrace(): void {
    clearTimeout(this.graceTimer);
    this.graceTimer = undefined;
  }
}
