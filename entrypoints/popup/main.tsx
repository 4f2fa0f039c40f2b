import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { PopupView } from '@/components/popup';
import { dataset } from '@/utils/dataset/bundled';
import { effectiveSiteSettings, type Settings } from '@/utils/settings';
import { loadSettings, requestSettingsChange, watchSettings } from '@/lib/settings-store';
import { sendToTab } from '@/lib/messaging';
import { readPageStatus, type TabStatus } from '@/lib/popup/tab-status';

function Popup() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [page, setPage] = useState<TabStatus | null>(null);

  useEffect(() => {
    void loadSettings().then(setSettings);
    void readPageStatus().then(setPage);
    // The tab applies settings live; ask it again, answered once it has, so counts and on/off follow.
    return watchSettings((next) => {
      setSettings(next);
      void readPageStatus(next).then(setPage);
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
      onJumpToMention={(person) => {
        if (page?.tabId !== undefined) void sendToTab(page.tabId, { type: 'jump-to-mention', person, openCard: true });
      }}
      onReloadTab={() => {
        if (page?.tabId !== undefined) void browser.tabs.reload(page.tabId).then(() => window.close());
      }}
    />
  );
}

render(<Popup />, document.getElementById('app')!);
