/**
 * What every feature of the content script shares, owned in one place: the document, the lifetime signal, live
 * settings, the marks and their painter, the message router, the card's actions and the "settled" fact. The runtime
 * decides when the extension is on for this page (the site is on); features ask to run while it is (`whileOn`).
 * Everything started is tied to a signal, so nothing outlives the content script.
 */
import { effectiveSiteSettings, isPersonMarked, type Settings } from '@/utils/settings';
import { people as allPeople } from '@/utils/dataset/bundled-people';
import type { Person } from '@/utils/dataset/types';
import type { ToContent } from '@/utils/messages';
import type { Handlers } from '@/lib/messaging';
import { watchSettings } from '@/lib/settings-read';
import { loadDismissed } from '@/lib/dismissed-read';
import { MarkIndex, type Mark } from '@/lib/content/mark-index';
import { marksToPaint } from '@/lib/content/quiet-marks';
import { type HIGHLIGHT_NAMES, MarkPainter } from '@/lib/content/mark-painter';
import type { CardContent } from '@/lib/content/card-host';
import type { CardData } from '@/utils/dataset/queries';
import { Settle } from './settle';

/** A feature: one file, registered in features/index.ts. `init` runs once; `signal` aborts when the script ends. */
export interface Feature {
  id: string;
  init(runtime: Runtime, signal: AbortSignal): void;
}

/** Another feature asks for the card of a mark: the keyboard command (focus goes into it) or the popup's "show next". */
export interface CardRequest {
  by: 'keyboard' | 'popup';
  /** Said by a screen reader as the card opens (a live region in the card's host). */
  announce?: string;
  /** The card closed: `returned` when the reader closed it (Esc, Close, Tab out), not by opening another or clicking away. */
  onClosed?: (returned: boolean) => void;
}

/** What the hover card offers other features while it runs. */
export interface CardOpener {
  open(mark: Mark, request: CardRequest): Promise<boolean>;
  /** The mark whose card is open, if any. */
  current(): Mark | null;
}

/** The card's buttons that features implement, by their RumorCard prop. */
export type CardActionName = Exclude<keyof CardContent, keyof CardData | 'passage' | 'hiddenTopics' | 'onClose'>;
type CardActionProps = Record<CardActionName, () => void>;

export interface RuntimeStart {
  doc: Document;
  signal: AbortSignal;
  /** The settings at start (the runtime follows changes itself). */
  settings: Settings;
  /**
   * The features only a page with marks needs (the card, hover, its buttons): loaded and started on the first mark,
   * so a page without one never evaluates their code. None when every feature is started at once.
   */
  loadMentionFeatures?: () => Promise<readonly Feature[]>;
  /** Where features register their answers; the caller listens for messages with it (./start.ts). */
  handlers: Partial<Handlers<ToContent>>;
}

export class Runtime {
  readonly doc: Document;
  readonly hostname: string;
  readonly pageUrl: string;
  readonly signal: AbortSignal;
  readonly marks = new MarkIndex();
  readonly settle = new Settle();
  /** Mention keys the reader said are "not this person" on this page (read from storage on the first mark). */
  readonly dismissed = new Set<string>();
  private current: Settings;
  /** Set on the first mark: the dismissals are read and the mention features started, once per script. */
  private firstMention: Promise<void> | null = null;
  private mentionReady = false;
  private readonly loadMentionFeatures: () => Promise<readonly Feature[]>;
  private painter: MarkPainter | null = null;
  private session: AbortController | null = null;
  private sessionPeople = '';
  private readonly onStarts: ((signal: AbortSignal) => void)[] = [];
  private readonly handlers: Partial<Handlers<ToContent>>;
  private readonly cardActions = new Map<CardActionName, (mark: Mark) => void>();
  private readonly settingsListeners = new Set<(settings: Settings) => void>();
  private cardOpener: CardOpener | null = null;

  constructor(start: RuntimeStart) {
    this.doc = start.doc;
    this.signal = start.signal;
    this.hostname = start.doc.location.hostname;
    this.pageUrl = start.doc.location.href;
    this.current = start.settings;
    this.handlers = start.handlers;
    this.loadMentionFeatures = start.loadMentionFeatures ?? (() => Promise.resolve([]));
  }

  /** The settings as last applied. */
  get settings(): Settings {
    return this.current;
  }

  /** True while the extension works on this page (its site is on). */
  get isOn(): boolean {
    return this.session !== null;
  }

  /** The people whose names are marked, by the current settings. */
  markedPeople(): Person[] {
    return allPeople.filter((person) => isPersonMarked(this.current, person.id));
  }

  /** Runs `start` every time the extension starts working on the page (now, if it is); its signal aborts when it stops. */
  whileOn(start: (signal: AbortSignal) => void): void {
    this.onStarts.push(start);
    if (this.session) start(this.session.signal);
  }

