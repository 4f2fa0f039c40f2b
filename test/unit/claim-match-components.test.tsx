// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { PassageClaims } from '@/components/card/PassageClaims';
import { PageRumors, rumorSummary, type PageRumorItem } from '@/components/popup/PageRumors';
import { describeMatches, matchClaims } from '@/utils/claim-match';
import { bundledClaimIndex, bundledClaims } from '@/utils/claim-match/bundled';
import type { Claim } from '@/utils/dataset/types';
import { sampleSourcesById } from '../preview/sample-dataset';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const claim = (id: string): Claim => bundledClaims.find((candidate) => candidate.id === id)!;
const sourcesById = { ...sampleSourcesById };

describe('PassageClaims', () => {
  const passage = 'The National Enquirer says Paris was dating Cara, Ashley Benson and Caroline D\u2019Amore at the same time.';
  const matches = describeMatches(matchClaims(bundledClaimIndex(), passage), bundledClaims, passage);

  it('shows each matched claim with its badge, quotes, why it matched and its speak-up line', () => {
    act(() => render(<PassageClaims matches={matches} sourcesById={sourcesById} />, root));
    const section = root.querySelector('section.rc-passage')!;
    expect(section.querySelector('h3')!.textContent).toBe('What this passage says');
    expect(section.getAttribute('aria-labelledby')).toBe(section.querySelector('h3')!.id);
    const first = section.querySelector('.rc-claim')!;
    expect(first.querySelector('.rc-badge')!.textContent).toBe('Denied');
    expect(first.querySelector('.rc-claim-text')!.textContent).toBe(claim('enquirer-three-timer-story').text);
    expect(first.querySelector('.rc-speakup')!.textContent).toBe('Denied on record by Paris on Twitter.');
    expect([...first.querySelectorAll('.rc-why-word')].map((word) => word.textContent)).toEqual(
      expect.arrayContaining(['National Enquirer', 'Ashley Benson', 'at the same time']),
    );
    expect(first.querySelector('details')!.open).toBe(true);
    expect(first.querySelector('.rc-quote')!.textContent).toBe(claim('enquirer-three-timer-story').evidence[0].quote);
  });

  it('leaves the speak-up line out when the claim says enough', () => {
    const quiet = [{ claim: claim('kiss-photographed'), score: 1, matched: ['kissing'], speakUp: null }];
    act(() => render(<PassageClaims matches={quiet} sourcesById={sourcesById} />, root));
    expect(root.querySelector('.rc-speakup')).toBeNull();
    expect(root.querySelector('.rc-why')!.textContent).toBe('Matched on kissing');
  });

  it('shows at most `limit` claims, the best ones', () => {
    const many = ['kiss-photographed', 'kiss-location', 'split-june-2018', 'dalston-holding-hands'].map((id) => ({ claim: claim(id), score: 1, matched: [], speakUp: null }));
    act(() => render(<PassageClaims matches={many} sourcesById={sourcesById} />, root));
    expect([...root.querySelectorAll('.rc-claim-text')].map((text) => text.textContent)).toEqual(many.slice(0, 3).map((match) => match.claim.text));
  });

  it('renders nothing when the passage matched no claim', () => {
    act(() => render(<PassageClaims matches={[]} sourcesById={sourcesById} />, root));
    expect(root.innerHTML).toBe('');
  });
});

describe('PageRumors', () => {
  const item = (id: string, passages = 1): PageRumorItem => ({ claim: claim(id), passages });
  const rumors = [item('kiss-photographed', 2), item('split-june-2018'), item('kiss-location'), item('were-they-a-couple'), item('friendly-after-split'), item('dalston-holding-hands')];

  it('sums the page up by status, in the legend order', () => {
    expect(rumorSummary(rumors)).toBe('This page repeats 6 claims: 1 documented, 2 disputed, 3 single-source.');
    expect(rumorSummary([item('kiss-photographed')])).toBe('This page repeats 1 claim: 1 documented.');
  });

  it('groups the rumors by status, each with a Show button that reports its claim', () => {
    const onShow = vi.fn();
    act(() => render(<PageRumors rumors={rumors} namedPeople={['Paris Jackson']} onShow={onShow} />, root));
    expect(root.querySelector('.rc-rumors-sum')!.textContent).toBe('This page repeats 6 claims: 1 documented, 2 disputed, 3 single-source.');
    const groups = [...root.querySelectorAll('.rc-rumor-group')];
    expect(groups.map((group) => group.querySelector('.rc-badge')!.textContent)).toEqual(['Documented', 'Disputed', 'Single source']);
    expect(groups[1].querySelectorAll('.rc-rumor')).toHaveLength(2);
    expect(groups[0].querySelector('.rc-rumor-count')!.textContent).toBe('in 2 passages');
    const show = groups[2].querySelector<HTMLButtonElement>('.rc-rumor-show')!;
    expect(show.getAttribute('aria-label')).toBe(`Show where the page says: ${claim('split-june-2018').text}`);
    act(() => show.click());
    expect(onShow).toHaveBeenCalledWith('split-june-2018');
  });

  it('says so when the page names the people but repeats no known claim, and is empty when it names nobody', () => {
    act(() => render(<PageRumors rumors={[]} namedPeople={['Paris Jackson', 'Cara Delevingne']} onShow={vi.fn()} />, root));
    expect(root.textContent).toBe(
      'This page names Paris Jackson and Cara Delevingne but repeats none of the claims in the articles Rumor Context knows.',
    );
    act(() => render(<PageRumors rumors={[]} namedPeople={[]} onShow={vi.fn()} />, root));
    expect(root.innerHTML).toBe('');
  });
});
