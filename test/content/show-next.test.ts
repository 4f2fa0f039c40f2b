import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { marking } from '@/lib/content/features/marking';
import { showNext } from '@/lib/content/features/show-next';
import { openPage, settle, type TestPage } from './support/page';
import { painted } from './support/browser-shims';

let page: TestPage | undefined;
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  page?.end();
  vi.useRealTimers();
});

describe('show next', () => {
  it('flashes each mention of a person in page order, round and round, and the flash fades', async () => {
    page = await openPage('<p id="one">Cara Delevingne</p><p>Paris Jackson</p><p id="two">Cara Delevingne</p>', { features: [marking, showNext] });
    await settle(page);
    const flashed = () => painted('rumor-context-flash').map((range) => range.startContainer.parentElement?.id);
    expect(await page.ask({ type: 'jump-to-mention', person: 'cara-delevingne' })).toBe(true);
    expect(flashed()).toEqual(['one']);
    expect(await page.ask({ type: 'jump-to-mention', person: 'cara-delevingne' })).toBe(true);
    expect(flashed()).toEqual(['two']);
    expect(await page.ask({ type: 'jump-to-mention', person: 'cara-delevingne' })).toBe(true);
    expect(flashed()).toEqual(['one']);
    await vi.advanceTimersByTimeAsync(1300);
    expect(flashed()).toEqual([]);
  });

  it('answers false for a person the page does not mention, or while the site is off', async () => {
    page = await openPage('<p>Cara Delevingne</p>', { features: [marking, showNext] });
    await settle(page);
    expect(await page.ask({ type: 'jump-to-mention', person: 'paris-jackson' })).toBe(false);
    page.end();
    page = await openPage('<p>Cara Delevingne</p>', { features: [marking, showNext], settings: { global: {}, sites: { 'news.example': { enabled: false } } } });
    await settle(page);
    expect(await page.ask({ type: 'jump-to-mention', person: 'cara-delevingne' })).toBe(false);
  });
});
