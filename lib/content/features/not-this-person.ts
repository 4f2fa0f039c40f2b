/**
 * "Not this person": the card's button unmarks that one mention at once and remembers it for the page. The choice
 * is written by the background worker (the single writer), which adds it to the page's stored set.
 */
import type { Feature } from '@/lib/content/runtime/runtime';
import { sendToBackground } from '@/lib/messaging';

export const notThisPerson: Feature = {
  id: 'not-this-person',
  init(runtime) {
    runtime.cardAction('onNotThisPerson', (mark) => {
      runtime.dismissed.add(mark.key);
      runtime.marks.removeWhere((other) => other.key === mark.key);
      runtime.repaintMarks();
      const write = sendToBackground({ type: 'dismiss-mention', pageUrl: runtime.pageUrl, key: mark.key });
      void runtime.settle.track(write.catch(() => undefined));
    });
  },
};
