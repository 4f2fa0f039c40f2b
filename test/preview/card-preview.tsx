/** Preview-only: mounts the card in a shadow root over a hostile page and places it with placeCard. */
import { render } from 'preact';
import { cardCss, RumorCard } from '../../components/card';
import { claimsAbout, currencyOf, openQuestionsAbout } from '../../utils/dataset/queries';
import { isTopicId } from '../../utils/topics';
import { cardMaxHeight, placeCard } from '../../utils/card-position';
import { previewDataset as sampleDataset, previewSourcesById as sampleSourcesById } from './preview-dataset';

const params = new URLSearchParams(location.search);
const personId = params.get('person') ?? 'paris-jackson';
const person = sampleDataset.people.find((p) => p.id === personId)!;
const anchor = document.getElementById(params.get('anchor') ?? 'name-1')!;
const margin = 8;
// Bring the name into view where the scene asks (top, middle or bottom of the viewport), as a reader would see it.
anchor.scrollIntoView({ block: (params.get('at') as ScrollLogicalPosition | null) ?? 'nearest' });

const host = document.createElement('div');
host.style.cssText = 'position: fixed; left: 0; top: 0; z-index: 2147483647;';
const shadow = host.attachShadow({ mode: 'open' });
const style = document.createElement('style');
// As the content script does: the card's one sheet, @import inlined by Vite.
style.textContent = cardCss;
const mount = document.createElement('div');
shadow.append(style, mount);
document.body.append(host);

function show(maxHeight: number) {
  render(
    <RumorCard
      person={person}
      claims={claimsAbout(sampleDataset.claims, person.id)}
      sourcesById={sampleSourcesById}
      currency={currencyOf(sampleDataset)}
      openQuestions={openQuestionsAbout(sampleDataset.openQuestions, person.id)}
      hiddenTopics={(params.get('hide') ?? '').split(',').filter(isTopicId)}
      maxHeight={maxHeight}
      initialClaims={params.has('all') ? 100 : 6}
      onClose={() => render(null, mount)}
      onDisableSite={() => (document.title = 'disable-site')}
      onNotThisPerson={() => (document.title = 'not-this-person')}
    />,
    mount,
  );
}

const viewport = { width: document.documentElement.clientWidth, height: window.innerHeight };
show(cardMaxHeight(viewport.height, margin));
const card = shadow.querySelector('.rc-card')!.getBoundingClientRect();
const placed = placeCard({ anchor: [...anchor.getClientRects()], card, viewport, margin });
show(placed.maxHeight);
host.style.transform = `translate(${placed.left}px, ${placed.top}px)`;
document.body.dataset.placement = placed.placement;
