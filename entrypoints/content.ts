import { defineContentScript } from '#imports';
import { startRumorContext } from '@/lib/content/rumor-context';

export default defineContentScript({
  // Web pages only; top frame only: frames are mostly ads and embeds, and scanning them would cost every page more.
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // The card's CSS goes into its shadow root only (lib/content/card-host.tsx); nothing is injected into the page.
  cssInjectionMode: 'manual',
  main(ctx) {
    if (!(document instanceof HTMLDocument) || !document.documentElement) return;
    void startRumorContext(document, ctx.signal);
  },
});
