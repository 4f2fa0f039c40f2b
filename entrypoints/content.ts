import { defineContentScript } from '#imports';
import { startWatch } from '@/lib/content/watch/start-watch';
// The mark styles: listed in the manifest, so Chromium injects them before the page is styled (see the file).
import '@/lib/content/highlights.css';

export default defineContentScript({
  // Web pages only; top frame only: frames are mostly ads and embeds, and scanning them would cost every page more.
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  // Only the mark styles reach the page, as a manifest sheet; the card's CSS is inlined into its shadow root.
  cssInjectionMode: 'manifest',
  // WXT would otherwise window.postMessage every page a message naming the extension's id (a fingerprint), which
  // also breaks pages that JSON.parse every message they hear.
  noScriptStartedPostMessage: true,
  main() {
    // HTML and XHTML pages (an XHTML page is an XMLDocument); not SVG, raw XML (Chrome's XML viewer) or others.
    if (!(document instanceof HTMLDocument) && document.contentType !== 'application/xhtml+xml') return;
    startWatch(document);
  },
});
