import { browser, defineBackground } from '#imports';
import { createSettingsWriter } from '@/lib/settings-store';
import { dataset } from '@/utils/dataset/bundled';
import { cardDataFor } from '@/utils/dataset/queries';
import { parseToBackgroundMessage, type BackgroundReplies, type ToContentMessage } from '@/utils/messages';

export default defineBackground(() => {
  const writeSettings = createSettingsWriter();

  browser.runtime.onMessage.addListener((raw, sender): Promise<BackgroundReplies[keyof BackgroundReplies]> | undefined => {
    // Only this extension's own pages and content scripts reach this listener; check anyway.
    if (sender.id !== browser.runtime.id) return undefined;
    const message = parseToBackgroundMessage(raw);
    if (!message) return undefined;
    switch (message.type) {
      case 'patch-settings':
        return writeSettings(message.change).then(() => true as const);
      case 'get-card-data':
        // The claims live here, not in the content script, which stays small on every page.
        return Promise.resolve(cardDataFor(dataset, message.person));
    }
  });

  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'toggle-site' || tab?.id === undefined) return;
    const message: ToContentMessage = { type: 'toggle-site' };
    await browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
  });
});
