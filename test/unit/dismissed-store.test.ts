import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createDismissalWriter, MAX_KEYS_PER_PAGE, MAX_PAGES } from '@/lib/dismissed-store';
import { loadDismissed } from '@/lib/dismissed-read';

describe('"not this person" choices, written by the single writer', () => {
  beforeEach(() => fakeBrowser.reset());

  it('merges: two tabs on the same page adding at the same moment both keep their choice', async () => {
    const write = createDismissalWriter();
    const page = 'https://news.example/story?id=1#top';
    await Promise.all([write(page, 'tab-a'), write('https://news.example/story', 'tab-b'), write(page, 'tab-a')]);
    expect([...(await loadDismissed('https://news.example/story'))].sort()).toEqual(['tab-a', 'tab-b']);
    expect(await loadDismissed('https://news.example/other')).toEqual(new Set());
  });

  it('keeps the newest MAX_KEYS_PER_PAGE keys of a page', async () => {
    const write = createDismissalWriter();
    for (let i = 0; i < MAX_KEYS_PER_PAGE + 5; i++) await write('https://a.example/', `key-${i}`);
    const kept = await loadDismissed('https://a.example/');
    expect(kept.size).toBe(MAX_KEYS_PER_PAGE);
    expect(kept.has('key-0')).toBe(false);
    expect(kept.has(`key-${MAX_KEYS_PER_PAGE + 4}`)).toBe(true);
  });

  it(`forgets the pages written longest ago beyond ${MAX_PAGES} pages`, async () => {
    let clock = 0;
    const write = createDismissalWriter(() => ++clock);
    for (let i = 0; i < MAX_PAGES; i++) await write(`https://a.example/${i}`, 'k');
    await write('https://a.example/0', 'again'); // page 0 is now the newest; page 1 the oldest
    await write('https://a.example/new', 'k');
    expect((await loadDismissed('https://a.example/1')).size).toBe(0);
    expect([...(await loadDismissed('https://a.example/0'))]).toEqual(['k', 'again']);
    expect([...(await loadDismissed('https://a.example/new'))]).toEqual(['k']);
    const stored = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(stored).filter((key) => key.startsWith('dismissed:'))).toHaveLength(MAX_PAGES);
  });
});
