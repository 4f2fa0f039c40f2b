// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { RumorCard, type RumorCardProps } from '../../components/card/RumorCard';
import { STATUS_IDS, STATUSES } from '../../utils/statuses';
import type { Claim } from '../../utils/dataset/types';
import { cara, claims, paris, sampleSourcesById } from '../preview/sample-dataset';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function renderCard(overrides: Partial<RumorCardProps> = {}) {
  const props: RumorCardProps = {
    person: paris,
    claims: claims.filter((c) => c.about.includes('paris-jackson')),
    sourcesById: sampleSourcesById,
    currency: { articleCount: 3, newestArticleDate: '2018-03-24', newestEventDate: '2018-07' },
    onClose: vi.fn(),
    onDisableSite: vi.fn(),
    onNotThisPerson: vi.fn(),
    initialClaims: 50,
    ...overrides,
  };
  act(() => render(<RumorCard {...props} />, root));
  return props;
}

const dialog = () => root.querySelector<HTMLElement>('[role="dialog"]')!;
const claimItems = () => [...root.querySelectorAll<HTMLLIElement>('.rc-claims > li')];
const button = (name: string) =>
  [...root.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name)!;

describe('RumorCard', () => {
  it('is a dialog named by the person, described by the one-line description', () => {
    renderCard();
    const labelledBy = dialog().getAttribute('aria-labelledby')!;
    expect(root.querySelector(`[id="${labelledBy}"]`)!.textContent).toBe('Paris Jackson');
    const describedBy = dialog().getAttribute('aria-describedby')!;
    expect(root.querySelector(`[id="${describedBy}"]`)!.textContent).toBe(paris.description);
  });

  it('lists the claims in the order given, each with its badge text and sentence', () => {
    const given = [claims[5], claims[0], claims[8], claims[1]];
    renderCard({ claims: given });
    const items = claimItems();
    expect(items.map((li) => li.querySelector('.rc-claim-text')!.textContent)).toEqual(given.map((c) => c.text));
    expect(items.map((li) => li.querySelector('.rc-badge')!.textContent)).toEqual(
      given.map((c) => STATUSES[c.status].label),
    );
  });

  it('shows each quote verbatim with its attribution and the article headline', () => {
    const claim = claims.find((c) => c.id === 'family-worried')!;
    renderCard({ claims: [claim] });
    expect(root.querySelector('blockquote')!.textContent).toBe("She's lost it. She really has.");
    const credit = root.querySelector('.rc-credit')!.textContent!;
    expect(credit).toContain("Jackson's relative, to Page Six");
    expect(credit).toContain('Paris Jackson And Cara Delevingne: The Truth About Their');
  });

  it('shows every side of a disputed claim with its source, outside the folded quotes', () => {
    const disputed = claims.find((c) => c.status === 'disputed')!;
    renderCard({ claims: [disputed] });
    const sides = [...root.querySelectorAll('.rc-sides > li')];
    expect(sides).toHaveLength(disputed.evidence.length);
    disputed.evidence.forEach((side, i) => {
      expect(sides[i].querySelector('.rc-side')!.textContent).toBe(side.says);
      expect(sides[i].querySelector('.rc-credit')!.textContent).toContain(side.attribution);
    });
    expect(sides[0].closest('details')).toBeNull();
  });

  it('unfolds the quotes of the first claims only', () => {
    renderCard({ openQuotes: 2 });
    const open = claimItems().map((li) => li.querySelector('details')!.open);
    expect(open.slice(0, 2)).toEqual([true, true]);
    expect(open.slice(2).every((o) => !o)).toBe(true);
  });

  it('Esc anywhere inside calls onClose; the buttons call their callbacks', () => {
    const props = renderCard();
    act(() => {
      button('Not this person').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(props.onClose).toHaveBeenCalledTimes(1);
    act(() => {
      dialog().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    expect(props.onClose).toHaveBeenCalledTimes(1);

    act(() => button('Close').click());
    act(() => button('Not this person').click());
    act(() => button('Turn off on this site').click());
    expect(props.onClose).toHaveBeenCalledTimes(2);
    expect(props.onNotThisPerson).toHaveBeenCalledTimes(1);
    expect(props.onDisableSite).toHaveBeenCalledTimes(1);
  });

  it('does not take focus when it appears', () => {
    document.body.focus();
    renderCard();
    expect(root.contains(document.activeElement)).toBe(false);
  });

  it('has a collapsed legend explaining all eight statuses', () => {
    renderCard();
    const legend = root.querySelector<HTMLDetailsElement>('.rc-legend')!;
    expect(legend.open).toBe(false);
    expect(legend.querySelector('summary')!.textContent).toBe('What the labels mean');
    const rows = [...legend.querySelectorAll('.rc-legend-row')];
    expect(rows.map((r) => r.querySelector('dt')!.textContent)).toEqual(STATUS_IDS.map((id) => STATUSES[id].label));
    expect(rows.map((r) => r.querySelector('dd')!.textContent)).toEqual(STATUS_IDS.map((id) => STATUSES[id].meaning));
  });

  it('says how current the knowledge is, from the figures given', () => {
    renderCard({ currency: { articleCount: 1, newestArticleDate: null, newestEventDate: '2017-05-07' } });
    expect(root.querySelector('.rc-currency')!.textContent).toBe(
      'From 1 article only; it states no date (events up to 7 May 2017).',
    );
  });

  it('holds back long lists behind a button that reveals them and keeps focus in place', () => {
    renderCard({ claims: claims.slice(0, 5), initialClaims: 2 });
    expect(claimItems()).toHaveLength(2);
    const more = button('Show 3 more claims');
    act(() => more.click());
    expect(claimItems()).toHaveLength(5);
    expect(document.activeElement).toBe(claimItems()[2]);
  });

  it('folds the list again when re-rendered for another person', () => {
    renderCard({ claims: claims.slice(0, 5), initialClaims: 2 });
    act(() => button('Show 3 more claims').click());
    expect(claimItems()).toHaveLength(5);
    renderCard({ person: cara, claims: claims.slice(0, 5), initialClaims: 2 });
    expect(claimItems()).toHaveLength(2);
  });

  it('renders page-like text as text, never as markup', () => {
    const hostile: Claim = { ...claims[0], text: '<img src=x onerror="alert(1)"> bold <b>claim</b>' };
    renderCard({ claims: [hostile] });
    expect(root.querySelector('.rc-claim-text')!.textContent).toBe(hostile.text);
    expect(root.querySelector('img, b')).toBeNull();
  });

  it('says so when there is nothing to show', () => {
    renderCard({ claims: [] });
    expect(root.querySelector('.rc-empty')!.textContent).toContain('No sourced claims about Paris Jackson');
  });
});
