import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cardMaxHeight, placeCard, type PlaceCardInput, type Rect } from '../../utils/card-position';

const rect = (left: number, top: number, width: number, height: number): Rect => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

const desktop = { width: 1200, height: 800 };
const phone = { width: 360, height: 640 };
const card = { width: 360, height: 300 };

describe('placeCard', () => {
  const table: Array<{ name: string; input: PlaceCardInput; expected: ReturnType<typeof placeCard> }> = [
    {
      name: 'mid-page name: below, aligned with the name',
      input: { anchor: [rect(400, 200, 90, 20)], card, viewport: desktop, margin: 8 },
      expected: { left: 400, top: 224, placement: 'below', maxHeight: 300 },
    },
    {
      name: 'name near the bottom: above',
      input: { anchor: [rect(400, 700, 90, 20)], card, viewport: desktop, margin: 8 },
      expected: { left: 400, top: 396, placement: 'above', maxHeight: 300 },
    },
    {
      name: 'name near the right edge: below, pulled left inside the margin',
      input: { anchor: [rect(1150, 200, 45, 20)], card, viewport: desktop, margin: 8 },
      expected: { left: 832, top: 224, placement: 'below', maxHeight: 300 },
    },
    {
      name: 'name at the very left: below, pushed right to the margin',
      input: { anchor: [rect(2, 200, 90, 20)], card, viewport: desktop, margin: 8 },
      expected: { left: 8, top: 224, placement: 'below', maxHeight: 300 },
    },
    {
      name: 'tall card, no room above or below: beside, on the right',
      input: { anchor: [rect(100, 380, 90, 20)], card: { width: 360, height: 600 }, viewport: desktop, margin: 8 },
      expected: { left: 194, top: 192, placement: 'side', maxHeight: 600 },
    },
    {
      name: 'tall card, name at the right edge: beside, on the left',
      input: { anchor: [rect(1000, 380, 90, 20)], card: { width: 360, height: 600 }, viewport: desktop, margin: 8 },
      expected: { left: 636, top: 192, placement: 'side', maxHeight: 600 },
    },
    {
      name: 'name wrapped over two lines: below the second line, aligned with it',
      input: { anchor: [rect(1100, 200, 90, 20), rect(20, 220, 60, 20)], card, viewport: desktop, margin: 8 },
      expected: { left: 20, top: 244, placement: 'below', maxHeight: 300 },
    },
    {
      name: 'wrapped name near the bottom: above the first line, aligned with it',
      input: { anchor: [rect(700, 700, 90, 20), rect(20, 720, 60, 20)], card, viewport: desktop, margin: 8 },
      expected: { left: 700, top: 396, placement: 'above', maxHeight: 300 },
    },
    {
      name: 'wrapped name, tall card: beside one line where the whole name leaves no room',
      input: {
        anchor: [rect(900, 280, 90, 20), rect(10, 300, 50, 20)],
        card: { width: 300, height: 500 },
        viewport: { width: 1000, height: 600 },
        margin: 8,
      },
      expected: { left: 596, top: 92, placement: 'side', maxHeight: 500 },
    },
    {
      name: 'phone, nothing fits whole: below with a shorter max height',
      input: { anchor: [rect(100, 300, 90, 20)], card: { width: 340, height: 480 }, viewport: phone, margin: 8 },
      expected: { left: 12, top: 324, placement: 'below', maxHeight: 308 },
    },
    {
      name: 'phone, name low on screen: above with a shorter max height, ending above the name',
      input: { anchor: [rect(100, 400, 90, 20)], card: { width: 340, height: 480 }, viewport: phone, margin: 8 },
      expected: { left: 12, top: 8, placement: 'above', maxHeight: 388 },
    },
    {
      name: 'viewport smaller than the card: pinned top left, scrolls inside',
      input: { anchor: [rect(100, 200, 90, 20)], card: { width: 360, height: 480 }, viewport: { width: 320, height: 400 }, margin: 8 },
      expected: { left: 8, top: 8, placement: 'pinned', maxHeight: 384 },
    },
    {
      name: 'name scrolled half out at the top: below it, inside the margin',
      input: { anchor: [rect(400, -10, 90, 20)], card, viewport: desktop, margin: 8 },
      expected: { left: 400, top: 14, placement: 'below', maxHeight: 300 },
    },
    {
      name: 'no usable rects (a hidden name): pinned',
      input: { anchor: [rect(50, 50, 0, 0)], card, viewport: desktop, margin: 8 },
      expected: { left: 8, top: 8, placement: 'pinned', maxHeight: 300 },
    },
    {
      name: 'custom gap is respected',
      input: { anchor: [rect(400, 200, 90, 20)], card, viewport: desktop, margin: 8, gap: 10 },
      expected: { left: 400, top: 230, placement: 'below', maxHeight: 300 },
    },
  ];

  it.each(table)('$name', ({ input, expected }) => {
    expect(placeCard(input)).toEqual(expected);
  });

  it('never covers the name and stays inside the viewport unless pinned', () => {
    const line = fc
      .record({ left: fc.integer({ min: -50, max: 1300 }), top: fc.integer({ min: -50, max: 900 }), width: fc.integer({ min: 1, max: 200 }) })
      .map(({ left, top, width }) => rect(left, top, width, 20));
    fc.assert(
      fc.property(
        fc.array(line, { minLength: 1, maxLength: 3 }),
        fc.record({ width: fc.integer({ min: 200, max: 400 }), height: fc.integer({ min: 100, max: 600 }) }),
        fc.record({ width: fc.integer({ min: 240, max: 1600 }), height: fc.integer({ min: 240, max: 1000 }) }),
        (anchor, size, viewport) => {
          const margin = 8;
          const p = placeCard({ anchor, card: size, viewport, margin });
          expect(p.left).toBeGreaterThanOrEqual(margin);
          expect(p.top).toBeGreaterThanOrEqual(margin);
          expect(p.maxHeight).toBeLessThanOrEqual(size.height);
          if (p.placement === 'pinned') return;
          expect(p.left + size.width).toBeLessThanOrEqual(viewport.width - margin);
          expect(p.top + p.maxHeight).toBeLessThanOrEqual(viewport.height - margin);
          const covered = anchor.some(
            (r) => p.left < r.right && p.left + size.width > r.left && p.top < r.bottom && p.top + p.maxHeight > r.top,
          );
          expect(covered).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('cardMaxHeight', () => {
  it.each([
    [800, 8, 480],
    [300, 8, 284],
    [10, 8, 0],
  ])('viewport %i, margin %i -> %i', (height, margin, expected) => {
    expect(cardMaxHeight(height, margin)).toBe(expected);
  });
});
