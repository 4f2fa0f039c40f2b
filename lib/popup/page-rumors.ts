/** The rumors the tab's page repeats: its passages, asked of the tab, matched here in the popup (never sent on). */
import { sendToTab } from '@/lib/messaging';
import { matchClaims, rumorsOfPassages, type PageRumorOf } from '@/utils/claim-match';
import { bundledClaimIndex, bundledClaims } from '@/utils/claim-match/bundled';
import type { PagePassage } from '@/utils/messages';

export type PageRumorFound = PageRumorOf<PagePassage>;

/**
 * The page's rumors in page order; [] when it repeats none; null when the tab does not answer (its card script is not
 * there yet), so the popup says nothing rather than "repeats none".
 */
export async function readPageRumors(tabId: number): Promise<PageRumorFound[] | null> {
  // Settled: the page has its marks, and the card's script (which answers for passages) is loaded.
  await sendToTab(tabId, { type: 'get-page-status', settled: 'wait' });
  const passages = await sendToTab(tabId, { type: 'get-page-passages' });
  if (!passages) return null;
  const index = bundledClaimIndex();
  return rumorsOfPassages(passages, (passage) => matchClaims(index, passage.text, passage.focus), bundledClaims);
}
