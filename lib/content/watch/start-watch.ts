/**
 * The only code the manifest runs on every page: wait for the page's load event, then watch its text for a possible
 * name. The scanner (the detector, the marks, the settings) is loaded into the page only when one turns up, or when
 * the extension asks the page something (the popup, the keyboard command): the message is handed to it once loaded.
 * A page that names nobody and is never asked pays for this file, one `textContent` read and one regex test.
 *
 * The content script's parts use the browser's own API (not webextension-polyfill: see wxt.config.ts), so this one
 * listener answers with `sendResponse`, which every browser supports, rather than a returned promise.
 */
import { browser } from '#imports';
import { people } from '@/utils/dataset/bundled-people';
import { nameWatchPattern } from '@/utils/detector/name-watch';
import { loadPart, type PartOffers } from '@/lib/content/parts';
import { pageLoaded } from '@/lib/content/page-loaded';
import { recordMeasure } from '@/lib/content/perf-probe';
import { watchPage } from './page-watch';

type Listener = Parameters<typeof browser.runtime.onMessage.addListener>[0];

export function startWatch(doc: Document): void {
  const stopWatching = new AbortController();
  let scanner: Promise<PartOffers['scanner']> | null = null;
  const loadScanner = () => {
    if (!scanner) {
      const loading = loadPart('scanner');
      // A failed injection (the worker was restarting) is tried again by the next message the page gets.
      loading.then(() => stopWatching.abort(), () => (scanner = null));
      scanner = loading;
    }
    return scanner;
  };
  // The frame's one message listener, for the script's whole life: every message goes to the scanner (loaded first).
  const listener: Listener = (raw, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id) return undefined;
    loadScanner()
      .then(({ deliver }) => deliver(raw, sender))
      .then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  browser.runtime.onMessage.addListener(listener);

  void pageLoaded(doc).then(() => {
    const start = performance.now();
    let maybe = false;
    watchPage(doc, nameWatchPattern(people), () => {
      maybe = true;
      loadScanner().catch(() => undefined);
    }, stopWatching.signal);
    // For the benchmark: on a page that names nobody, this read is the whole scan.
    recordMeasure(maybe ? 'watch' : 'full-scan', start);
  });
}
