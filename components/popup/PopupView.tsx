import { useState } from 'preact/hooks';
import type { Dataset, PersonId } from '@/utils/dataset/types';
import type { PageStatus } from '@/utils/page-status';
import type { EffectiveSiteSettings, GlobalSettings } from '@/utils/settings';
import { describeCurrency } from '@/components/shared/currency';
import { currencyOf } from '@/utils/dataset/queries';
import { countByTopic } from '@/utils/care';
import type { PersonFilter } from './facts';
import { FactsPane } from './FactsPane';
import { PagePane } from './PagePane';
import type { PageRumorItem } from './PageRumors';
import type { SettingsPatch } from '@/utils/settings';
import { SettingsPane } from './SettingsPane';
import { SiteSwitch } from './SiteSwitch';
import { Tabs } from './Tabs';

export type PopupTab = 'page' | 'facts' | 'settings';

export interface PopupViewProps {
  dataset: Dataset;
  /** Null while the popup is still asking the tab. */
  pageStatus: PageStatus | null;
  global: GlobalSettings;
  /** What applies on the tab's site; null when the tab shows no web site. */
  site: EffectiveSiteSettings | null;
  onSettingsChange(change: SettingsPatch): void;
  /** The claims the page repeats; null while matching (or when the page names nobody). */
  pageRumors?: PageRumorItem[] | null;
  onJumpToMention(person: PersonId): void;
  onShowRumor?(claimId: string): void;
  onReloadTab(): void;
  initialTab?: PopupTab;
}

const TABS = [
  { id: 'page', label: 'On this page' },
  { id: 'facts', label: 'Facts' },
  { id: 'settings', label: 'Settings' },
] as const;

/** The toolbar popup: site switch on top, then tabs for this page, the facts, and settings. */
export function PopupView(props: PopupViewProps) {
  const { dataset, pageStatus, global, site, onSettingsChange } = props;
  const [tab, setTab] = useState<PopupTab>(props.initialTab ?? 'page');
  const hostname = pageStatus?.hostname ?? null;
  const setSiteEnabled = (enabled: boolean) => {
    if (hostname) onSettingsChange({ scope: 'site', hostname, patch: { enabled } });
  };
  const unmarked = new Set(dataset.people.filter((p) => global.people[p.id] === false).map((p) => p.id));

  return (
    <div class="rc-theme rc-popup">
      <header class="rc-popup-head">
        <h1>Rumor Context</h1>
        <SiteSwitch hostname={site ? hostname : null} enabled={site?.enabled ?? false} onToggle={setSiteEnabled} />
      </header>
      {/* The popup's own page: its content sits in a main landmark (axe: landmark-one-main, region). */}
      <main class="rc-popup-main">
        <Tabs label="Rumor Context" class="rc-maintabs" tabs={TABS} selected={tab} onSelect={setTab}>
          {tab === 'page' && (
            <PagePane
              status={pageStatus}
              people={dataset.people}
              unmarked={unmarked}
              rumors={props.pageRumors ?? null}
              hiddenTopics={global.hiddenTopics}
              onJumpToMention={props.onJumpToMention}
              onShowRumor={(claimId) => props.onShowRumor?.(claimId)}
              onTurnOnSite={() => setSiteEnabled(true)}
              onReloadTab={props.onReloadTab}
            />
          )}
          {tab === 'facts' && <FactsPane dataset={dataset} initialPerson={mostMentioned(pageStatus)} hiddenTopics={global.hiddenTopics} />}
          {tab === 'settings' && (
            <SettingsPane
              hostname={hostname}
              site={site}
              global={global}
              people={dataset.people}
              topicCounts={countByTopic(dataset.claims)}
              onChange={onSettingsChange}
            />
          )}
        </Tabs>
      </main>
      <footer class="rc-popup-foot">{describeCurrency(currencyOf(dataset))}</footer>
    </div>
  );
}

/** Facts open on the person this page is most about, if any. */
function mostMentioned(status: PageStatus | null): PersonFilter {
  if (status?.kind !== 'active') return 'all';
  const [top] = Object.entries(status.mentionCounts)
    .filter(([, count]) => (count ?? 0) > 0)
    .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0));
  return top ? top[0] : 'all';
}
