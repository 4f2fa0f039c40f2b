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
