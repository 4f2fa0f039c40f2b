import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { marking } from '@/lib/content/features/marking';
import { hoverCard } from '@/lib/content/features/hover-card';
import { notThisPerson } from '@/lib/content/features/not-this-person';
import { requestSettingsChange } from '@/lib/settings-read';
import { dataset } from '@/utils/dataset/bundled';
import { markTexts, openPage, settle, type TestPage } from './support/page';
import { painted, pointAt } from './support/browser-shims';

const ARTICLE = `<p id="a">Paris Jackson met Cara Delevingne.</p><p id="b">Later Paris Jackson and Cara Delevingne left.</p>
<p id="c">Paris Jackson again.</p>`;
let page: TestPage | undefined;
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  page?.end();
  pointAt(null);
  vi.useRealTimers();
});

/** Painted mark ranges as "paragraph id: text". */
const paintedMarks = () =>
  painted('rumor-context-mark').map((range) => {
    const text = (range.startContainer.textContent ?? '').slice(range.startOffset, range.endOffset);
    return `${(range.startContainer.parentNode as HTMLElement).id}: ${text}`;
  });
const dialog = () => document.querySelector('rumor-context-ui')?.shadowRoot?.querySelector('[role="dialog"]') ?? null;

describe('quiet mode', () => {
  it('paints only the first mention of each person; every mention stays a mark', async () => {
    page = await openPage(ARTICLE, { features: [marking], settings: { global: { quietMode: true } } });
    await settle(page);
    expect(paintedMarks()).toEqual(['a: Paris Jackson', 'a: Cara Delevingne']);
    expect(markTexts(page.runtime)).toHaveLength(5);
  });

  it('is applied live both ways, without a rescan', async () => {
    page = await openPage(ARTICLE, { features: [marking] });
    await settle(page);
    expect(paintedMarks()).toHaveLength(5);
    const marksBefore = page.runtime.marks.all()[0];
    await requestSettingsChange({ scope: 'global', patch: { quietMode: true } });
    await settle(page);
    expect(paintedMarks()).toEqual(['a: Paris Jackson', 'a: Cara Delevingne']);
    expect(page.runtime.marks.all()[0]).toBe(marksBefore);
    await requestSettingsChange({ scope: 'global', patch: { quietMode: false } });
    await settle(page);
    expect(paintedMarks()).toHaveLength(5);
  });

  it('follows the page: a mention added above the first becomes the painted one', async () => {
    page = await openPage(ARTICLE, { features: [marking], settings: { global: { quietMode: true } } });
    await settle(page);
    document.body.insertAdjacentHTML('afterbegin', '<p id="top">Cara Delevingne first.</p>');
    await settle(page);
    // A highlight is a set: the order ranges were added in does not matter.
    expect(paintedMarks().sort()).toEqual(['a: Paris Jackson', 'top: Cara Delevingne']);
  });

  it('a later, unpainted mention still opens the card on hover', async () => {
    page = await openPage(ARTICLE, { features: [marking, hoverCard], settings: { global: { quietMode: true } } });
    await settle(page);
    const later = document.getElementById('c')!.firstChild;
    expect(paintedMarks()).not.toContain('c: Paris Jackson');
    pointAt(later, 2);
    document.dispatchEvent(new PointerEvent('pointermove', { clientX: 0, clientY: 0, bubbles: true }));
    await vi.advanceTimersByTimeAsync(500);
    expect(dialog()?.textContent).toContain('Paris Jackson');
  });

  it('"not this person" on the painted mention paints the next one', async () => {
    page = await openPage(ARTICLE, { features: [marking, notThisPerson], settings: { global: { quietMode: true } } });
    await settle(page);
    const first = page.runtime.marks.all()[0]!;
    page.runtime.cardActionsFor(first, () => undefined).onNotThisPerson();
    await settle(page);
    expect(paintedMarks()).toEqual(['a: Cara Delevingne', 'b: Paris Jackson']);
  });
});

describe('hidden topics', () => {
  it('leave an open card at once when the reader hides them', async () => {
    page = await openPage(ARTICLE, { features: [marking, hoverCard] });
    await settle(page);
    pointAt(document.getElementById('a')!.firstChild, 22);
    document.dispatchEvent(new PointerEvent('pointermove', { clientX: 0, clientY: 0, bubbles: true }));
    await vi.advanceTimersByTimeAsync(500);
    expect(dialog()?.querySelector('h2')?.textContent).toBe('Cara Delevingne');
    // The card drops made-up clicks (its "show more" included), so the test reads the counts the card states.
    const sexuality = dataset.claims.filter((c) => c.about.includes('cara-delevingne') && c.topics.includes('sexuality')).length;
    expect(dialog()!.querySelector('.rc-hidden-note')).toBeNull();
    await requestSettingsChange({ scope: 'global', patch: { hiddenTopics: ['sexuality'] } });
    await settle(page);
    expect(dialog()).not.toBeNull();
    expect(dialog()!.querySelector('.rc-hidden-note')?.textContent).toBe(`${sexuality} claims not shown: topics you hid in settings.`);
    expect(dialog()!.textContent).not.toContain('sexually fluid');
  });
});
