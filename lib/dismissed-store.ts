/** "Not this person" choices, remembered locally per page (origin + path), never synced. */
import { storage } from '#imports';

const MAX_KEYS_PER_PAGE = 200;

function pageItemKey(pageUrl: string): `local:${string}` {
  const url = new URL(pageUrl);
  return `local:dismissed:${url.origin}${url.pathname}`;
}

/** Mention keys the reader dismissed on this page. */
export async function loadDismissed(pageUrl: string): Promise<Set<string>> {
  const stored = await storage.getItem<unknown>(pageItemKey(pageUrl));
  return new Set(Array.isArray(stored) ? stored.filter((key): key is string => typeof key === 'string') : []);
}

/** Remembers one more dismissed mention for this page. */
export async function saveDismissed(pageUrl: string, keys: Set<string>): Promise<void> {
  await storage.setItem(pageItemKey(pageUrl), [...keys].slice(-MAX_KEYS_PER_PAGE));
}
