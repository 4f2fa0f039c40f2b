import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadSettings } from '@/lib/settings-read';
import { openPage, settle, type TestPage } from './support/page';
import { painted, readerClick } from './support/browser-shims';

let page: TestPage | undefined;
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  page?.end();
  vi.useRealTimers();
});

describe('the site switch', () => {
  it('"Turn off on this site" stores the choice, and every mark and the card go at once', async () => {
    page = await openPage('<p><a id="name" href="#">Paris Jackson</a></p>');
    await settle(page);
    document.getElementById('name')?.focus();
    await vi.advanceTimersByTimeAsync(0);
    const shadow = document.querySelector('rumor-context-ui')?.shadowRoot;
    readerClick([...(shadow?.querySelectorAll('button') ?? [])].find((button) => button.textContent === 'Turn off on this site'));
    await settle(page);
    expect((await loadSettings()).sites['news.example']).toEqual({ enabled: false });
    expect(page.runtime.isOn).toBe(false);
    expect(painted('rumor-context-mark')).toEqual([]);
    expect(document.querySelector('rumor-context-ui')).toBeNull();
  });

  it('follows the keyboard command, which the worker applies without asking the page', async () => {
    page = await openPage('<p>Paris Jackson</p>');
    await settle(page);
    const { sendToBackground } = await import('@/lib/messaging');
    await sendToBackground({ type: 'toggle-site', hostname: 'news.example' });
    await settle(page);
    expect(page.runtime.isOn).toBe(false);
    await sendToBackground({ type: 'toggle-site', hostname: 'news.example' });
    await settle(page);
    expect(page.runtime.marks.all()).toHaveLength(1);
  });
});
