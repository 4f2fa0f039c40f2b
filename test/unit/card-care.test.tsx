// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { RumorCard } from '../../components/card/RumorCard';
import { FactsPane } from '../../components/popup/FactsPane';
import { PassageClaims } from '../../components/card/PassageClaims';
import { PageRumors } from '../../components/popup/PageRumors';
import type { MatchedClaim } from '../../utils/claim-match/describe';
import { dataset } from '../../utils/dataset/bundled';
import { cardDataFor } from '../../utils/dataset/queries';
import { HELP_LINE } from '../../utils/care';
import { describeAsOf } from '../../components/shared/currency';
import type { TopicId } from '../../utils/topics';
import type { Source } from '../../utils/dataset/types';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function renderCard(person: string, hiddenTopics: TopicId[] = [], initialClaims = 100) {
  const data = cardDataFor(dataset, person)!;
  act(() =>
    render(
      <RumorCard {...data} hiddenTopics={hiddenTopics} initialClaims={initialClaims} onClose={vi.fn()} onDisableSite={vi.fn()} onNotThisPerson={vi.fn()} />,
      root,
    ),
  );
}

const listedIds = () => [...root.querySelectorAll<HTMLElement>('.rc-claims[aria-label] > li')].map((li) => li.dataset.claimId);
const careToggle = () => root.querySelector<HTMLButtonElement>('.rc-care-toggle')!;
const SELF_HARM = 'suicide-attempts-and-self-harm';

describe('the card: care by default', () => {
  it('keeps the self-harm claim out of the list, behind a closed content note, and shows it with the help line once opened', () => {
    renderCard('paris-jackson');
    expect(listedIds()).not.toContain(SELF_HARM);
    expect(listedIds()[0]).not.toBe(SELF_HARM);
    expect(root.querySelector('.rc-care-note')!.textContent).toBe('Content note: 1 claim about self-harm and suicide.');
    expect(careToggle().getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector(`[data-claim-id="${SELF_HARM}"]`)).toBeNull();
    expect(root.textContent).not.toContain('attempted suicide');

    act(() => careToggle().click());
    expect(careToggle().getAttribute('aria-expanded')).toBe('true');
    expect(root.querySelector(`.rc-care [data-claim-id="${SELF_HARM}"]`)).not.toBeNull();
    expect(root.querySelector('.rc-help')!.textContent).toBe(HELP_LINE);

    act(() => careToggle().click());
    expect(root.querySelector(`[data-claim-id="${SELF_HARM}"]`)).toBeNull();
  });

  it('the note is a real button (keyboard reachable) that controls the region it opens', () => {
    renderCard('paris-jackson');
    const toggle = careToggle();
    expect(toggle.tagName).toBe('BUTTON');
    expect(toggle.type).toBe('button');
    expect(root.querySelector(`[id="${toggle.getAttribute('aria-controls')}"]`)).not.toBeNull();
  });

  it("has no content note on Cara's card (no self-harm claim about her)", () => {
    renderCard('cara-delevingne');
    expect(root.querySelector('.rc-care')).toBeNull();
  });

  it("leads Cara's sexuality claims with her own words and shows the heading's label as a label others used", () => {
    renderCard('cara-delevingne');
    const sexuality = new Set(dataset.claims.filter((c) => c.topics.includes('sexuality')).map((c) => c.id));
    const firstSexuality = listedIds().find((id) => sexuality.has(id!));
    expect(dataset.claims.find((c) => c.id === firstSexuality)!.status).toBe('on-record');
    const sides = [...root.querySelectorAll('[data-claim-id="cara-sexuality-label"] .rc-sides > li .rc-side')].map((p) => p.textContent);
    expect(sides[sides.length - 1]).toBe('Label used by others, not her own words: She is openly bisexual.');
    expect(sides.slice(0, -1).every((side) => !side!.startsWith('Label used'))).toBe(true);
  });
});

describe('the card: reader control', () => {
  it('leaves out every claim with a hidden topic and says how many', () => {
    renderCard('cara-delevingne', ['sexuality']);
    const sexuality = dataset.claims.filter((c) => c.about.includes('cara-delevingne') && c.topics.includes('sexuality'));
    expect(sexuality.length).toBeGreaterThan(0);
    for (const claim of sexuality) expect(listedIds()).not.toContain(claim.id);
    expect(root.querySelector('.rc-hidden-note')!.textContent).toBe(`${sexuality.length} claims not shown: topics you hid in settings.`);
  });

  it('hiding self-harm removes the content note too', () => {
    renderCard('paris-jackson', ['self-harm']);
    expect(root.querySelector('.rc-care')).toBeNull();
  });
});

