/**
 * The passage around each mention, for the popup's "rumors on this page". Only read when the popup asks: the page
 * pays nothing for it otherwise, and the matching runs in the popup. The text goes to the extension's own popup only.
 */
import type { Feature } from '@/lib/content/runtime/runtime';
import { passageOf } from '@/lib/content/card-data';
import { marksInPageOrder } from '@/lib/content/page-order';
import { MAX_PAGE_PASSAGES, type PagePassage } from '@/utils/messages';

export const pagePassages: Feature = {
  id: 'page-passages',
  init(runtime) {
    runtime.answer('get-page-passages', () => {
      if (!runtime.isOn) return [];
      const passages: PagePassage[] = [];
      const seen = new Set<string>();
      for (const mark of marksInPageOrder(runtime.marks.all())) {
        if (passages.length === MAX_PAGE_PASSAGES) break;
        const passage = passageOf(mark);
        if (!passage) continue;
        // Two names in one sentence make one passage: the popup counts where the page says a thing, not who is named.
        const id = `${passage.text}\u0000${passage.focus.start}`;
        if (seen.has(id)) continue;
        seen.add(id);
        passages.push({ ...passage, person: mark.person, key: mark.key });
      }
      return passages;
    });
  },
};
