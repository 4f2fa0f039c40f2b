/**
 * "Not this person" choices, remembered locally per page (origin + path), never synced. Content scripts read their
 * page's set (./dismissed-read.ts); only the background worker writes, one change at a time: each write adds one key to the stored set
 * (two tabs on the same page never erase each other's choices), and beyond MAX_PAGES pages the oldest are forgotten.
 */
import { storage } from '#imports';
import { dismissedKeyOf, pageKey, storedKeys } from '@/lib/dismissed-read';

/** Per page, the newest choices are kept. */
export const MAX_KEYS_PER_PAGE = 200;
/** Pages with choices; beyond it, the pages written longest ago are dropped first (500 x 200 keys at most). */
export const MAX_PAGES = 500;

/** Which pages have choices, and when each was last written (ms since the epoch): the pruning order. */
const pagesItem = storage.defineItem<unknown>('local:dismissed-pages', { fallback: {} });

function pageItemKey(page: string): `local:${string}` {
  return `local:${dismissedKeyOf(page)}`;
}

/**
 * Returns a writer that adds one dismissed key to a page's set, strictly one write after another; the background
 * worker's only. `now` is a parameter so tests can order pages.
 */
export function createDismissalWriter(now: () => number = Date.now): (pageUrl: string, key: string) => Promise<void> {
  let queue: Promise<unknown> = Promise.resolve();
  return (pageUrl, key) => {
    const write = queue.then(() => addDismissal(pageKey(pageUrl), key, now()));
    queue = write.catch(() => undefined);
    return write;
  };
}

async function addDismissal(page: string, key: string, at: number): Promise<void> {
  const keys = storedKeys(await storage.getItem<unknown>(pageItemKey(page))).filter((other) => other !== key);
  keys.push(key);
  await storage.setItem(pageItemKey(page), keys.slice(-MAX_KEYS_PER_PAGE));
  const stored = await pagesItem.getValue();
  const pages: Record<string, number> = {};
  if (stored !== null && typeof stored === 'object') {
    for (const [other, time] of Object.entries(stored)) if (typeof time === 'number') pages[other] = time;
  }
  pages[page] = at;
  const oldestFirst = Object.keys(pages).sort((a, b) => (pages[a] ?? 0) - (pages[b] ?? 0));
  const dropped = oldestFirst.slice(0, Math.max(0, oldestFirst.length - MAX_PAGES));
  for (const other of dropped) delete pages[other];
  if (dropped.length > 0) await storage.removeItems(dropped.map(pageItemKey));
  await pagesItem.setValue(pages);
}
