/**
 * Where the hover card goes, from the name's client rects and the viewport size: pure geometry, no DOM.
 * Rules: never cover any line of the name, stay inside the viewport (minus a margin), prefer below, then above,
 * then beside. When the card fits nowhere whole, it goes where there is most room with a smaller max height
 * (it scrolls inside), and only when the viewport itself is smaller than the card is it pinned to the top left.
 */

/** The part of a DOMRect this needs; DOMRect and DOMRectReadOnly satisfy it. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface Size {
  width: number;
  height: number;
}

type Placement = 'below' | 'above' | 'side' | 'pinned';

export interface CardPlacement {
  left: number;
  top: number;
  placement: Placement;
  /** The height the card may take here: its own height when it fits, less when squeezed above or below. */
  maxHeight: number;
}

export interface PlaceCardInput {
  /** The name's client rects (one per line when the name wraps). */
  anchor: readonly Rect[];
  card: Size;
  viewport: Size;
  /** Minimum distance from every viewport edge. */
  margin: number;
  /** Space between the name and the card. */
  gap?: number;
}

const DEFAULT_GAP = 4;
/** A squeezed card shorter than this is not worth it: pinning shows more. */
const MIN_SQUEEZED_HEIGHT = 120;
const CARD_MAX_HEIGHT = 480;

/** The max height the card should get in a viewport, before any squeezing by placeCard. */
export function cardMaxHeight(viewportHeight: number, margin: number): number {
  return Math.max(0, Math.min(CARD_MAX_HEIGHT, viewportHeight - 2 * margin));
}

/** Picks the card's top-left corner (viewport coordinates) and placement for a hovered name. */
export function placeCard({ anchor, card, viewport, margin, gap = DEFAULT_GAP }: PlaceCardInput): CardPlacement {
  const lines = anchor.filter((r) => r.right > r.left || r.bottom > r.top).sort((a, b) => a.top - b.top || a.left - b.left);
  const roomWidth = viewport.width - 2 * margin;
  const roomHeight = viewport.height - 2 * margin;
  if (lines.length === 0 || card.width > roomWidth || card.height > roomHeight) {
    return pinned(margin, Math.min(card.height, Math.max(0, roomHeight)));
  }
  const first = lines[0];
  const last = lines[lines.length - 1];
  const union = unionOf(lines);
  const clampLeft = (x: number) => clamp(x, margin, viewport.width - margin - card.width);
  const clampTop = (y: number) => clamp(y, margin, viewport.height - margin - card.height);

  // Below and above are clipped to the viewport, for a name scrolled partly out of view.
  const belowTop = Math.max(margin, union.bottom + gap);
  const aboveBottom = Math.min(union.top - gap, viewport.height - margin);

  const candidates: Array<{ left: number; top: number; placement: Placement }> = [
    { left: clampLeft(last.left), top: belowTop, placement: 'below' },
    { left: clampLeft(first.left), top: aboveBottom - card.height, placement: 'above' },
    { left: union.right + gap, top: clampTop(union.top), placement: 'side' },
    { left: union.left - gap - card.width, top: clampTop(union.top), placement: 'side' },
    // A wrapped name spans the width as a whole, yet there may be room beside one of its lines.
    ...lines.flatMap((line) => [
      { left: line.right + gap, top: clampTop(line.top), placement: 'side' as const },
      { left: line.left - gap - card.width, top: clampTop(line.top), placement: 'side' as const },
    ]),
  ];
  const inside = (c: { left: number; top: number }) =>
    c.left >= margin &&
    c.top >= margin &&
    c.left + card.width <= viewport.width - margin &&
    c.top + card.height <= viewport.height - margin;
  const fit = candidates.find((c) => inside(c) && !lines.some((line) => overlaps(c, card, line)));
  if (fit) return { ...fit, maxHeight: card.height };

  // Nothing fits whole: shorten the card into the larger gap above or below the name.
  const roomBelow = viewport.height - margin - belowTop;
  const roomAbove = aboveBottom - margin;
  const room = Math.max(roomBelow, roomAbove);
  if (room < Math.min(card.height, MIN_SQUEEZED_HEIGHT)) return pinned(margin, card.height);
  return roomBelow >= roomAbove
    ? { left: clampLeft(last.left), top: belowTop, placement: 'below', maxHeight: Math.min(roomBelow, card.height) }
    : { left: clampLeft(first.left), top: margin, placement: 'above', maxHeight: Math.min(roomAbove, card.height) };
}

function pinned(margin: number, maxHeight: number): CardPlacement {
  return { left: margin, top: margin, placement: 'pinned', maxHeight };
}

function unionOf(lines: readonly Rect[]): Rect {
  return {
    left: Math.min(...lines.map((r) => r.left)),
    top: Math.min(...lines.map((r) => r.top)),
    right: Math.max(...lines.map((r) => r.right)),
    bottom: Math.max(...lines.map((r) => r.bottom)),
  };
}

/** Strict overlap: touching edges do not count, so a card may sit exactly `gap` away. */
function overlaps(at: { left: number; top: number }, size: Size, r: Rect): boolean {
  return at.left < r.right && at.left + size.width > r.left && at.top < r.bottom && at.top + size.height > r.top;
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}
