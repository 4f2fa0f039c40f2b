/**
 * Paints marks with the CSS Custom Highlight API: no element is added to the page, so layout, the page's own DOM
 * reads and framework re-renders are untouched. Ranges are StaticRanges, which cost the page nothing when it edits
 * its text (live Ranges slow every edit).
 *
 * Fallback: where `CSS.highlights` is missing, nothing is painted and the card still opens on hover. Wrapping names in
 * elements would be visible to the page's scripts and undone or broken by framework re-renders, which is worse than
 * an unmarked name.
 */
import type { MarkStyle } from '@/utils/settings';
import markCss from './highlights.css?inline';
import { markRenderChange } from './perf-probe';
import { NearViewport } from './near-viewport';

/** Highlight names are shared with the page's own scripts, so they carry the extension's name. */
export const HIGHLIGHT_NAMES = {
  mark: 'rumor-context-mark',
  active: 'rumor-context-active',
  flash: 'rumor-context-flash',
} as const;

/**
 * The looks are in highlights.css, which the manifest injects before the page is styled: nothing here touches the
 * page's style sheets, because adding or changing one after load restyles the whole page. The painted marks are
 * under HIGHLIGHT_NAMES.mark (which no rule paints) and, to be painted, also under the name of the chosen style.
 */
const MARK_LOOKS: Record<MarkStyle, string | null> = {
  underline: 'rumor-context-mark-underline',
  highlight: 'rumor-context-mark-highlight',
  none: null,
};

/**
 * Above this many elements the underline style paints a quiet tint instead. A text-decoration in a highlight makes
 * Chromium redo the ink overflow of the whole painting layer (on most pages, the whole page) at every change of any
 * highlight, in proportion to the page's size: with 2 marks near the viewport, one change cost 5-8 ms of pre-paint
 * and paint on the 500k page's 8,700 elements and 43-74 ms on the 5 MB page's 85,000, whatever the decoration's
 * style, thickness, offset, skip-ink or colour (transparent too); a background costs 1.6 and 8 ms there
 * (scripts/highlight-change-cost.ts, 2026-12-03). 30,000 elements keep the decoration's pass near 20 ms.
 */
const UNDERLINE_MAX_ELEMENTS = 30_000;

type HighlightRegistry = { set(name: string, value: Highlight): void; get(name: string): Highlight | undefined; delete(name: string): boolean };

export class MarkPainter {
  private readonly registry: HighlightRegistry | null;
  private readonly highlights = new Map<string, Highlight>();
  /** The name under which the marks are painted for each style on this page. */
  private readonly looks: Record<MarkStyle, string | null> = { ...MARK_LOOKS };
  /** The name under which the marks are painted now. */
  private look: string | null = MARK_LOOKS.underline;
  /** Firefox only: the mark sheet, adopted by every open shadow root that holds a mark (see `coverShadowRoot`). */
  private readonly shadowSheet: CSSStyleSheet | null = null;
  private readonly coveredRoots = new Set<ShadowRoot>();
  /** Holds every mark and hands over those near the viewport (none where IntersectionObserver is missing). */
  private readonly nearViewport: NearViewport | null = null;

  constructor(doc: Document) {
    const css = doc.defaultView?.CSS as { highlights?: HighlightRegistry; supports?: (condition: string) => boolean } | undefined;
    this.registry = css?.highlights && typeof Highlight === 'function' ? css.highlights : null;
    if (!this.registry) return;
    // Counted once, with the first mark: a look that changed as the page grew would read as a different mark.
    if (doc.getElementsByTagName('*').length > UNDERLINE_MAX_ELEMENTS) this.looks.underline = 'rumor-context-mark-tint';
    this.look = this.looks.underline;
    // The same test as the sheet's Firefox-only block: Chromium pays nothing here.
    if (css?.supports?.('(-moz-appearance: none)')) this.shadowSheet = newSheet(doc, markCss);
    for (const name of Object.values(HIGHLIGHT_NAMES)) this.highlights.set(name, new Highlight());
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    if (typeof view?.IntersectionObserver === 'function') this.nearViewport = new NearViewport(doc, view, (near) => this.fill('mark', near));
    this.register();
  }

  /** Sets how marks look; `none` paints nothing. */
  setStyle(style: MarkStyle): void {
    if (this.look === this.looks[style]) return;
    this.unregisterLook();
    this.look = this.looks[style];
    this.register();
  }

  /**
   * Replaces the painted set of one layer with `ranges`. The marks layer paints only the marks near the viewport and
   * follows scrolling; the hover and flash layers (one mark each, brought into view first) are painted as given.
   */
  paint(layer: keyof typeof HIGHLIGHT_NAMES, ranges: Iterable<AbstractRange>): void {
    if (layer === 'mark' && this.nearViewport) this.nearViewport.set(ranges);
    else this.fill(layer, ranges);
  }

  /** Re-registers our highlights if the page cleared or replaced them in the shared registry. */
  register(): void {
    if (!this.registry) return;
    const entries = [...this.highlights];
    const mark = this.highlights.get(HIGHLIGHT_NAMES.mark);
    if (this.look !== null && mark) entries.push([this.look, mark]);
    for (const [name, highlight] of entries) {
      if (this.registry.get(name) !== highlight) this.registry.set(name, highlight);
    }
    // Every change of what is painted ends here (fill, setStyle): the bench charges the next frame to the extension.
    markRenderChange();
  }

  /** Removes every mark. */
  dispose(): void {
    this.nearViewport?.dispose();
    this.unregisterLook();
    for (const name of this.highlights.keys()) {
      if (this.registry?.get(name) === this.highlights.get(name)) this.registry?.delete(name);
    }
    this.highlights.clear();
    markRenderChange();
    for (const root of this.coveredRoots) {
      try {
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => sheet !== this.shadowSheet);
      } catch {
        // Nothing to undo on a root that refused the sheet.
      }
    }
    this.coveredRoots.clear();
  }

  /**
   * Firefox styles a highlight from the rules of the text's own tree, so the document's mark rules stop at a shadow
   * root (Chromium's highlight inheritance carries the :root rules into open roots): the root adopts the sheet too.
   */
  private coverShadowRoot(root: Node): void {
    if (!isShadowRoot(root) || this.coveredRoots.has(root) || this.shadowSheet === null) return;
    this.coveredRoots.add(root);
    try {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.shadowSheet];
    } catch {
      // A page that locked its root's sheets keeps them: its marks there go unpainted, the card still opens.
    }
  }

  private fill(layer: keyof typeof HIGHLIGHT_NAMES, ranges: Iterable<AbstractRange>): void {
    const highlight = this.highlights.get(HIGHLIGHT_NAMES[layer]);
    if (!highlight) return;
    highlight.clear();
    for (const range of ranges) {
      highlight.add(range);
      if (this.shadowSheet !== null) this.coverShadowRoot(range.startContainer.getRootNode());
    }
    this.register();
  }

  private unregisterLook(): void {
    const mark = this.highlights.get(HIGHLIGHT_NAMES.mark);
    if (this.look !== null && mark && this.registry?.get(this.look) === mark) this.registry.delete(this.look);
  }
}

function newSheet(doc: Document, text: string): CSSStyleSheet | null {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (!view?.CSSStyleSheet) return null;
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(text);
  return sheet;
}

function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === 11 && (node as ShadowRoot).host !== undefined;
}