describe('the card: what is not known, and as of', () => {
  it("lists Paris's open questions, each with the statuses of the claims behind it", () => {
    renderCard('paris-jackson');
    const items = [...root.querySelectorAll('.rc-open-item')];
    expect(items.map((li) => li.querySelector('summary')!.textContent)).toEqual(
      dataset.openQuestions.filter((q) => q.about.includes('paris-jackson')).map((q) => q.question),
    );
    const kiss = items.find((li) => li.querySelector('summary')!.textContent!.startsWith('Where did the photographed kiss'))!;
    expect(kiss.querySelector('.rc-open-basis')!.textContent).toBe('Rests on 1 documented, 1 disputed claims:');
    expect([...kiss.querySelectorAll('.rc-badge')].map((b) => b.textContent)).toEqual(['Disputed', 'Documented']);
  });

  it('a question with every claim hidden is not listed', () => {
    renderCard('paris-jackson', ['relationship', 'public-appearance', 'reporting', 'family', 'career', 'social-media']);
    expect([...root.querySelectorAll('.rc-open-item summary')].map((s) => s.textContent)).toEqual([]);
  });

  it("shows each claim's article date, or says the article is undated", () => {
    renderCard('paris-jackson');
    const asOf = (id: string) => root.querySelector(`[data-claim-id="${id}"] .rc-asof`)!.textContent;
    expect(asOf('paris-orientation-not-discussed')).toBe('As of 24 Mar 2018 (article date)');
    expect(asOf('paris-rejects-bisexual-label')).toBe('Article undated');
  });

  it('describeAsOf: a dated and a later undated article make "or later"; undated articles say so', () => {
    const src = (id: string, date: string | null): Source => ({ id, file: `${id}.txt`, headline: id, author: null, outlet: null, date, cites: [], uncitedParagraphs: [] });
    const sources = { d: src('d', '2018-03-24'), u: src('u', null), u2: src('u2', null) };
    const ev = (source: string) => ({ source, quote: 'q'.repeat(30), attribution: 'a', origin: 'o', basis: 'outlet-report' as const });
    expect(describeAsOf({ evidence: [ev('d'), ev('u')], date: '2018-06' }, sources)).toBe('As of June 2018 or later (undated article)');
    expect(describeAsOf({ evidence: [ev('d'), ev('u')], date: '2018-02' }, sources)).toBe('As of 24 Mar 2018 or later (undated article)');
    expect(describeAsOf({ evidence: [ev('d'), ev('d')] }, sources)).toBe('As of 24 Mar 2018 (article date)');
    expect(describeAsOf({ evidence: [ev('u'), ev('u')] }, sources)).toBe('Article undated');
    expect(describeAsOf({ evidence: [ev('u'), ev('u2')], date: '2018' }, sources)).toBe('Articles undated');
  });

  it('says a claim was overtaken and jumps to the newer one, unfolding the list and moving focus', () => {
    renderCard('paris-jackson', [], 1);
    const older = () => root.querySelector('[data-claim-id="paris-orientation-not-discussed"]');
    expect(older()).toBeNull();
    act(() => root.querySelector<HTMLButtonElement>('.rc-more')!.click());
    const link = older()!.querySelector<HTMLButtonElement>('.rc-overtaken .rc-link')!;
    expect(older()!.querySelector('.rc-overtaken')!.textContent).toMatch(/^A later article overtook this \(July 2018\): In July 2018 Paris wrote/);
    act(() => link.click());
    expect((document.activeElement as HTMLElement).dataset.claimId).toBe('paris-rejects-bisexual-label');
  });
});

describe('the popup Facts pane follows the same rules', () => {
  it('self-harm behind the note, hidden topics out, open questions listed', () => {
    act(() => render(<FactsPane dataset={dataset} initialPerson="paris-jackson" hiddenTopics={['sexuality']} />, root));
    const ids = [...root.querySelectorAll<HTMLElement>('.rc-claims > li')].map((li) => li.dataset.claimId);
    expect(ids).not.toContain(SELF_HARM);
    expect(ids.some((id) => dataset.claims.find((c) => c.id === id)!.topics.includes('sexuality'))).toBe(false);
    expect(careToggle().getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelectorAll('.rc-open-item').length).toBe(9);
  });
});

describe('the passage section and the popup page rumors follow the care rules too', () => {
  const claimOf = (id: string) => dataset.claims.find((c) => c.id === id)!;
  const match = (id: string): MatchedClaim => ({ claim: claimOf(id), score: 1, matched: [], speakUp: null });

  it('PassageClaims never leads the card with a self-harm claim, and leaves hidden topics out', () => {
    const matches = [match(SELF_HARM), match('kiss-photographed'), match('cara-demolish-labels')];
    act(() => render(<PassageClaims matches={matches} sourcesById={{}} hiddenTopics={['sexuality']} />, root));
    expect([...root.querySelectorAll<HTMLElement>('.rc-claim')].map((li) => li.dataset.claimId)).toEqual(['kiss-photographed']);
    act(() => render(<PassageClaims matches={[match(SELF_HARM)]} sourcesById={{}} />, root));
    expect(root.innerHTML).toBe('');
  });

  it('PageRumors puts a self-harm claim behind the content note, never in the status groups', () => {
    const rumors = [{ claim: claimOf(SELF_HARM), passages: 1 }, { claim: claimOf('kiss-photographed'), passages: 1 }, { claim: claimOf('cara-demolish-labels'), passages: 1 }];
    act(() => render(<PageRumors rumors={rumors} namedPeople={['Paris Jackson']} onShow={vi.fn()} hiddenTopics={['sexuality']} />, root));
    const grouped = [...root.querySelectorAll('.rc-rumor-group .rc-rumor-text')].map((p) => p.textContent);
    expect(grouped).toEqual([claimOf('kiss-photographed').text]);
    expect(root.textContent).not.toContain('attempted suicide');
    act(() => careToggle().click());
    expect(root.querySelector('.rc-care .rc-rumor-text')!.textContent).toBe(claimOf(SELF_HARM).text);
  });
});
