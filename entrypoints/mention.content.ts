import { defineContentScript } from '#imports';
import { offerPart } from '@/lib/content/parts';
import { MENTION_FEATURES } from '@/lib/content/features/on-mention';

export default defineContentScript({
  // Not in the manifest: the worker injects it into a tab's top frame when the scanner marks a first name.
  registration: 'runtime',
  matches: ['http://*/*', 'https://*/*'],
  noScriptStartedPostMessage: true,
  main() {
    offerPart('mention', MENTION_FEATURES);
  },
});
