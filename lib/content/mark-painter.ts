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

/** Highlight names are shared with the page's own scripts, so they carry the extension's name. */
export const HIGHLIGHT_NAMES = {
  mark: 'rumor-context-mark',
  active: 'rumor-context-active',
  flash: 'rumor-context-flash',
} as const;

const STYLE_RULES: Record<MarkStyle, string> = {
  underline: `::highlight(${HIGHLIGHT_NAMES.mark}) { text-decoration: underline dotted 2px rgb(124 58 237 / 0.85); text-underline-offset: 3px; }`,
  highlight: `::highlight(${HIGHLIGHT_NAMES.mark}) { background-color: rgb(250 204 21 / 0.38); }`,
  none: '',
};

const ACTIVE_RULES = [
  `::highlight(${HIGHLIGHT_NAMES.active}) { background-color: rgb(167 139 250 / 0.35); }`,
  `::highlight(${HIGHLIGHT_NAMES.flash}) { background-color: rgb(250 204 21 / 0.85); color: #111; }`,
].join('\n');

type HighlightRegistry = { set(name: string, value: Highlight): void; get(name: string): Highlight | undefined; delete(name: string): boolean };

export class MarkPainter {
  private readonly registry: HighlightRegistry | null;
  private readonly highlights = new Map<string, Highlight>();
  private readonly sheet: CSSStyleSheet | null = null;

  constructor(private readonly doc: Document) {
    const css = doc.defaultView?.CSS as { highlights?: HighlightRegistry } | undefined;
    this.registry = css?.highlights && typeof Highlight === 'function' ? css.highlights : null;
    if (!this.registry) return;
    for (const name of Object.values(HIGHLIGHT_NAMES)) this.highlights.set(name, new Highlight());
    // ::highlight rules paint page text only from a sheet of the page's document; an adopted sheet adds no element.
    this.sheet = new CSSStyleSheet();
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, this.sheet];
    this.register();
  }

  /** True when marks can be painted (the Highlight API exists). */
  get canPaint(): boolean {
    return this.registry !== null;
  }

  /** Sets how marks look; `none` paints nothing. */
  setStyle(style: MarkStyle): void {
    this.sheet?.replaceSync(`${STYLE_RULES[style]}\n${ACTIVE_RULES}`);
  }

  /** Replaces the painted set of one layer with `ranges`. */
  paint(layer: keyof typeof HIGHLIGHT_NAMES, ranges: Iterable<AbstractRange>): void {
    const highlight = this.highlights.get(HIGHLIGHT_NAMES[layer]);
    if (!highlight) return;
    highlight.clear();
    for (const range of ranges) highlight.add(range);
    this.register();
  }

  /** Re-registers our highlights if the page cleared or replaced them in the shared registry. */
  register(): void {
    if (!this.registry) return;
    for (const [name, highlight] of this.highlights) {
      if (this.registry.get(name) !== highlight) this.registry.set(name, highlight);
    }
    if (this.sheet && !this.doc.adoptedStyleSheets.includes(this.sheet)) {
      this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.sheet];
    }
  }

  /** Removes every mark and the style sheet. */
  dispose(): void {
    for (const name of this.highlights.keys()) {
      if (this.registry?.get(name) === this.highlights.get(name)) this.registry?.delete(name);
    }
    this.highlights.clear();
    if (this.sheet) this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((sheet) => sheet !== this.sheet);
  }
}
