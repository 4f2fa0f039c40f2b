import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { PopupView } from '@/components/popup';
import { dataset } from '@/utils/dataset/bundled';
import { effectiveSiteSettings, type Settings } from '@/utils/settings';
import { unavailableReasonFor, webHostname, type PageStatus } from '@/utils/page-status';
import type { ContentReplies, ToContentMessage } from '@/utils/messages';
import { loadSettings, requestSettingsChange, watchSettings } from '@/lib/settings-store';

/** The tab the popup is about: the active tab, or `?tab=ID` when the popup is opened as a page (tests, the demo). */
async function targetTab() {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) return browser.tabs.get(requested).catch(() => undefined);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

async function askTab<T extends ToContentMessage>(tabId: number, message: T): Promise<ContentReplies[T['type']] | undefined> {
  try {
    return (await browser.tabs.sendMessage(tabId, message)) as ContentReplies[T['type']];
  } catch {
    return undefined; // no content script in that tab
  }
}

async function readPageStatus(): Promise<{ status: PageStatus; tabId: number | undefined }> {
  const tab = await targetTab();
  const reply = tab?.id === undefined ? undefined : await askTab(tab.id, { type: 'get-page-status' });
  const status: PageStatus = reply ?? { kind: 'unavailable', hostname: webHostname(tab?.url), reason: unavailableReasonFor(tab?.url) };
  return { status, tabId: tab?.id };
}

function Popup() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [page, setPage] = useState<{ status: PageStatus; tabId: number | undefined } | null>(null);

  useEffect(() => {
    void loadSettings().then(setSettings);
    void readPageStatus().then(setPage);
    // The tab applies settings live; ask it again so counts and on/off follow.
    return watchSettings((next) => {
      setSettings(next);
      setTimeout(() => void readPageStatus().then(setPage), 150);
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
        if (page?.tabId !== undefined) void askTab(page.tabId, { type: 'jump-to-mention', person });
      }}
      onReloadTab={() => {
        if (page?.tabId !== undefined) void browser.tabs.reload(page.tabId).then(() => window.close());
      }}
    />
  );
}

render(<Popup />, document.getElementById('app')!);
