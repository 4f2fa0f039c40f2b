import { defineContentScript } from '#imports';
import { offerMentionFeatures } from '@/lib/content/mention-script';
import { MENTION_FEATURES } from '@/lib/content/features/on-mention';

export default defineContentScript({
  // Not in the manifest: the worker injects it into a tab's top frame when the content script marks a first name.
  registration: 'runtime',
  matches: ['http://*/*', 'https://*/*'],
  noScriptStartedPostMessage: true,
  main() {
    offerMentionFeatures(MENTION_FEATURES);
  },
});
