/**
 * What Chromium has and happy-dom lacks, for the content-script tier: StaticRange, the CSS Custom Highlight API
 * (Highlight, CSS.highlights), popovers, caretPositionFromPoint (which tests point at a text node with `pointAt`) and
 * an IntersectionObserver that reports (which tests move an element away from the viewport with `setNear`).
 */
class StaticRangeShim {
  readonly startContainer: Node;
  readonly startOffset: number;
  readonly endContainer: Node;
  readonly endOffset: number;
  readonly collapsed: boolean;
  constructor(init: StaticRangeInit) {
    this.startContainer = init.startContainer;
    this.startOffset = init.startOffset;
    this.endContainer = init.endContainer;
    this.endOffset = init.endOffset;
    this.collapsed = init.startContainer === init.endContainer && init.startOffset === init.endOffset;
  }
}

class HighlightShim extends Set<AbstractRange> {}

const globals = globalThis as Record<string, unknown>;
globals.StaticRange ??= StaticRangeShim;
globals.Highlight ??= HighlightShim;
const css = { highlights: new Map<string, HighlightShim>(), supports: () => false, escape: (value: string) => value };
Object.defineProperty(window, 'CSS', { value: css, configurable: true });

// happy-dom's IntersectionObserver never reports. This one finds every observed element near the viewport (happy-dom
// lays nothing out: every box is at the origin, see the end of this file) unless a test moved it away. It reports
// after the current task (a browser reports after the next frame), so a test that settled sees the marks painted.
const farElements = new WeakSet<Element>();
const boxlessElements = new WeakSet<Element>();
const observers = new Set<IntersectionObserverShim>();
class IntersectionObserverShim {
  private readonly targets = new Set<Element>();
  constructor(private readonly callback: IntersectionObserverCallback) {
    observers.add(this);
  }
  observe(target: Element): void {
    this.targets.add(target);
    queueMicrotask(() => this.report(target));
  }
  unobserve(target: Element): void {
    this.targets.delete(target);
  }
  disconnect(): void {
    this.targets.clear();
    observers.delete(this);
  }
  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }
  report(target: Element): void {
    if (!this.targets.has(target)) return;
    const size = boxlessElements.has(target) ? 0 : 1;
    const boundingClientRect = { width: size, height: size } as DOMRectReadOnly;
    const entry = { target, isIntersecting: !farElements.has(target) && size > 0, boundingClientRect } as IntersectionObserverEntry;
    this.callback([entry], this as unknown as IntersectionObserver);
  }
}
for (const scope of [globals, window as unknown as Record<string, unknown>]) scope.IntersectionObserver = IntersectionObserverShim;

/**
 * Moves `element` near the viewport or away from it, as scrolling would, or takes its box away (`boxless`: display
 * contents or none): observers report it at once.
 */
export function setNear(element: Element, near: boolean | 'boxless'): void {
  if (near === false) farElements.add(element);
  else farElements.delete(element);
  if (near === 'boxless') boxlessElements.add(element);
  else boxlessElements.delete(element);
  for (const observer of observers) observer.report(element);
}

let caret: { offsetNode: Node; offset: number } | null = null;
/** Makes caretPositionFromPoint answer `node` at `offset` (null: nothing under the pointer). */
export function pointAt(node: Node | null, offset = 0): void {
  caret = node ? { offsetNode: node, offset } : null;
}
for (const target of [Document.prototype, Object.getPrototypeOf(document) as object, document]) {
  Object.defineProperty(target, 'caretPositionFromPoint', { value: () => caret, configurable: true });
}

/** The ranges painted under a highlight name. */
export function painted(name: string): AbstractRange[] {
  return [...(css.highlights.get(name) ?? [])];
}

/** Clicks like a reader: the card drops every event a script made up (isTrusted false). */
export function readerClick(target: Element | undefined): void {
  const event = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  target?.dispatchEvent(event);
}

// The card's host goes into the top layer as a manual popover; happy-dom has no top layer.
const element = HTMLElement.prototype as unknown as Record<string, unknown>;
element.showPopover ??= () => undefined;
element.hidePopover ??= () => undefined;

// happy-dom lays nothing out: every range is one 1x1 box at the origin, where tests point.
Range.prototype.getClientRects = function getClientRects() {
  const box = { left: 0, top: 0, right: 1, bottom: 1, width: 1, height: 1, x: 0, y: 0 };
  return Object.assign([{ ...box, toJSON: () => box }], { item: () => null }) as unknown as DOMRectList;
};
