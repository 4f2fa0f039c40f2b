/**
 * The one owner of the card's shadow root: creates it on first use, renders, positions, and unmounts.
 * The host is an unknown element with a shadow root: page styles cannot reach in, and the card's styles come from an
 * adopted sheet, which a strict Content-Security-Policy does not block. The root is open (the card shows only the
 * bundled dataset, and tests and assistive tools can see it), so the page could reach its buttons: every event that
 * a script made up (isTrusted false) is stopped at the root, and the page cannot press the card's buttons.
 */
import { render } from 'preact';
import { cardCss, RumorCard } from '@/components/card';
import { cardMaxHeight, placeCard, type Rect } from '@/utils/card-position';
import type { CardData } from '@/utils/dataset/queries';
import type { MatchedClaim } from '@/utils/claim-match/describe';
import type { TopicId } from '@/utils/topics';

const HOST_TAG = 'rumor-context-ui';
const VIEWPORT_MARGIN = 8;
const UNTRUSTED_EVENT_TYPES = ['click', 'keydown', 'keyup', 'pointerdown', 'pointerup', 'mousedown', 'mouseup', 'input', 'change', 'submit'];
/** Visually hidden, still read by screen readers (the usual clip pattern). */
const SPOKEN_ONLY_STYLE = 'position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap';
/** A live region announces a change to its text, so the text is set a moment after the region exists or was cleared. */
const ANNOUNCE_DELAY_MS = 100;
const FOCUSABLE = 'button, [href], summary, input, select, textarea, [tabindex]:not([tabindex="-1"])';

/** Host styles are set inline with !important so page rules on `*` cannot hide or move the host. */
const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  display: 'block',
  position: 'fixed',
  top: '0',
  left: '0',
  width: '0',
  height: '0',
  overflow: 'visible',
  'z-index': '2147483647',
  visibility: 'visible',
  opacity: '1',
  transform: 'none',
  filter: 'none',
  contain: 'none',
  'pointer-events': 'auto',
};

export interface CardContent extends CardData {
  /** The claims the passage around the mention repeats, best first: the card's first section. */
  passage: MatchedClaim[];
  /** Topics the reader hid (settings); the card leaves their claims out. */
  hiddenTopics: readonly TopicId[];
  onClose: () => void;
  onDisableSite: () => void;
  onNotThisPerson: () => void;
}

export class CardHost {
  private host: HTMLElement | null = null;
  private container: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  private anchorRects: () => Rect[] = () => [];
  private content: CardContent | null = null;
  private status: HTMLElement | null = null;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly doc: Document) {}

  /** True when `target` is the card or inside it. */
  contains(target: EventTarget | null): boolean {
    return target != null && target === this.host;
  }

  get isOpen(): boolean {
    return this.container?.firstChild != null;
  }

  /** Renders the card next to the name whose rectangles `anchorRects` returns. */
  show(content: CardContent, anchorRects: () => Rect[]): void {
    const container = this.ensureHost();
    this.anchorRects = anchorRects;
    this.content = content;
    container.style.visibility = 'hidden';
    this.reposition();
    container.style.visibility = 'visible';
  }

  /** Re-renders the open card with a reader's choice changed in settings (hidden topics), in place. */
  update(change: Pick<CardContent, 'hiddenTopics'>): void {
    if (!this.content || !this.isOpen) return;
    this.content = { ...this.content, ...change };
    this.reposition();
  }

  /**
   * Places the card beside its name (after a scroll or resize too): rendered at its full height first, measured,
   * then given the height the placement leaves it, so only its middle scrolls when it is squeezed.
   */
  reposition(): void {
    const { container, content } = this;
    if (!container || !content) return;
    const view = this.doc.defaultView!;
    const viewport = { width: view.innerWidth, height: view.innerHeight };
    const fullHeight = cardMaxHeight(viewport.height, VIEWPORT_MARGIN);
    render(<RumorCard {...content} maxHeight={fullHeight} />, container);
    const card = container.getBoundingClientRect();
    const placement = placeCard({ anchor: this.anchorRects(), card, viewport, margin: VIEWPORT_MARGIN });
    if (placement.maxHeight < card.height) render(<RumorCard {...content} maxHeight={placement.maxHeight} />, container);
    container.style.left = `${placement.left}px`;
    container.style.top = `${placement.top}px`;
    container.dataset.placement = placement.placement;
  }

  /** Has a screen reader say `text` (politely, after what it is reading), from a live region in the card's root. */
  announce(text: string): void {
    this.ensureHost();
    const status = this.status!;
    status.textContent = '';
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => (status.textContent = text), ANNOUNCE_DELAY_MS);
  }

  /** Moves keyboard focus into the card (only when the reader asked with the keyboard). */
  focusCard(): void {
    // The dialog itself takes focus, so a screen reader announces its name before the reader tabs through it.
    this.container?.querySelector<HTMLElement>('[role="dialog"]')?.focus();
  }

  /** True when Tab (or Shift+Tab when `forward` is false) would leave the card from its current focus. */
  focusAtEdge(forward: boolean): boolean {
    const focusables = [...(this.container?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])].filter((el) => el.getClientRects().length > 0);
    const active = this.shadow?.activeElement ?? null;
    if (focusables.length === 0 || active === null) return true;
    if (active.getAttribute('role') === 'dialog') return !forward;
    return active === (forward ? focusables[focusables.length - 1] : focusables[0]);
  }

  /** True when keyboard focus is inside the card. */
  hasFocus(): boolean {
    return this.host != null && this.doc.activeElement === this.host;
  }

  hide(): void {
    this.content = null;
    if (this.container) render(null, this.container);
  }

  /** Unmounts the card and removes the host element from the page. */
  dispose(): void {
    this.hide();
    clearTimeout(this.announceTimer);
    this.host?.remove();
    this.host = this.container = this.status = null;
    this.shadow = null;
  }

  private ensureHost(): HTMLElement {
    if (this.host?.isConnected && this.container) return this.container;
    const host = this.doc.createElement(HOST_TAG);
    host.setAttribute('data-rumor-context-ui', '');
    for (const [property, value] of Object.entries(HOST_STYLE)) host.style.setProperty(property, value, 'important');
    const shadow = host.attachShadow({ mode: 'open' });
    for (const type of UNTRUSTED_EVENT_TYPES) {
      shadow.addEventListener(type, blockUntrusted, { capture: true });
    }
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(cardCss);
    shadow.adoptedStyleSheets = [sheet];
    const container = this.doc.createElement('div');
    container.className = 'rc-card-position';
    container.style.position = 'fixed';
    const status = this.doc.createElement('div');
    status.setAttribute('role', 'status');
    status.setAttribute('lang', 'en');
    status.style.cssText = SPOKEN_ONLY_STYLE;
    shadow.append(container, status);
    this.status = status;
    // In the top layer (a manual popover), the card escapes the page's stacking, clipping and transforms: a
    // transformed <html> would otherwise carry the fixed-position card off screen.
    host.popover = 'manual';
    this.doc.documentElement.append(host);
    host.showPopover();
    this.host = host;
    this.shadow = shadow;
    this.container = container;
    return container;
  }
}

/** A made-up event (a page script's click() or dispatchEvent) neither reaches the card nor triggers a default action. */
function blockUntrusted(event: Event): void {
  if (event.isTrusted) return;
  event.stopImmediatePropagation();
  event.preventDefault();
}
