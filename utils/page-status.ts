/** What the popup knows about the current tab: shared by the popup view and the code that asks the tab. */
import type { PersonId } from './dataset/types';

/** Why the extension is not running on a page. */
export type UnavailableReason =
  | 'browser-page' // chrome://, about:, extension pages: browsers let no extension in
  | 'store-page' // the extension stores forbid content scripts
  | 'site-off' // the reader turned the extension off for this site
  | 'not-loaded' // the tab was open before the extension was installed or updated: reload it
  | 'unsupported-page'; // not a web page (a PDF viewer, a file:// page without file access...)

export type PageStatus =
  | { kind: 'active'; hostname: string; mentionCounts: Partial<Record<PersonId, number>> }
  | { kind: 'unavailable'; hostname: string | null; reason: UnavailableReason };

const STORE_PAGES = [
  /^https:\/\/chromewebstore\.google\.com\//,
  /^https:\/\/chrome\.google\.com\/webstore/,
  /^https:\/\/addons\.mozilla\.org\//,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/,
];

/** Why a tab whose content script did not answer cannot be read, from its URL (undefined when the browser hides it). */
export function unavailableReasonFor(url: string | undefined): UnavailableReason {
  if (!url) return 'browser-page';
  if (STORE_PAGES.some((pattern) => pattern.test(url))) return 'store-page';
  if (/^https?:\/\//.test(url)) return 'not-loaded';
  if (/^(chrome|edge|brave|opera|vivaldi|about|chrome-extension|moz-extension|view-source|devtools|chrome-search):/.test(url)) return 'browser-page';
  return 'unsupported-page';
}

/** The hostname of an http(s) URL, or null for every other kind of page. */
export function webHostname(url: string | undefined): string | null {
  if (!url || !/^https?:\/\//.test(url)) return null;
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}