  /** Calls `listener` after every settings change was applied. */
  onSettings(listener: (settings: Settings) => void, signal: AbortSignal): void {
    this.settingsListeners.add(listener);
    signal.addEventListener('abort', () => this.settingsListeners.delete(listener), { once: true });
  }

  /** Answers one kind of message to this content script (one handler per kind). */
  answer<Type extends keyof ToContent & string>(type: Type, handler: Handlers<ToContent>[Type]): void {
    this.handlers[type] = handler;
  }

  /** Implements one of the card's buttons; the card closes after it. */
  cardAction(name: CardActionName, run: (mark: Mark) => void): void {
    this.cardActions.set(name, run);
  }

  /** The card's button callbacks for `mark` (a button no feature implements does nothing). */
  cardActionsFor(mark: Mark, after: () => void): CardActionProps {
    const act = (name: CardActionName) => () => {
      this.cardActions.get(name)?.(mark);
      after();
    };
    return { onDisableSite: act('onDisableSite'), onNotThisPerson: act('onNotThisPerson') };
  }

  /** The hover card offers to open its card for other features, until `signal` aborts. */
  offerCard(opener: CardOpener, signal: AbortSignal): void {
    this.cardOpener = opener;
    signal.addEventListener('abort', () => (this.cardOpener === opener ? (this.cardOpener = null) : undefined), { once: true });
  }

  /** Opens the card for `mark`; false when no card can open (the extension is off, or the card has no content). */
  openCard(mark: Mark, request: CardRequest): Promise<boolean> {
    return this.cardOpener?.open(mark, request) ?? Promise.resolve(false);
  }

  /** The mark whose card is open, if any. */
  get openCardMark(): Mark | null {
    return this.cardOpener?.current() ?? null;
  }

  /**
   * Replaces what one highlight layer paints (nothing while the extension is off on this page). The painter is
   * created with the first range to paint: a page without marks registers no highlight.
   */
  paint(layer: keyof typeof HIGHLIGHT_NAMES, ranges: Iterable<AbstractRange>): void {
    if (!this.session) return;
    const list = [...ranges];
    if (!this.painter) {
      if (list.length === 0) return;
      this.painter = new MarkPainter(this.doc);
      this.painter.setStyle(effectiveSiteSettings(this.current, this.hostname).markStyle);
    }
    this.painter.paint(layer, list);
  }

  /**
   * Paints the marks as they are in `marks`. The first time there are any, the page's dismissals are read and the
   * mention features loaded first; the marks are painted once both are in, without the dismissed ones.
   */
  repaintMarks(): void {
    if (!this.mentionReady) {
      if (this.marks.all().length > 0) this.firstMention ??= this.settle.track(this.startMentionFeatures());
      return;
    }
    this.paint('mark', marksToPaint(this.marks.all(), this.current.global.quietMode).map((mark) => mark.range));
  }

  private async startMentionFeatures(): Promise<void> {
    // Neither failing may keep the marks from being painted: no dismissals read, or no card, is still a marked page.
    const [dismissed, features] = await Promise.all([
      loadDismissed(this.pageUrl).catch(() => new Set<string>()),
      this.loadMentionFeatures().catch(() => []),
    ]);
    if (this.signal.aborted) return;
    for (const key of dismissed) this.dismissed.add(key);
    this.marks.removeWhere((mark) => this.dismissed.has(mark.key));
    this.mentionReady = true;
    for (const feature of features) feature.init(this, this.signal);
    this.repaintMarks();
  }

  /** Stops and starts again (the page replaced its whole document, and every listener with it). */
  restart(): void {
    this.stop();
    this.apply(this.current);
  }

  /** Starts following settings; called once, after every feature's init. */
  run(): void {
    const unwatch = watchSettings((next) => this.apply(next));
    this.signal.addEventListener('abort', () => {
      unwatch();
      this.stop();
    });
    this.apply(this.current);
  }

  private apply(next: Settings): void {
    const quietChanged = next.global.quietMode !== this.current.global.quietMode;
    this.current = next;
    const site = effectiveSiteSettings(next, this.hostname);
    if (!site.enabled) this.stop();
    else {
      if (this.session && this.sessionPeople !== peopleKey(next)) this.stop();
      if (!this.session) this.start();
      else {
        this.painter?.setStyle(site.markStyle);
        if (quietChanged) this.repaintMarks();
      }
    }
    for (const listener of this.settingsListeners) listener(next);
  }

  private start(): void {
    const session = new AbortController();
    this.signal.addEventListener('abort', () => session.abort(), { once: true, signal: session.signal });
    this.session = session;
    this.sessionPeople = peopleKey(this.current);
    for (const onStart of this.onStarts) onStart(session.signal);
  }

  private stop(): void {
    if (!this.session) return;
    this.session.abort();
    this.session = null;
    this.painter?.dispose();
    this.painter = null;
    this.marks.clear();
  }
}

function peopleKey(settings: Settings): string {
  return allPeople.map((person) => (isPersonMarked(settings, person.id) ? 1 : 0)).join('');
}
