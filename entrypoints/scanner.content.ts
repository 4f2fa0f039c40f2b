import { defineContentScript } from '#imports';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startRuntime } from '@/lib/content/runtime/start';
import { FEATURES } from '@/lib/content/features';
import { loadMentionFeatures, offerPart, offeredBy } from '@/lib/content/parts';
import { extensionLifetime } from '@/lib/content/lifetime';

export default defineContentScript({
  // Not in the manifest: the watch (./content.ts) has the worker inject it into the top frame when the page may name
  // someone, or when the extension asks the page something (lib/content/parts.ts).
  registration: 'runtime',
  matches: ['http://*/*', 'https://*/*'],
  // WXT would otherwise window.postMessage every page a message naming the extension's id (a fingerprint), which
  // also breaks pages that JSON.parse every message they hear.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // Injected once per frame (the watch asks once); should a second copy run, it must not start a second runtime.
    if (offeredBy('scanner')) return;
    const renew = () => new ContentScriptContext('scanner', { matches: [], noScriptStartedPostMessage: true });
    const { deliver } = startRuntime(document, extensionLifetime(ctx, renew), FEATURES, loadMentionFeatures);
    offerPart('scanner', { deliver });
  },
});
