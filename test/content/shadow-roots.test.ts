import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { marking } from '@/lib/content/features/marking';
import { comparePageOrder } from '@/lib/content/page-order';
import { openShadowRootsIn } from '@/utils/page-text';
import { openPage, settle, type TestPage } from './support/page';

let page: TestPage | undefined;
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  page?.end();
  vi.useRealTimers();
});

/** A page with a host whose open root holds a nested host, and a closed root. */
function buildComponents(): { outer: ShadowRoot; inner: ShadowRoot } {
  const outer = document.getElementById('outer')!.attachShadow({ mode: 'open' });
  outer.innerHTML = '<p id="in-outer">Cara Delevingne spoke.</p><inner-quote id="inner"></inner-quote>';
  const inner = outer.getElementById('inner')!.attachShadow({ mode: 'open' });
  inner.innerHTML = '<p>Deeper: Paris Jackson sang.</p>';
  document.getElementById('closed')!.attachShadow({ mode: 'closed' }).innerHTML = '<p>Paris Jackson, closed away.</p>';
  return { outer, inner };
}

const HTML = '<p>Light: Delevingne waved.</p><news-story id="outer"></news-story><closed-box id="closed"></closed-box><p id="after">After.</p>';

describe('open shadow roots', () => {
  it('finds open roots, nested ones after their outer root, never a closed one or the card\'s own', () => {
    document.body.innerHTML = HTML;
    const { outer, inner } = buildComponents();
    const ui = document.createElement('rumor-context-ui');
    ui.setAttribute('data-rumor-context-ui', '');
    ui.attachShadow({ mode: 'open' }).innerHTML = '<p>Paris Jackson</p>';
    document.body.append(ui);
    expect(openShadowRootsIn(document.body)).toEqual([outer, inner]);
  });

  it('marks text in them; a full name in a root resolves a short form in the light tree', async () => {
    document.body.innerHTML = '';
    page = await openPage(HTML, { features: [marking] });
    buildComponents();
    page.runtime.restart(); // the roots were attached after the first scan: scan again from scratch
    await settle(page);
    expect(page.runtime.marks.all().map((mark) => mark.text).sort()).toEqual(['Cara Delevingne', 'Delevingne', 'Paris Jackson']);
    expect(page.runtime.marks.shadowRoots()).toHaveLength(2);
  });

  it('follows a change inside a root', async () => {
    page = await openPage(HTML, { features: [marking] });
    const { inner } = buildComponents();
    page.runtime.restart();
    await settle(page);
    inner.querySelector('p')!.textContent = 'Deeper: nobody.';
    await settle(page);
    await vi.advanceTimersByTimeAsync(200);
    expect(page.runtime.marks.all().map((mark) => mark.text).sort()).toEqual(['Cara Delevingne', 'Delevingne']);
  });

  it('orders nodes as the page reads: a root\'s text in place of its host', () => {
    document.body.innerHTML = HTML;
    const { outer, inner } = buildComponents();
    const light = document.body.firstChild!.firstChild!;
    const after = document.getElementById('after')!.firstChild!;
    const inOuter = outer.getElementById('in-outer')!.firstChild!;
    const deeper = inner.querySelector('p')!.firstChild!;
    const shuffled = [deeper, after, inOuter, light];
    expect(shuffled.sort(comparePageOrder)).toEqual([light, inOuter, deeper, after]);
  });
});
