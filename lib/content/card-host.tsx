/**
 * The one owner of the card's shadow root: creates it on first use, renders, positions, and unmounts.
 * The host is an unknown element with a shadow root: page styles cannot reach in, and the card's styles come from an
 * adopted sheet, which a strict Content-Security-Policy does not block. The root is open (the card shows only the
 * bundled dataset, and tests and assistive tools can see it), so the page could reach its buttons: every event that
 * a script made up (isTrusted false) is stopped at the root, and the page cannot press the card's buttons.
 */
import { render } from 'preact';
import { RumorCard } from '@/components/card';
import cardCss from '@/components/card/card.css?inline';
import { placeCard, type Rect } from '@/utils/card-position';
import type { Claim, Person, Source } from '@/utils/dataset/types';

const HOST_TAG = 'rumor-context-ui';
const VIEWPORT_MARGIN = 8;
const MAX_CARD_HEIGHT = 480;
const UNTRUSTED_EVENT_TYPES = ['click', 'keydown', 'keyup', 'pointerdown', 'pointerup', 'mousedown', 'mouseup', 'input', 'change', 'submit'];
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

export interface CardContent {
  person: Person;
  claims: Claim[];
  sourcesById: Record<string, Source>;
  currency: { articleCount: number; newestArticleDate: string | null; newestEventDate: string | null };
  onClose: () => void;
  onDisableSite: () => void;
  onNotThisPerson: () => void;
}

export class CardHost {
  private host: HTMLElement | null = null;
  private container: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  private anchorRects: () => Rect[] = () => [];

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
    container.style.visibility = 'hidden';
    render(<RumorCard {...content} />, container);
    this.reposition();
    container.style.visibility = 'visible';
  }

  /** Keeps the card beside its name after a scroll or resize; hides it if the name left the page. */
  reposition(): void {
    const container = this.container;
    if (!container || !this.isOpen) return;
    const view = this.doc.defaultView!;
    const viewport = { width: view.innerWidth, height: view.innerHeight };
    container.style.maxHeight = `${Math.min(MAX_CARD_HEIGHT, viewport.height - 2 * VIEWPORT_MARGIN)}px`;
    const card = container.getBoundingClientRect();
    const placement = placeCard({
      anchor: this.anchorRects(),
      card: { width: card.width, height: card.height },
      viewport,
      margin: VIEWPORT_MARGIN,
    });
    container.style.left = `${placement.left}px`;
    container.style.top = `${placement.top}px`;
    container.style.maxHeight = `${placement.maxHeight}px`;
    container.dataset.placement = placement.placement;
  }

  /** Moves keyboard focus into the card (only when the reader asked with the keyboard). */
  focusCard(): void {
    const first = this.container?.querySelector<HTMLElement>(FOCUSABLE);
    (first ?? this.container)?.focus();
  }

  /** True when Tab (or Shift+Tab when `forward` is false) would leave the card from its current focus. */
  focusAtEdge(forward: boolean): boolean {
    const focusables = [...(this.container?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])].filter((el) => el.getClientRects().length > 0);
    const active = this.shadow?.activeElement ?? null;
    if (focusables.length === 0 || active === null) return true;
    return active === (forward ? focusables[focusables.length - 1] : focusables[0]);
  }

  /** True when keyboard focus is inside the card. */
  hasFocus(): boolean {
    return this.host != null && this.doc.activeElement === this.host;
  }

  hide(): void {
    if (this.container) render(null, this.container);
  }

  /** Unmounts the card and removes the host element from the page. */
  dispose(): void {
    this.hide();
    this.host?.remove();
    this.host = this.container = null;
    this.shadow = null;
  }

  private ensureHost(): HTMLElement {
    if (this.host?.isConnected && this.container) return this.container;
    const host = this.doc.createElement(HOST_TAG);
    host.setAttribute('data-rumor-context-ui', '');
    for (const [property, value] of Object.entries(HOST_STYLE)) host.style.setProperty(property, value, 'important');
    const shadow = host.attachShadow({ mode: 'open' });
    for (const type of UNTRUSTED_EVENT_TYPES) {
      shadow.addEventListener(type, (event) => (event.isTrusted ? undefined : event.stopImmediatePropagation()), { capture: true });
    }
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(cardCss);
    shadow.adoptedStyleSheets = [sheet];
    const container = this.doc.createElement('div');
    container.className = 'rc-card-position';
    container.style.position = 'fixed';
    container.style.overflow = 'auto';
    container.tabIndex = -1;
    shadow.append(container);
    this.doc.documentElement.append(host);
    this.host = host;
    this.shadow = shadow;
    this.container = container;
    return container;
  }
}
