import { defineContentScript } from '#imports';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startRuntime } from '@/lib/content/runtime/start';
import { FEATURES } from '@/lib/content/features';
import { loadMentionFeatures } from '@/lib/content/mention-script';
import { extensionLifetime } from '@/lib/content/lifetime';
// The mark styles: listed in the manifest, so Chromium injects them before the page is styled (see the file).
import '@/lib/content/highlights.css';

export default defineContentScript({
  // Web pages only; top frame only: frames are mostly ads and embeds, and scanning them would cost every page more.
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // Only the mark styles reach the page, as a manifest sheet; the card's CSS is inlined into its shadow root.
  cssInjectionMode: 'manifest',
  // WXT would otherwise window.postMessage every page a message naming the extension's id (a fingerprint), which
  // also breaks pages that JSON.parse every message they hear.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // HTML and XHTML pages (an XHTML page is an XMLDocument); not SVG, raw XML (Chrome's XML viewer) or others.
    if (!(document instanceof HTMLDocument) && document.contentType !== 'application/xhtml+xml') return;
    const renew = () => new ContentScriptContext('content', { matches: [], noScriptStartedPostMessage: true });
    void startRuntime(document, extensionLifetime(ctx, renew), FEATURES, loadMentionFeatures);
  },
});
