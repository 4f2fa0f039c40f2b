import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { marking } from '@/lib/content/features/marking';
import { hoverCard } from '@/lib/content/features/hover-card';
import { notThisPerson } from '@/lib/content/features/not-this-person';
import { loadDismissed } from '@/lib/dismissed-read';
import { markTexts, openPage, settle, type TestPage } from './support/page';
import { readerClick } from './support/browser-shims';

const ARTICLE = '<p><a id="paris" href="#">Paris Jackson</a> met <a id="cara" href="#">Cara Delevingne</a>.</p>';
let page: TestPage | undefined;
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  page?.end();
  vi.useRealTimers();
});

const cardButton = (name: string) =>
  [...(document.querySelector('rumor-context-ui')?.shadowRoot?.querySelectorAll('button') ?? [])].find((button) => button.textContent === name);

async function pressNotThisPerson(id: string): Promise<void> {
  document.getElementById(id)?.focus();
  await vi.advanceTimersByTimeAsync(0);
  const button = cardButton('Not this person');
  expect(button).toBeDefined();
  readerClick(button);
}

describe('"not this person"', () => {
  it('unmarks that mention at once, closes the card, and asks the worker to remember it', async () => {
    page = await openPage(ARTICLE, { features: [marking, hoverCard, notThisPerson] });
    await settle(page);
    await pressNotThisPerson('cara');
    expect(markTexts(page.runtime)).toEqual(['Paris Jackson']);
    expect(cardButton('Not this person')).toBeUndefined();
    await settle(page);
    expect(page.sent).toContainEqual({ type: 'dismiss-mention', pageUrl: 'https://news.example/story', key: expect.stringContaining('Cara Delevingne') });
    expect((await loadDismissed('https://news.example/story')).size).toBe(1);
  });

  it('adds to what another tab on the same page stored meanwhile, never overwriting it', async () => {
    page = await openPage(ARTICLE, { features: [marking, hoverCard, notThisPerson] });
    await settle(page);
    // Another tab dismissed a mention after this one loaded.
    await fakeBrowser.storage.local.set({ 'dismissed:https://news.example/story': ['from-the-other-tab'] });
    await pressNotThisPerson('paris');
    await settle(page);
    const stored = await loadDismissed('https://news.example/story');
    expect(stored.has('from-the-other-tab')).toBe(true);
    expect(stored.size).toBe(2);
  });
});
