/**
 * The content script's features, one file each, in the order they start. A new card button, command or message is
 * a new file here and one line in one of the two lists:
 * - FEATURES start on every page, so they must cost almost nothing where the page names nobody (measured in
 *   `npm run bench` on the `none50k` page);
 * - MENTION_FEATURES (./on-mention.ts) start on the page's first mark, from a second script the worker injects
 *   then: a page without a mark never evaluates their code (the card, Preact, hover tracking).
 */
import type { Feature } from '@/lib/content/runtime/runtime';
import { marking } from './marking';
import { showNext } from './show-next';
import { pageStatus } from './page-status';

// show-next only registers its answer (false on a page without marks): the popup must get one on every page.
export const FEATURES: readonly Feature[] = [marking, showNext, pageStatus];
