import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { PopupView } from '@/components/popup';
import { dataset } from '@/utils/dataset/bundled';
import { effectiveSiteSettings, type Settings } from '@/utils/settings';
import { unavailableReasonFor, webHostname, type PageStatus } from '@/utils/page-status';
import { settingsStamp } from '@/utils/messages';
import { loadSettings, requestSettingsChange, watchSettings } from '@/lib/settings-store';
import { sendToTab } from '@/lib/messaging';

/** The tab the popup is about: the active tab, or `?tab=ID` when the popup is opened as a page (tests, the demo). */
async function targetTab() {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) return browser.tabs.get(requested).catch(() => undefined);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** What the tab shows; with `settings`, answered once the tab has applied them and settled (no guessed delay). */
async function readPageStatus(settings?: Settings): Promise<{ status: PageStatus; tabId: number | undefined }> {
  const tab = await targetTab();
  const request = settings ? { type: 'get-page-status' as const, settledOn: settingsStamp(settings) } : { type: 'get-page-status' as const };
  const reply = tab?.id === undefined ? undefined : await sendToTab(tab.id, request);
  const status: PageStatus = reply ?? { kind: 'unavailable', hostname: webHostname(tab?.url), reason: unavailableReasonFor(tab?.url) };
  return { status, tabId: tab?.id };
}

function Popup() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [page, setPage] = useState<{ status: PageStatus; tabId: number | undefined } | null>(null);

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
        if (page?.tabId !== undefined) void sendToTab(page.tabId, { type: 'jump-to-mention', person });
      }}
      onReloadTab={() => {
        if (page?.tabId !== undefined) void browser.tabs.reload(page.tabId).then(() => window.close());
      }}
    />
  );
}

render(<Popup />, document.getElementById('app')!);
