import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { markTexts, openPage, settle, type TestPage } from './support/page';

const ARTICLE = `<h1>Paris Jackson and Cara Delevingne at the show</h1><p>Paris arrived first.</p>`;
let page: TestPage | undefined;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  page?.end();
  page = undefined;
  vi.useRealTimers();
});

describe('the runtime', () => {
  it('marks the page and then says it has settled', async () => {
    page = await openPage(ARTICLE);
    await settle(page);
    expect(markTexts(page.runtime)).toEqual(['Paris Jackson', 'Cara Delevingne', 'Paris']);
    expect(await page.ask({ type: 'get-page-status' })).toEqual({
      kind: 'active',
      hostname: 'news.example',
      mentionCounts: { 'paris-jackson': 2, 'cara-delevingne': 1 },
      settled: true,
    });
  });

  it('is not settled while a change to the page waits for its rescan', async () => {
    page = await openPage(ARTICLE);
    await settle(page);
    document.body.insertAdjacentHTML('beforeend', '<p>Cara Delevingne again.</p>');
    await Promise.resolve(); // the MutationObserver's callback
    expect(page.runtime.settle.isSettled()).toBe(false);
    await settle(page);
    expect(markTexts(page.runtime)).toHaveLength(4);
  });

  it('stops when the site is turned off and starts again when it is turned back on, live', async () => {
    page = await openPage(ARTICLE);
    await settle(page);
    await page.runtime.settle.track(Promise.resolve());
    await import('@/lib/settings-read').then(({ requestSettingsChange }) => requestSettingsChange({ scope: 'site', hostname: 'news.example', patch: { enabled: false } }));
    await settle(page);
    expect(page.runtime.isOn).toBe(false);
    expect(page.runtime.marks.all()).toHaveLength(0);
    expect(await page.ask({ type: 'get-page-status' })).toMatchObject({ kind: 'unavailable', reason: 'site-off', settled: true });
    await import('@/lib/settings-read').then(({ requestSettingsChange }) => requestSettingsChange({ scope: 'site', hostname: 'news.example', patch: { enabled: true } }));
    await settle(page);
    expect(markTexts(page.runtime)).toHaveLength(3);
  });

  it('does not start on a site that is off', async () => {
    page = await openPage(ARTICLE, { settings: { global: { enabledByDefault: false } } });
    await settle(page);
    expect(page.runtime.isOn).toBe(false);
    expect(page.runtime.marks.all()).toHaveLength(0);
  });

  it('answers "settled" with `settledOn` only once it has applied those settings', async () => {
    page = await openPage(ARTICLE);
    await settle(page);
    const { settingsStamp } = await import('@/utils/messages');
    const { requestSettingsChange, loadSettings } = await import('@/lib/settings-read');
    await requestSettingsChange({ scope: 'global', patch: { people: { 'cara-delevingne': false } } });
    const reply = page.ask({ type: 'get-page-status', settledOn: settingsStamp(await loadSettings()) });
    await settle(page);
    await vi.advanceTimersByTimeAsync(100);
    expect(await reply).toEqual({ kind: 'active', hostname: 'news.example', mentionCounts: { 'paris-jackson': 2 }, settled: true });
  });

  it('ignores messages from anything but the extension, and malformed ones', async () => {
    page = await openPage(ARTICLE);
    await settle(page);
    const { fakeBrowser } = await import('wxt/testing');
    expect(page.deliver({ type: 'get-page-status' }, { id: 'another-extension' })).toBeUndefined();
    expect(await page.ask({ type: 'get-page-status', settled: 'wait' })).toMatchObject({ settled: true });
    expect(page.deliver({ type: 'toggle-site' }, { id: fakeBrowser.runtime.id })).toBeUndefined();
  });

  it('removes everything it started when the script ends', async () => {
    page = await openPage(ARTICLE);
    await settle(page);
    page.end();
    expect(page.runtime.isOn).toBe(false);
    document.body.insertAdjacentHTML('beforeend', '<p>Cara Delevingne again.</p>');
    await vi.advanceTimersByTimeAsync(500);
    expect(page.runtime.marks.all()).toHaveLength(0);
  });
});
