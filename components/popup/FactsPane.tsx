import { useRef, useState } from 'preact/hooks';
import type { Dataset } from '@/utils/dataset/types';
import type { StatusId } from '@/utils/statuses';
import type { TopicId } from '@/utils/topics';
import { ClaimList, useClaimJump } from '@/components/shared/ClaimList';
import { CareNote } from '@/components/shared/CareNote';
import { OpenQuestions } from '@/components/shared/OpenQuestions';
import { StatusLegend } from '@/components/shared/StatusLegend';
import { countNoun } from '@/components/shared/format';
import { arrangeClaims, isHidden, questionsFor } from '@/utils/care';
import { countByStatus, withStatuses, type PersonFilter } from './facts';
import { claimsAbout, openQuestionsAbout } from '@/utils/dataset/queries';
import { SourcesView } from './SourcesView';
import { StatusFilter } from './StatusFilter';
import { Tabs } from './Tabs';
import { TimelineView } from './TimelineView';

type FactsView = 'claims' | 'timeline' | 'sources';

interface FactsPaneProps {
  dataset: Dataset;
  initialPerson?: PersonFilter;
  /** Topics the reader hid in settings: their claims are left out here as on the card. */
  hiddenTopics?: readonly TopicId[];
}

/**
 * The whole dataset, browsable: by person, filtered by status, as a list, a timeline, or by source article; with the
 * care rules of utils/care.ts (self-harm behind a content note, hidden topics left out) and what is not known.
 */
export function FactsPane({ dataset, initialPerson = 'all', hiddenTopics = [] }: FactsPaneProps) {
  const [person, setPerson] = useState<PersonFilter>(initialPerson);
  const [statuses, setStatuses] = useState<ReadonlySet<StatusId>>(new Set());
  const [view, setView] = useState<FactsView>('claims');
  const panelRef = useRef<HTMLDivElement>(null);
  const jumpTo = useClaimJump(panelRef, () => setView('claims'));
  const about = claimsAbout(dataset.claims, person);
  const visible = about.filter((claim) => !isHidden(claim, hiddenTopics));
  const arranged = arrangeClaims(withStatuses(visible, statuses));
  const shown = arranged.shown;
  const shownIds = new Set(shown.map((claim) => claim.id));
  const sourcesById = Object.fromEntries(dataset.sources.map((source) => [source.id, source]));
  const questions = person === 'all' ? dataset.openQuestions : openQuestionsAbout(dataset.openQuestions, person);
  const hiddenCount = about.length - visible.length;
  const claimList = (claims: typeof shown) => (
    <ClaimList claims={claims} lookup={dataset.claims} reachable={shownIds} sourcesById={sourcesById} quotesOpen={() => false} jumpTo={jumpTo} />
  );

  return (
    <div class="rc-facts">
      <div class="rc-filters">
        <label class="rc-field-row">
          <span class="rc-field">About</span>
          <select value={person} onChange={(e) => setPerson((e.currentTarget as HTMLSelectElement).value)}>
            <option value="all">Everyone</option>
            {dataset.people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <StatusFilter counts={countByStatus(visible)} selected={statuses} onChange={setStatuses} />
        <StatusLegend />
      </div>
      <Tabs
        label="Ways to browse"
        class="rc-subtabs"
        tabs={[
          { id: 'claims', label: `Claims (${shown.length + arranged.behindNote.length})` },
          { id: 'timeline', label: 'Timeline' },
          { id: 'sources', label: `Sources (${dataset.sources.length})` },
        ]}
        selected={view}
        onSelect={setView}
      >
        <div ref={panelRef}>
          {view === 'claims' &&
            (shown.length + arranged.behindNote.length === 0 ? <p class="rc-note">No claim matches these filters.</p> : claimList(shown))}
          {view === 'timeline' && <TimelineView claims={shown} />}
          {view === 'sources' && <SourcesView sources={dataset.sources} claims={shown} />}
          <CareNote count={arranged.behindNote.length}>{claimList(arranged.behindNote)}</CareNote>
          {hiddenCount > 0 && <p class="rc-hidden-note">{countNoun(hiddenCount, 'claim')} not shown: topics you hid in settings.</p>}
          {view === 'claims' && <OpenQuestions questions={questionsFor(questions, shown)} onShowClaim={jumpTo} headingLevel={2} />}
        </div>
      </Tabs>
    </div>
  );
}
