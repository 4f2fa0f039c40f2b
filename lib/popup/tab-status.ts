/** What the popup knows about the tab it is opened for, asked of that tab's content script. */
import { browser } from '#imports';
import type { Settings } from '@/utils/settings';
import { unavailableReasonFor, webHostname, type PageStatus } from '@/utils/page-status';
import { settingsStamp } from '@/utils/messages';
import { sendToTab } from '@/lib/messaging';

export interface TabStatus {
  status: PageStatus;
  tabId: number | undefined;
}

/** The tab the popup is about: the active tab, or `?tab=ID` when the popup is opened as a page (tests, the demo). */
async function targetTab() {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) return browser.tabs.get(requested).catch(() => undefined);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** What the tab shows; with `settings`, answered once the tab has applied them and settled (no guessed delay). */
export async function readPageStatus(settings?: Settings): Promise<TabStatus> {
  const tab = await targetTab();
  const request = settings ? { type: 'get-page-status' as const, settledOn: settingsStamp(settings) } : { type: 'get-page-status' as const };
  const reply = tab?.id === undefined ? undefined : await sendToTab(tab.id, request);
  const status: PageStatus = reply ?? { kind: 'unavailable', hostname: webHostname(tab?.url), reason: unavailableReasonFor(tab?.url) };
  return { status, tabId: tab?.id };
}
