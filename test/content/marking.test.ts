import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { marking } from '@/lib/content/features/marking';
import { requestSettingsChange } from '@/lib/settings-read';
import { markTexts, openPage, settle, type TestPage } from './support/page';
import { painted } from './support/browser-shims';

let page: TestPage | undefined;
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  page?.end();
  vi.useRealTimers();
});

const paintedTexts = (name: string) => painted(name).map((range) => (range.startContainer.textContent ?? '').slice(range.startOffset, range.endOffset));

describe('marking', () => {
  it('paints every name under the mark highlight and the chosen style', async () => {
    page = await openPage('<p>Paris Jackson met Cara Delevingne.</p>', { features: [marking] });
    await settle(page);
    expect(paintedTexts('rumor-context-mark')).toEqual(['Paris Jackson', 'Cara Delevingne']);
    expect(painted('rumor-context-mark-underline')).toHaveLength(2);
  });

  it('follows changes to the page in one batch, and rescans when a full name first appears', async () => {
    page = await openPage('<p id="a">Paris arrived.</p>', { features: [marking] });
    await settle(page);
    expect(markTexts(page.runtime)).toEqual([]);
    document.body.insertAdjacentHTML('beforeend', '<p>Paris Jackson was there.</p>');
    await settle(page);
    expect(markTexts(page.runtime)).toEqual(['Paris', 'Paris Jackson']);
    document.getElementById('a')?.remove();
    await settle(page);
    expect(markTexts(page.runtime)).toEqual(['Paris Jackson']);
  });

  it('changes the style live and stops marking a person turned off', async () => {
    page = await openPage('<p>Paris Jackson met Cara Delevingne.</p>', { features: [marking] });
    await settle(page);
    await requestSettingsChange({ scope: 'site', hostname: 'news.example', patch: { markStyle: 'highlight' } });
    await settle(page);
    expect(painted('rumor-context-mark-highlight')).toHaveLength(2);
    expect(painted('rumor-context-mark-underline')).toHaveLength(0);
    await requestSettingsChange({ scope: 'global', patch: { people: { 'paris-jackson': false } } });
    await settle(page);
    expect(markTexts(page.runtime)).toEqual(['Cara Delevingne']);
  });

  it('leaves out mentions dismissed on this page before', async () => {
    page = await openPage('<p>Paris Jackson met Cara Delevingne.</p>', { features: [marking] });
    await settle(page);
    const key = page.runtime.marks.all()[1]?.key ?? '';
    page.end();
    page = await openPage('<p>Paris Jackson met Cara Delevingne.</p>', { features: [marking], stored: { [`dismissed:https://news.example/story`]: [key] } });
    await settle(page);
    expect(markTexts(page.runtime)).toEqual(['Paris Jackson']);
  });
});
