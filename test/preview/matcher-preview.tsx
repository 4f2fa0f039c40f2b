/**
 * Preview-only: the card's "What this passage says" section and the popup's page rumors, fed by the real matcher over
 * sample passages (?view=passage&p=NAME or ?view=rumors|rumors-none), inside the card's and popup's own sheets.
 */
import { render } from 'preact';
import { cardCss } from '../../components/card';
import { PassageClaims } from '../../components/card/PassageClaims';
import { PageRumors } from '../../components/popup/PageRumors';
import '../../components/popup/popup.css';
import { describeMatches, matchClaims, pageRumors } from '../../utils/claim-match';
import { bundledClaimIndex, bundledClaims } from '../../utils/claim-match/bundled';
import { dataset } from '../../utils/dataset/bundled';

const PASSAGES: Record<string, string> = {
  kiss: 'Paris Jackson and Cara Delevingne were photographed locking lips in West Hollywood, after a double date with her godfather Macaulay Culkin.',
  split: 'It is over for Paris Jackson and Cara Delevingne: the pair have split, with neither willing to make things serious.',
  enquirer: 'The National Enquirer says Paris Jackson was dating Cara Delevingne, Ashley Benson and Caroline D\u2019Amore all at the same time.',
  couple: 'Are they a couple? A source told People they have a flirty friendship, but Paris herself says they were never officially exclusive.',
  none: 'Cara Delevingne wore a green dress to the premiere on Tuesday.',
};
const PAGE = ['kiss', 'split', 'enquirer', 'couple', 'kiss'];

const params = new URLSearchParams(location.search);
const view = params.get('view') ?? 'passage';
const index = bundledClaimIndex();
const sourcesById = Object.fromEntries(dataset.sources.map((source) => [source.id, source]));
const app = document.getElementById('app')!;

if (view === 'passage') {
  const text = PASSAGES[params.get('p') ?? 'kiss'];
  // As the content script will: the card's one sheet inside a shadow root.
  const shadow = app.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = cardCss;
  const mount = document.createElement('div');
  mount.className = 'frame-card';
  shadow.append(style, mount);
  render(
    <div class="rc-theme rc-card" style={{ position: 'static', maxHeight: 'none' }}>
      <header class="rc-card-head">
        <h2>Paris Jackson</h2>
      </header>
      <div class="rc-card-body">
        <p class="rc-description">Passage: “{text}”</p>
        <PassageClaims matches={describeMatches(matchClaims(index, text), bundledClaims, text)} sourcesById={sourcesById} />
        <p class="rc-empty">(the rest of the card as today)</p>
      </div>
    </div>,
    mount,
  );
} else {
  const passages = view === 'rumors-none' ? ['none'] : PAGE;
  const rumors = pageRumors(passages.map((name) => matchClaims(index, PASSAGES[name])));
  const byId = new Map(bundledClaims.map((claim) => [claim.id, claim]));
  render(
    <div class="rc-theme rc-popup frame-popup" style={{ height: 'auto', maxHeight: 'none' }}>
      <div style={{ padding: '12px' }}>
        <PageRumors
          rumors={rumors.map((rumor) => ({ claim: byId.get(rumor.id)!, passages: rumor.passages.length }))}
          namedPeople={['Paris Jackson', 'Cara Delevingne']}
          onShow={(id) => (document.title = `show ${id}`)}
        />
      </div>
    </div>,
    app,
  );
}
