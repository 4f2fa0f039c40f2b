/**
 * Reading a page's "not this person" choices, in the content script; the worker writes them (./dismissed-store.ts).
 * Plain `storage.local`, like lib/settings-read.ts, so WXT's storage code stays out of the content script.
 */
import { browser } from '#imports';

/** The storage key of one page's choices: origin and path, no query or fragment. */
export function pageKey(pageUrl: string): string {
  const url = new URL(pageUrl);
  return `${url.origin}${url.pathname}`;
}

/** The storage.local key that holds a page's choices. */
export function dismissedKeyOf(page: string): string {
  return `dismissed:${page}`;
}

/** Mention keys the reader dismissed on this page. */
export async function loadDismissed(pageUrl: string): Promise<Set<string>> {
  const key = dismissedKeyOf(pageKey(pageUrl));
  return new Set(storedKeys((await browser.storage.local.get(key))[key]));
}

/** The mention keys in a stored value; anything else there (hand-edited, corrupt) is left out. */
export function storedKeys(stored: unknown): string[] {
  return Array.isArray(stored) ? stored.filter((key): key is string => typeof key === 'string') : [];
}
