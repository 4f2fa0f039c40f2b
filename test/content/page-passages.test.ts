import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { marking } from '@/lib/content/features/marking';
import { pagePassages } from '@/lib/content/features/page-passages';
import { showNext } from '@/lib/content/features/show-next';
import { openPage, settle, type TestPage } from './support/page';
import { painted } from './support/browser-shims';

let page: TestPage | undefined;
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  page?.end();
  vi.useRealTimers();
});

const HTML =
  '<p id="kiss">Paris Jackson and Cara Delevingne were photographed locking lips. Fans cheered.</p>' +
  '<p id="rain">Cara Delevingne expects rain.</p>';

describe('page passages', () => {
  it("answers each sentence's passage once, in page order, with the mention's key", async () => {
    page = await openPage(HTML, { features: [marking, pagePassages] });
    await settle(page);
    const passages = (await page.ask({ type: 'get-page-passages' }))!;
    // Two names in the kiss sentence are one passage; the rain sentence is another.
    expect(passages.map((passage) => passage.text.slice(passage.focus.start, passage.focus.end).trim())).toEqual([
      'Paris Jackson and Cara Delevingne were photographed locking lips.',
      'Cara Delevingne expects rain.',
    ]);
    expect(passages.map((passage) => passage.person)).toEqual(['paris-jackson', 'cara-delevingne']);
    expect(passages[1].key).toContain('cara-delevingne');
  });

  it('gives no answer while the site is off (the script that answers loads on the first mark)', async () => {
    page = await openPage(HTML, { features: [marking, pagePassages], settings: { global: {}, sites: { 'news.example': { enabled: false } } } });
    await settle(page);
    expect(await page.ask({ type: 'get-page-passages' })).toBeUndefined();
  });

  it("jumps to the mention a passage names, by its key (the popup's Show)", async () => {
    page = await openPage(HTML, { features: [marking, pagePassages, showNext] });
    await settle(page);
    const [, rain] = (await page.ask({ type: 'get-page-passages' }))!;
    expect(await page.ask({ type: 'jump-to-mention', person: rain.person, key: rain.key })).toBe(true);
    expect(painted('rumor-context-flash').map((range) => range.startContainer.parentElement?.id)).toEqual(['rain']);
    expect(await page.ask({ type: 'jump-to-mention', person: rain.person, key: 'no-such-key' })).toBe(false);
  });
});
