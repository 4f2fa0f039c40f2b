import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Claim, OpenQuestion, Person, Source } from '@/utils/dataset/types';
import { describeCurrency } from '@/components/shared/currency';
import type { Currency } from '@/utils/dataset/queries';
import { countNoun } from '@/components/shared/format';
import { StatusLegend } from '@/components/shared/StatusLegend';
import { ClaimList, useClaimJump } from '@/components/shared/ClaimList';
import { CareNote } from '@/components/shared/CareNote';
import { OpenQuestions } from '@/components/shared/OpenQuestions';
import { arrangeClaims, questionsFor } from '@/utils/care';
import type { TopicId } from '@/utils/topics';
import type { MatchedClaim } from '@/utils/claim-match/describe';
import { PassageClaims, shownInPassage } from './PassageClaims';

export interface RumorCardProps {
  person: Person;
  /** Already sorted by the caller, most significant first (the care rules of utils/care.ts are applied here). */
  claims: Claim[];
  sourcesById: Record<string, Source>;
  currency: Currency;
  /** What the articles leave open about the person. */
  openQuestions?: OpenQuestion[];
  /** Topics the reader hid in settings. */
  hiddenTopics?: readonly TopicId[];
  /** The claims the passage around the mention repeats, best first: the card leads with them (none: no section). */
  passage?: MatchedClaim[];
  onClose(): void;
  onDisableSite(): void;
  onNotThisPerson(): void;
  /** Max height in px (the positioning code may squeeze the card); CSS caps it at 480px otherwise. */
  maxHeight?: number;
  /** Claims listed before a "show more" button. */
  initialClaims?: number;
  /** Claims whose quotes start unfolded. */
  openQuotes?: number;
}

/** The hover card: a non-modal dialog about one person, with sourced claims, a legend and actions. */
export function RumorCard(props: RumorCardProps) {
  const { person, claims, sourcesById, currency, passage = [], initialClaims = 6 } = props;
  // The passage's claims lead; the rest of the person's claims follow without repeating them.
  const inPassage = new Set(shownInPassage(passage, props.hiddenTopics).map((match) => match.claim.id));
  // The passage section unfolds its first quote: the person's list then starts folded, so the card stays short.
  const openQuotes = props.openQuotes ?? (inPassage.size > 0 ? 0 : 2);
  // Keyed by person: the caller may re-render the same card for someone else, who starts folded again.
  const [showAllFor, setShowAllFor] = useState<string | null>(null);
  const showAll = showAllFor === person.id;
  const listRef = useRef<HTMLOListElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const nameId = useId();
  const descriptionId = useId();
  const arranged = arrangeClaims(claims, props.hiddenTopics);
  const listed = arranged.shown.filter((claim) => !inPassage.has(claim.id));
  const shown = showAll ? listed : listed.slice(0, initialClaims);
  const foldedCount = listed.length - shown.length;
  const listedIds = new Set(arranged.shown.map((claim) => claim.id));
  const questions = questionsFor(props.openQuestions ?? [], arranged.shown);

  // The "show more" button vanishes once pressed: keep keyboard focus on the first claim it revealed.
  useEffect(() => {
    if (!showAll) return;
    const firstNew = listRef.current?.children[initialClaims] as HTMLElement | undefined;
    firstNew?.focus();
  }, [showAll]);
  // Declared after the effect above: a jump that unfolds the list lands on its claim, not on the first one revealed.
  const jumpTo = useClaimJump(bodyRef, (id) => {
    if (!shown.some((claim) => claim.id === id)) setShowAllFor(person.id);
  });

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // The page must not also act on this Esc (closing its own menus, leaving full screen...).
    event.stopPropagation();
    props.onClose();
  };

  return (
    // The card is English whatever the page's language and direction: without its own lang and dir it would inherit
    // an Arabic page's rtl (`all: initial` in card.css does not reset direction) and lay its English out backwards.
    <div
      lang="en"
      dir="ltr"
      class="rc-theme rc-card"
      role="dialog"
      aria-labelledby={nameId}
      aria-describedby={descriptionId}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      style={props.maxHeight === undefined ? undefined : { maxHeight: `${props.maxHeight}px` }}
    >
      {/* Plain divs, not header/footer: outside sectioning elements those are the page's banner and contentinfo
          landmarks, and a card would add a second of each to the page (axe: landmark-no-duplicate-banner). */}
      <div class="rc-card-head">
        <h2 id={nameId}>{person.name}</h2>
        <button type="button" class="rc-close" aria-label="Close" onClick={props.onClose}>
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
            <path d="M3 3l10 10M13 3L3 13" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
          </svg>
        </button>
      </div>
      {/* The description scrolls away with the claims: on a 480px card the fixed parts must stay small. */}
      <div class="rc-card-body" ref={bodyRef}>
        <p id={descriptionId} class="rc-description">
          {person.description}
        </p>
        <PassageClaims matches={passage} sourcesById={sourcesById} hiddenTopics={props.hiddenTopics} />
        {inPassage.size > 0 && listed.length > 0 && <h3 class="rc-passage-title rc-rest-title">More about {person.name}</h3>}
        {claims.length === 0 && <p class="rc-empty">No sourced claims about {person.name} in these articles.</p>}
        {listed.length > 0 && (
          <ClaimList
            listRef={listRef}
            label={`What the articles say about ${person.name}`}
            claims={shown}
            lookup={claims}
            reachable={listedIds}
            sourcesById={sourcesById}
            quotesOpen={(index) => index < openQuotes}
            jumpTo={jumpTo}
          />
        )}
        {foldedCount > 0 && (
          <button type="button" class="rc-more" onClick={() => setShowAllFor(person.id)}>
            Show {countNoun(foldedCount, 'more claim')}
          </button>
        )}
        <CareNote count={arranged.behindNote.length}>
          <ClaimList
            claims={arranged.behindNote}
            lookup={claims}
            reachable={listedIds}
            sourcesById={sourcesById}
            quotesOpen={() => false}
            jumpTo={jumpTo}
          />
        </CareNote>
        {arranged.hiddenCount > 0 && (
          <p class="rc-hidden-note">{countNoun(arranged.hiddenCount, 'claim')} not shown: topics you hid in settings.</p>
        )}
        <OpenQuestions questions={questions} onShowClaim={jumpTo} />
        <StatusLegend />
      </div>
      <div class="rc-card-foot">
        <p class="rc-currency">{describeCurrency(currency)}</p>
        <div class="rc-actions">
          <button type="button" onClick={props.onNotThisPerson}>
            Not this person
          </button>
          <button type="button" onClick={props.onDisableSite}>
            Turn off on this site
          </button>
        </div>
      </div>
    </div>
  );
}
