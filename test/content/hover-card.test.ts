import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { marking } from '@/lib/content/features/marking';
import { hoverCard } from '@/lib/content/features/hover-card';
import { openPage, settle, type TestPage } from './support/page';
import { pointAt } from './support/browser-shims';

const ARTICLE = `<p id="p">Cara Delevingne walked.</p><p><a id="link" href="#x">Paris Jackson</a> and more text.</p>`;
let page: TestPage | undefined;

const dialog = () => document.querySelector('rumor-context-ui')?.shadowRoot?.querySelector('[role="dialog"]') ?? null;
const textOf = (id: string) => document.getElementById(id)?.firstChild ?? null;

function pointerOver(node: Node | null, offset = 2): void {
  pointAt(node, offset);
  document.dispatchEvent(new PointerEvent('pointermove', { clientX: 0, clientY: 0, bubbles: true }));
}

beforeEach(async () => {
  vi.useFakeTimers();
  page = await openPage(ARTICLE, { features: [marking, hoverCard] });
  await settle(page);
});
afterEach(() => {
  page?.end();
  pointAt(null);
  vi.useRealTimers();
});

describe('the hover card', () => {
  it('opens only after the pointer rests on a name for the hover delay', async () => {
    pointerOver(textOf('p'));
    await vi.advanceTimersByTimeAsync(300);
    expect(dialog()).toBeNull();
    await vi.advanceTimersByTimeAsync(200);
    expect(dialog()?.textContent).toContain('Cara Delevingne');
    expect(page?.sent).toContainEqual({ type: 'get-card-data', person: 'cara-delevingne' });
  });

  it('does not open when the pointer passes over a name', async () => {
    pointerOver(textOf('p'));
    await vi.advanceTimersByTimeAsync(100);
    pointerOver(null);
    await vi.advanceTimersByTimeAsync(1000);
    expect(dialog()).toBeNull();
  });

  it('closes on Esc, and after the grace period once the pointer leaves', async () => {
    pointerOver(textOf('p'));
    await vi.advanceTimersByTimeAsync(500);
    expect(dialog()).not.toBeNull();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(dialog()).toBeNull();
    pointerOver(textOf('link'));
    await vi.advanceTimersByTimeAsync(500);
    expect(dialog()?.textContent).toContain('Paris Jackson');
    pointerOver(null);
    await vi.advanceTimersByTimeAsync(300);
    expect(dialog()).not.toBeNull(); // the grace period to travel onto the card
    await vi.advanceTimersByTimeAsync(100);
    expect(dialog()).toBeNull();
  });

  it('opens on keyboard focus of an element holding a name, without taking focus', async () => {
    document.getElementById('link')?.focus();
    await vi.advanceTimersByTimeAsync(0);
    expect(dialog()?.textContent).toContain('Paris Jackson');
    expect(document.activeElement?.id).toBe('link');
  });

  it('waits for the modifier key when one is set', async () => {
    page?.end();
    page = await openPage(ARTICLE, { features: [marking, hoverCard], settings: { global: { modifier: 'Alt' } } });
    await settle(page);
    pointerOver(textOf('p'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(dialog()).toBeNull();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Alt', bubbles: true }));
    await vi.advanceTimersByTimeAsync(500);
    expect(dialog()).not.toBeNull();
  });

  it('is not settled while the card data is on its way', async () => {
    document.getElementById('link')?.focus();
    expect(page?.runtime.settle.isSettled()).toBe(false);
    if (page) await settle(page);
    expect(dialog()).not.toBeNull();
  });
});
