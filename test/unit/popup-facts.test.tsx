// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { FactsPane } from '../../components/popup/FactsPane';
import { claimsFromSource, countByStatus, timeline } from '../../components/popup/facts';
import { claimsAbout } from '../../utils/dataset/queries';
import type { Claim } from '../../utils/dataset/types';
import { STATUS_IDS, STATUSES } from '../../utils/statuses';
import { claims, sampleDataset } from '../preview/sample-dataset';

const claim = (id: string, over: Partial<Claim>): Claim => ({
  id,
  about: ['paris-jackson'],
  text: id,
  topics: ['relationship'],
  status: 'single-source',
  significance: 2,
  evidence: [],
  ...over,
});

describe('facts selections', () => {
  it('counts every status, zero included', () => {
    const counts = countByStatus([claim('a', { status: 'denied' }), claim('b', { status: 'denied' }), claim('c', {})]);
    expect(Object.keys(counts)).toEqual([...STATUS_IDS]);
    expect(counts).toMatchObject({ denied: 2, 'single-source': 1, 'on-record': 0 });
  });

  it('sorts by significance, then footing, then oldest first (undated last), then dataset order', () => {
    const list = [
      claim('weak-central', { significance: 1, status: 'speculation' }),
      claim('context', { significance: 3, status: 'on-record' }),
      claim('strong-central', { significance: 1, status: 'on-record' }),
      claim('undated-detail', { significance: 2 }),
      claim('later-detail', { significance: 2, date: '2018-06' }),
      claim('earlier-detail', { significance: 2, date: '2018' }),
      claim('another-undated-detail', { significance: 2 }),
    ];
    expect(claimsAbout(list, 'all').map((c) => c.id)).toEqual([
      'strong-central',
      'weak-central',
      'earlier-detail',
      'later-detail',
      'undated-detail',
      'another-undated-detail',
      'context',
    ]);
  });

  it('groups dated claims by month in date order; year-only dates first in their year; undated left out', () => {
    const groups = timeline([
      claim('june', { date: '2018-06' }),
      claim('undated', {}),
      claim('year', { date: '2018' }),
      claim('may-7', { date: '2017-05-07' }),
      claim('march-24', { date: '2018-03-24' }),
      claim('march', { date: '2018-03' }),
    ]);
    expect(groups.map((g) => [g.label, g.claims.map((c) => c.id)])).toEqual([
      ['May 2017', ['may-7']],
      ['2018 (month not given)', ['year']],
      ['March 2018', ['march', 'march-24']],
      ['June 2018', ['june']],
    ]);
  });

  it('finds the claims a source gives evidence for', () => {
    expect(claimsFromSource(claims, 'close-recently').map((c) => c.id)).toEqual([
      'kissed-in-los-angeles',
      'cara-sexually-fluid',
      'paris-aged-19',
    ]);
  });
});

describe('FactsPane', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
    act(() => render(<FactsPane dataset={sampleDataset} initialPerson="paris-jackson" />, root));
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  const shownTexts = () => [...root.querySelectorAll('.rc-claim-text')].map((p) => p.textContent);
  const chip = (label: string) =>
    [...root.querySelectorAll<HTMLButtonElement>('.rc-chip')].find((c) => c.textContent!.startsWith(label))!;
  const tab = (label: string) =>
    [...root.querySelectorAll<HTMLElement>('[role="tab"]')].find((t) => t.textContent!.startsWith(label))!;
  const parisClaims = claims.filter((c) => c.about.includes('paris-jackson'));

  it('shows the chosen person\'s claims, most significant first, with a count chip per status present', () => {
    expect(shownTexts()).toEqual(claimsAbout(parisClaims, 'all').map((c) => c.text));
    expect(chip(STATUSES['single-source'].label).textContent).toBe('Single source 2');
    expect(root.querySelectorAll('.rc-chip')).toHaveLength(STATUS_IDS.length);
    expect(chip('On record').disabled).toBe(false);
    expect(root.querySelector('.rc-legend')).not.toBeNull();
  });

  it('filters by the pressed status chips, and shows all again on demand', () => {
    act(() => chip('Single source').click());
    expect(chip('Single source').getAttribute('aria-pressed')).toBe('true');
    expect(shownTexts()).toEqual(parisClaims.filter((c) => c.status === 'single-source').map((c) => c.text));
    act(() => chip('Denied').click());
    expect(shownTexts()).toHaveLength(3);
    act(() => chip('Show all').click());
    expect(shownTexts()).toHaveLength(parisClaims.length);
  });

  it('switches person with the select', () => {
    const select = root.querySelector('select')!;
    act(() => {
      select.value = 'cara-delevingne';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(shownTexts()).toEqual(
      claimsAbout(claims, 'cara-delevingne').map((c) => c.text),
    );
    expect(chip('Denied').textContent).toBe('Denied 0');
    expect(chip('Denied').disabled).toBe(true);
  });

  it('lists every source with what it says about itself, unknowns named as such', () => {
    act(() => tab('Sources').click());
    const items = [...root.querySelectorAll('.rc-source')];
    expect(items).toHaveLength(sampleDataset.sources.length);
    expect(items[1].querySelector('.rc-source-meta')!.textContent).toBe('Molly Given · Outlet unknown · Undated');
    const cited = [...items[0].querySelectorAll('.rc-source-cites li')].map((li) => li.textContent);
    expect(cited).toEqual(['E! News', 'Daily Mail', 'Glamour']);
  });

  it('shows a timeline grouped by month', () => {
    act(() => tab('Timeline').click());
    const headings = [...root.querySelectorAll('.rc-timeline h2')].map((h) => h.textContent);
    expect(headings[0]).toBe('May 2017');
    expect(headings).toContain('June 2018');
  });
});
