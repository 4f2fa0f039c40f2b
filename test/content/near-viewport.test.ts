/**
 * Only the marks near the viewport are painted (issue 13: every highlight change costs the next frame in proportion
 * to the ranges registered); the others are painted as their blocks come near, and stay marks for hover all along.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { marking } from '@/lib/content/features/marking';
import { hoverCard } from '@/lib/content/features/hover-card';
import { markTexts, openPage, settle, type TestPage } from './support/page';
import { painted, pointAt, setNear } from './support/browser-shims';

const ARTICLE = '<p id="a">Paris Jackson met friends.</p><p id="b">Later Cara Delevingne left.</p><p id="c">Paris Jackson again.</p>';
let page: TestPage | undefined;
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  page?.end();
  pointAt(null);
  vi.useRealTimers();
});

const paintedBlocks = (name = 'rumor-context-mark') => painted(name).map((range) => (range.startContainer.parentNode as HTMLElement).id);
const byId = (id: string) => document.getElementById(id)!;
const dialog = () => document.querySelector('rumor-context-ui')?.shadowRoot?.querySelector('[role="dialog"]') ?? null;

describe('painting near the viewport', () => {
  it('paints a block only while it is near the viewport, under the look too', async () => {
    page = await openPage(ARTICLE, { features: [marking] });
    await settle(page);
    expect(paintedBlocks()).toEqual(['a', 'b', 'c']);
    setNear(byId('b'), false);
    setNear(byId('c'), false);
    expect(paintedBlocks()).toEqual(['a']);
    expect(paintedBlocks('rumor-context-mark-underline')).toEqual(['a']);
    expect(markTexts(page.runtime)).toEqual(['Paris Jackson', 'Cara Delevingne', 'Paris Jackson']);
    setNear(byId('c'), true);
    expect(paintedBlocks()).toEqual(['a', 'c']);
  });

  it('paints a name found far away only when its block comes near, and paints nothing of a removed one', async () => {
    page = await openPage('<p id="a">Paris Jackson met friends.</p>', { features: [marking] });
    await settle(page);
    const far = Object.assign(document.createElement('p'), { id: 'far', textContent: 'Cara Delevingne far below.' });
    setNear(far, false);
    document.body.append(far);
    await settle(page);
    expect(markTexts(page.runtime)).toEqual(['Paris Jackson', 'Cara Delevingne']);
    expect(paintedBlocks()).toEqual(['a']);
    setNear(far, true);
    expect(paintedBlocks()).toEqual(['a', 'far']);
    far.remove();
    await settle(page);
    expect(paintedBlocks()).toEqual(['a']);
  });

  it('paints the text of an element without a box (display: contents) wherever it is', async () => {
    page = await openPage(ARTICLE, { features: [marking] });
    await settle(page);
    setNear(byId('b'), 'boxless');
    expect(paintedBlocks()).toEqual(['a', 'b', 'c']);
  });

  it('opens the card on a mark that is not painted', async () => {
    page = await openPage(ARTICLE, { features: [marking, hoverCard] });
    await settle(page);
    setNear(byId('c'), false);
    expect(paintedBlocks()).not.toContain('c');
    pointAt(byId('c').firstChild, 2);
    document.dispatchEvent(new PointerEvent('pointermove', { clientX: 0, clientY: 0, bubbles: true }));
    await vi.advanceTimersByTimeAsync(500);
    expect(dialog()?.textContent).toContain('Paris Jackson');
  });

  it('paints the underline style as a tint on a page of over 30,000 elements (a decoration costs every change there)', async () => {
    page = await openPage(`<p id="a">Paris Jackson met friends.</p>${'<i></i>'.repeat(30_000)}`, { features: [marking] });
    await settle(page);
    expect(paintedBlocks('rumor-context-mark-tint')).toEqual(['a']);
    expect(painted('rumor-context-mark-underline')).toEqual([]);
  }, 30_000);

  it('keeps the underline on a page of 30,000 elements or fewer', async () => {
    page = await openPage(`<p id="a">Paris Jackson met friends.</p>${'<i></i>'.repeat(29_000)}`, { features: [marking] });
    await settle(page);
    expect(paintedBlocks('rumor-context-mark-underline')).toEqual(['a']);
    expect(painted('rumor-context-mark-tint')).toEqual([]);
  }, 30_000);
});
