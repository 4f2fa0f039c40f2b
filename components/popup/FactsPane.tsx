import { useState } from 'preact/hooks';
import type { Dataset } from '@/utils/dataset/types';
import type { StatusId } from '@/utils/statuses';
import { ClaimItem } from '@/components/shared/ClaimItem';
import { StatusLegend } from '@/components/shared/StatusLegend';
import { countByStatus, withStatuses, type PersonFilter } from './facts';
import { claimsAbout } from '@/utils/dataset/queries';
import { SourcesView } from './SourcesView';
import { StatusFilter } from './StatusFilter';
import { Tabs } from './Tabs';
import { TimelineView } from './TimelineView';

type FactsView = 'claims' | 'timeline' | 'sources';

/** The whole dataset, browsable: by person, filtered by status, as a list, a timeline, or by source article. */
export function FactsPane({ dataset, initialPerson = 'all' }: { dataset: Dataset; initialPerson?: PersonFilter }) {
  const [person, setPerson] = useState<PersonFilter>(initialPerson);
  const [statuses, setStatuses] = useState<ReadonlySet<StatusId>>(new Set());
  const [view, setView] = useState<FactsView>('claims');
  const about = claimsAbout(dataset.claims, person);
  const shown = withStatuses(about, statuses);
  const sourcesById = Object.fromEntries(dataset.sources.map((source) => [source.id, source]));

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
        <StatusFilter counts={countByStatus(about)} selected={statuses} onChange={setStatuses} />
        <StatusLegend />
      </div>
      <Tabs
        label="Ways to browse"
        class="rc-subtabs"
        tabs={[
          { id: 'claims', label: `Claims (${shown.length})` },
          { id: 'timeline', label: 'Timeline' },
          { id: 'sources', label: `Sources (${dataset.sources.length})` },
        ]}
        selected={view}
        onSelect={setView}
      >
        {view === 'claims' &&
          (shown.length === 0 ? (
            <p class="rc-note">No claim matches these filters.</p>
          ) : (
            <ol class="rc-claims">
              {shown.map((claim) => (
                <ClaimItem key={claim.id} claim={claim} sourcesById={sourcesById} quotesOpen={false} />
              ))}
            </ol>
          ))}
        {view === 'timeline' && <TimelineView claims={shown} />}
        {view === 'sources' && <SourcesView sources={dataset.sources} claims={shown} />}
      </Tabs>
    </div>
  );
}
