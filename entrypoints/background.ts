import { browser, defineBackground } from '#imports';
import { createSettingsWriter, toggleSite } from '@/lib/settings-store';
import { createDismissalWriter } from '@/lib/dismissed-store';
import { receiveInBackground, sendToTab } from '@/lib/messaging';
import { dataset } from '@/utils/dataset/bundled';
import { cardDataFor } from '@/utils/dataset/queries';
import { webHostname } from '@/utils/page-status';
import { describeMatches, matchClaims } from '@/utils/claim-match';
import { bundledClaimIndex } from '@/utils/claim-match/bundled';

export default defineBackground(() => {
  // The single writer of everything stored: settings and "not this person" choices, each one change at a time.
  const writeSettings = createSettingsWriter();
  const writeDismissal = createDismissalWriter();

  receiveInBackground({
    'patch-settings': ({ change }) => writeSettings(change).then(() => true as const),
    'toggle-site': ({ hostname }) => writeSettings(toggleSite(hostname)).then(() => true as const),
    'dismiss-mention': ({ pageUrl, key }) => writeDismissal(pageUrl, key).then(() => true as const),
    // The claims live here, not in the content script, which stays small on every page.
    'get-card-data': ({ person }) => cardDataFor(dataset, person),
    // The passage's text is matched here and forgotten: it is neither stored nor sent anywhere.
    'match-passage': ({ text, focus }) => describeMatches(matchClaims(bundledClaimIndex(), text, focus), dataset.claims, text),
    // Only the sending tab's frame, only our own bundled files: the detector runs where a page may name someone, the
    // card's code where it has a mark (lib/content/parts.ts).
    'load-content-part': async ({ part }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('load-content-part comes from a content script only');
      await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [`/content-scripts/${part}.js`] });
      return true as const;
    },
  });

  // The command grants activeTab, so the tab's address is known here: the page is not asked.
  browser.commands.onCommand.addListener(async (command, tab) => {
    const hostname = webHostname(tab?.url);
    if (command === 'toggle-site' && hostname) await writeSettings(toggleSite(hostname));
    // The tab's content script moves on and opens the card; a page without one (a browser page) just ignores it.
    if (command === 'next-mention' && hostname && tab?.id !== undefined) await sendToTab(tab.id, { type: 'open-next-mention' });
  });
});
