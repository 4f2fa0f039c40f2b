/** The rumors the tab's page repeats: its passages, asked of the tab, matched here in the popup (never sent on). */
import { sendToTab } from '@/lib/messaging';
import { matchClaims, rumorsOfPassages, type PageRumorOf } from '@/utils/claim-match';
import { bundledClaimIndex, bundledClaims } from '@/utils/claim-match/bundled';
import type { PagePassage } from '@/utils/messages';

export type PageRumorFound = PageRumorOf<PagePassage>;

/** The page's rumors in page order; [] when it repeats none, or when the tab does not answer. */
export async function readPageRumors(tabId: number): Promise<PageRumorFound[]> {
  const passages = (await sendToTab(tabId, { type: 'get-page-passages' })) ?? [];
  const index = bundledClaimIndex();
  return rumorsOfPassages(passages, (passage) => matchClaims(index, passage.text, passage.focus), bundledClaims);
}
