/** Preview-only: the popup with a sample dataset, a page status from the URL, and settings kept in memory. */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { PopupView, type PopupTab } from '../../components/popup';
import type { SettingsPatch } from '../../utils/settings';
import type { PageStatus } from '../../utils/page-status';
import { DEFAULT_GLOBAL_SETTINGS, type GlobalSettings, type SiteSettings } from '../../utils/settings';
import { previewDataset as sampleDataset } from './preview-dataset';

const params = new URLSearchParams(location.search);
const hostname = 'www.celebrity-gossip.example.com';
const statuses: Record<string, PageStatus> = {
  active: { kind: 'active', hostname, mentionCounts: { 'paris-jackson': 7, 'cara-delevingne': 4 } },
  none: { kind: 'active', hostname, mentionCounts: {} },
  'site-off': { kind: 'unavailable', hostname, reason: 'site-off' },
  'not-loaded': { kind: 'unavailable', hostname, reason: 'not-loaded' },
  'browser-page': { kind: 'unavailable', hostname: null, reason: 'browser-page' },
};
const pageStatus = statuses[params.get('status') ?? 'active'];
const changes: SettingsPatch[] = [];
(window as unknown as { changes: SettingsPatch[] }).changes = changes;

function Preview() {
  const [global, setGlobal] = useState<GlobalSettings>(DEFAULT_GLOBAL_SETTINGS);
  const [site, setSite] = useState<SiteSettings>(pageStatus.kind === 'unavailable' && pageStatus.reason === 'site-off' ? { enabled: false } : {});
  const apply = (change: SettingsPatch) => {
    changes.push(change);
    if (change.scope === 'global') setGlobal({ ...global, ...change.patch });
    else setSite({ ...site, ...change.patch });
  };
  return (
    <PopupView
      dataset={sampleDataset}
      pageStatus={pageStatus}
      global={global}
      site={
        pageStatus.hostname
          ? {
              enabled: site.enabled ?? global.enabledByDefault,
              markStyle: site.markStyle ?? global.markStyle,
              siteOverride: site.enabled !== undefined,
            }
          : null
      }
      onSettingsChange={apply}
      onJumpToMention={(id) => (document.title = `jump:${id}`)}
      onReloadTab={() => (document.title = 'reload')}
      initialTab={(params.get('tab') as PopupTab | null) ?? 'page'}
    />
  );
}

render(<Preview />, document.getElementById('app')!);
