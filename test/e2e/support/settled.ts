/**
 * Waiting for facts, not for time: the content script answers `get-page-status` with `settled: true` once its scan,
 * live rescans, pending paints and pending writes are done. The question goes through the extension's service
 * worker (chrome.tabs.sendMessage), so nothing of it is visible to the page.
 */
import type { Page } from 'playwright-core';
import type { PageStatusReply } from '../../../utils/messages';

// The extension API inside worker.evaluate callbacks (they run in the service worker).
declare const chrome: {
  tabs: {
    query(filter: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
};

const tabIds = new WeakMap<Page, number>();

/** The browser tab id of `page` (asked once, with the page brought to the front, then remembered). */
async function tabOf(page: Page): Promise<number> {
  const known = tabIds.get(page);
  if (known !== undefined) return known;
  const worker = page.context().serviceWorkers()[0] ?? (await page.context().waitForEvent('serviceworker'));
  await page.bringToFront();
  const id = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
  if (typeof id !== 'number') throw new Error('no active tab');
  tabIds.set(page, id);
  return id;
}

/**
 * Waits until the content script in `page` has settled and returns its status. Throws after `timeout` if it never
 * answers (no content script on that document) or never settles.
 */
export async function waitForSettled(page: Page, timeout = 20_000): Promise<PageStatusReply> {
  const tabId = await tabOf(page);
  const deadline = Date.now() + timeout;
  for (;;) {
    const worker = page.context().serviceWorkers()[0] ?? (await page.context().waitForEvent('serviceworker'));
    // The content script holds its answer until it has settled (up to 3 s), so this is not a busy loop.
    const reply = (await worker
      .evaluate((id) => chrome.tabs.sendMessage(id, { type: 'get-page-status', settled: 'wait' }).catch(() => null), tabId)
      .catch(() => null)) as PageStatusReply | null;
    if (reply?.settled) return reply;
    if (Date.now() > deadline) throw new Error(`the content script did not settle within ${timeout} ms (${JSON.stringify(reply)})`);
    // No content script yet (the document is loading or document_idle has not come): ask again shortly.
    if (!reply) await new Promise((wake) => setTimeout(wake, 50));
  }
}
