import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { PopupView } from '@/components/popup';
import { dataset } from '@/utils/dataset/bundled';
import { effectiveSiteSettings, type Settings } from '@/utils/settings';
import { loadSettings, requestSettingsChange, watchSettings } from '@/lib/settings-read';
import { sendToTab } from '@/lib/messaging';
import { readPageStatus, type TabStatus } from '@/lib/popup/tab-status';
import { readPageRumors, type PageRumorFound } from '@/lib/popup/page-rumors';

function Popup() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [page, setPage] = useState<TabStatus | null>(null);
  const [rumors, setRumors] = useState<PageRumorFound[] | null>(null);

  useEffect(() => {
    void loadSettings().then(setSettings);
    const read = (next?: Settings) =>
      void readPageStatus(next).then((tab) => {
        setPage(tab);
        const named = tab.status.kind === 'active' && Object.values(tab.status.mentionCounts).some((count) => (count ?? 0) > 0);
        if (!named || tab.tabId === undefined) setRumors(null);
        else void readPageRumors(tab.tabId).then(setRumors);
      });
    read();
    // The tab applies settings live; ask it again, answered once it has, so counts and on/off follow.
    return watchSettings((next) => {
      setSettings(next);
      read(next);
    });
  }, []);

  if (!settings) return null;
  const hostname = page?.status.hostname ?? null;
  return (
    <PopupView
      dataset={dataset}
      pageStatus={page?.status ?? null}
      global={settings.global}
      site={hostname ? effectiveSiteSettings(settings, hostname) : null}
      onSettingsChange={(change) => void requestSettingsChange(change)}
      pageRumors={rumors}
      onJumpToMention={(person) => {
        if (page?.tabId !== undefined) void sendToTab(page.tabId, { type: 'jump-to-mention', person, openCard: true });
      }}
      onShowRumor={(claimId) => {
        const rumor = rumors?.find((candidate) => candidate.claim.id === claimId);
        if (rumor && page?.tabId !== undefined) void sendToTab(page.tabId, { type: 'jump-to-mention', person: rumor.first.person, key: rumor.first.key });
      }}
      onReloadTab={() => {
        if (page?.tabId !== undefined) void browser.tabs.reload(page.tabId).then(() => window.close());
      }}
    />
  );
}

render(<Popup />, document.getElementById('app')!);
