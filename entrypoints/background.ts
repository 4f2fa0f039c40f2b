import { browser, defineBackground } from '#imports';
import { createSettingsWriter } from '@/lib/settings-store';
import { parseToBackgroundMessage, type ToContentMessage } from '@/utils/messages';

export default defineBackground(() => {
  const writeSettings = createSettingsWriter();

  browser.runtime.onMessage.addListener((raw, sender) => {
    // Only this extension's own pages and content scripts may change settings.
    if (sender.id !== browser.runtime.id) return undefined;
    const message = parseToBackgroundMessage(raw);
    if (!message) return undefined;
    return writeSettings(message.change).then(() => true);
  });

  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'toggle-site' || tab?.id === undefined) return;
    const message: ToContentMessage = { type: 'toggle-site' };
    await browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
  });
});
