import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { marking } from '@/lib/content/features/marking';
import { hoverCard } from '@/lib/content/features/hover-card';
import { showNext } from '@/lib/content/features/show-next';
import { nextMention } from '@/lib/content/features/next-mention';
import { openPage, settle, type TestPage } from './support/page';

const ARTICLE = `<button id="before">Before</button><p id="one">Cara Delevingne walked.</p><p id="two">Paris Jackson sang.</p>
<p id="three">Later, Cara Delevingne left.</p>`;
const FEATURES = [marking, hoverCard, showNext, nextMention];
let page: TestPage | undefined;

const cardRoot = () => document.querySelector('rumor-context-ui')?.shadowRoot ?? null;
const dialog = () => cardRoot()?.querySelector('[role="dialog"]') ?? null;
const heading = () => dialog()?.querySelector('h2')?.textContent ?? null;
const spoken = () => cardRoot()?.querySelector('[role="status"]')?.textContent ?? '';
const press = async () => {
  const opened = await page!.ask({ type: 'open-next-mention' });
  await vi.advanceTimersByTimeAsync(150); // card data, and the live region's short delay
  return opened;
};
const escape = () => document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));

beforeEach(async () => {
  vi.useFakeTimers();
  page = await openPage(ARTICLE, { features: FEATURES });
  await settle(page);
});
afterEach(() => {
  page?.end();
  vi.useRealTimers();
});

describe('the next-mention keyboard command', () => {
  it('opens the first mention\'s card with focus in it, and says which mention of how many', async () => {
    expect(await press()).toBe(true);
    expect(heading()).toContain('Cara Delevingne');
    expect(document.activeElement?.localName).toBe('rumor-context-ui');
    expect(cardRoot()?.activeElement).toBe(dialog());
    expect(spoken()).toBe('2 mentions of Cara Delevingne on this page, showing 1 of 2. Also here: 1 mention of Paris Jackson.');
  });

  it('moves on in page order at each press, round and round', async () => {
    const seen: (string | null)[] = [];
    for (let i = 0; i < 4; i++) {
      await press();
      seen.push(heading());
    }
    expect(seen.map((text) => (text?.includes('Cara') ? 'cara' : 'paris'))).toEqual(['cara', 'paris', 'cara', 'cara']);
    expect(spoken()).toContain('showing 1 of 2');
  });

  it('Esc closes the card and gives focus back to where the reader was', async () => {
    document.getElementById('before')!.focus();
    await press();
    await press();
    expect(heading()).toContain('Paris Jackson');
    escape();
    expect(dialog()).toBeNull();
    expect(document.activeElement?.id).toBe('before');
    // After Esc a new run starts from the reader's place again: the first mention.
    await press();
    expect(heading()).toContain('Cara Delevingne');
  });

  it('does nothing when the page has no mention, or the site is off (its script is not even loaded there)', async () => {
    page!.end();
    page = await openPage('<p>Nothing here.</p>', { features: FEATURES });
    await settle(page);
    expect(await press()).toBeUndefined();
    page.end();
    page = await openPage(ARTICLE, { features: FEATURES, settings: { global: {}, sites: { 'news.example': { enabled: false } } } });
    await settle(page);
    expect(await press()).toBeUndefined();
    expect(dialog()).toBeNull();
  });
});

describe("the popup's show next", () => {
  it('opens the card of the mention it shows when asked, leaving focus alone', async () => {
    document.getElementById('before')!.focus();
    expect(await page!.ask({ type: 'jump-to-mention', person: 'paris-jackson', openCard: true })).toBe(true);
    await vi.advanceTimersByTimeAsync(50);
    expect(heading()).toContain('Paris Jackson');
    expect(document.activeElement?.id).toBe('before');
    expect(await page!.ask({ type: 'jump-to-mention', person: 'cara-delevingne' })).toBe(true);
    await vi.advanceTimersByTimeAsync(50);
    expect(heading()).toContain('Paris Jackson'); // without openCard, only the flash
  });
});
