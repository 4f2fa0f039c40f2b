/** The popup's "On this page" rumors: the claims the page repeats, deduplicated, grouped by status, each with "Show". */
import type { Claim } from '@/utils/dataset/types';
import { STATUS_IDS, STATUSES, type StatusId } from '@/utils/statuses';
import { StatusBadge } from '@/components/shared/StatusBadge';
import { countNoun } from '@/components/shared/format';
import { CareNote } from '@/components/shared/CareNote';
import { isBehindNote, isHidden } from '@/utils/care';
import type { TopicId } from '@/utils/topics';

/** One claim the page repeats, and in how many of its passages. */
export interface PageRumorItem {
  claim: Claim;
  passages: number;
}

export interface PageRumorsProps {
  /** Deduplicated across the page's passages (utils/claim-match's pageRumors), in page order. */
  rumors: PageRumorItem[];
  /** Names of the people the page names: with no rumor, says the page names them but repeats nothing known. */
  namedPeople: string[];
  /** "Show": bring the first passage that repeats this claim into view. */
  onShow(claimId: string): void;
  /** Topics the reader hid: their claims are left out (utils/care.ts). */
  hiddenTopics?: readonly TopicId[];
}

/** "This page repeats 6 claims: 1 documented, 2 disputed, 3 single-source", statuses in the legend's order. */
export function rumorSummary(rumors: readonly PageRumorItem[]): string {
  const counts = STATUS_IDS.map((status) => [status, rumors.filter((rumor) => rumor.claim.status === status).length] as const);
  const parts = counts.filter(([, count]) => count > 0).map(([status, count]) => `${count} ${statusWord(status)}`);
  return `This page repeats ${countNoun(rumors.length, 'claim')}: ${parts.join(', ')}.`;
}

// The summary reads as a sentence: "single-source", "on-record" as ids, others as their lower-case labels.
function statusWord(status: StatusId): string {
  return status.includes('-') ? status : STATUSES[status].label.toLowerCase();
}

/** The section; nothing at all when the page names nobody and repeats nothing. */
export function PageRumors({ rumors: all, namedPeople, onShow, hiddenTopics = [] }: PageRumorsProps) {
  // As on the card: hidden topics left out, self-harm claims behind the content note at the end, never in the groups.
  const visible = all.filter((rumor) => !isHidden(rumor.claim, hiddenTopics));
  const behindNote = visible.filter((rumor) => isBehindNote(rumor.claim));
  const rumors = visible.filter((rumor) => !behindNote.includes(rumor));
  if (rumors.length === 0 && behindNote.length === 0) {
    if (namedPeople.length === 0) return null;
    return (
      <section class="rc-rumors" aria-label="Rumors on this page">
        <p class="rc-note">
          This page names {namedPeople.join(' and ')} but repeats none of the claims in the articles Rumor Context knows.
        </p>
      </section>
    );
  }
  const groups = STATUS_IDS.map((status) => ({ status, items: rumors.filter((rumor) => rumor.claim.status === status) })).filter(
    (group) => group.items.length > 0,
  );
  return (
    <section class="rc-rumors" aria-label="Rumors on this page">
      {/* The summary heads the section: the status groups below are its h3s (axe: heading-order). */}
      <h2 class="rc-rumors-sum">{rumorSummary(visible)}</h2>
      {groups.map(({ status, items }) => (
        <div key={status} class="rc-rumor-group">
          <h3 class="rc-rumor-status">
            <StatusBadge status={status} />
            <span class="rc-rumor-meaning">{STATUSES[status].meaning}</span>
          </h3>
          <RumorList items={items} onShow={onShow} />
        </div>
      ))}
      <CareNote count={behindNote.length}>
        <RumorList items={behindNote} onShow={onShow} />
      </CareNote>
    </section>
  );
}

function RumorList({ items, onShow }: { items: PageRumorItem[]; onShow(claimId: string): void }) {
  return (
    <ul class="rc-rumor-list">
      {items.map(({ claim, passages }) => (
        <li key={claim.id} class="rc-rumor">
          <p class="rc-rumor-text">{claim.text}</p>
          <div class="rc-rumor-foot">
            {passages > 1 && <span class="rc-rumor-count">in {countNoun(passages, 'passage')}</span>}
            <button type="button" class="rc-rumor-show" aria-label={`Show where the page says: ${claim.text}`} onClick={() => onShow(claim.id)}>
              Show
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
