import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STATUS_IDS } from '../../utils/statuses';

// Reads the colour tokens as written in the style sheet, so a palette edit cannot skip the contrast check.
const css = readFileSync(new URL('../../components/shared/shared.css', import.meta.url), 'utf8');
const [lightBlock, darkBlock] = css.split('@media (prefers-color-scheme: dark)');

function tokens(block: string): Map<string, string> {
  return new Map([...block.matchAll(/--rc-([a-z-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1], m[2]]));
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const textPairs: Array<[fg: string, bg: string]> = [
  ['text', 'bg'],
  ['text', 'surface'],
  ['muted', 'bg'],
  ['muted', 'surface'],
  ['accent', 'bg'],
  ['accent', 'surface'],
  ['accent-text', 'accent'],
  ...STATUS_IDS.map((id): [string, string] => [`${id}-fg`, `${id}-bg`]),
];

describe.each([
  ['light', tokens(lightBlock)],
  ['dark', tokens(darkBlock)],
])('%s palette', (_scheme, palette) => {
  it.each(textPairs)('%s on %s reaches 4.5:1', (fg, bg) => {
    expect(palette.get(fg), fg).toBeDefined();
    expect(palette.get(bg), bg).toBeDefined();
    expect(contrast(palette.get(fg)!, palette.get(bg)!)).toBeGreaterThanOrEqual(4.5);
  });

  it.each([
    ['control-border', 'bg'],
    ['control-border', 'surface'],
    ['quote-bar', 'bg'],
    ['muted', 'surface'], // the switch track when off
  ])('%s on %s reaches 3:1 (non-text contrast)', (fg, bg) => {
    expect(contrast(palette.get(fg)!, palette.get(bg)!)).toBeGreaterThanOrEqual(3);
  });

  it('draws every badge with its own token pair', () => {
    for (const id of STATUS_IDS) {
      expect(css).toContain(`.rc-badge--${id} { background: var(--rc-${id}-bg); color: var(--rc-${id}-fg); }`);
    }
  });

  it('keeps badges distinguishable from the card background (3:1 for the border, which is the text colour)', () => {
    for (const id of STATUS_IDS) expect(contrast(palette.get(`${id}-fg`)!, palette.get('bg')!)).toBeGreaterThanOrEqual(3);
  });
});
