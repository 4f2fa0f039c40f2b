/**
 * What the popup (and the end-to-end tests) ask the page: which people it found, how often, and whether it has
 * settled. Asked with `settledOn`, it answers once the page has applied those settings and settled, so the popup
 * re-reads the counts after a settings change without guessing a delay.
 */
import type { Feature } from '@/lib/content/runtime/runtime';
import { SETTLE_WAIT_MS, settingsStamp, type PageStatusReply } from '@/utils/messages';

export const pageStatus: Feature = {
  id: 'page-status',
  init(runtime) {
    const status = (): PageStatusReply => {
      const { hostname } = runtime;
      const settled = runtime.settle.isSettled();
      if (!runtime.isOn) return { kind: 'unavailable', hostname, reason: 'site-off', settled };
      const mentionCounts: Record<string, number> = {};
      for (const mark of runtime.marks.all()) mentionCounts[mark.person] = (mentionCounts[mark.person] ?? 0) + 1;
      return { kind: 'active', hostname, mentionCounts, settled };
    };

    runtime.answer('get-page-status', async ({ settledOn, settled }) => {
      if (settledOn !== undefined) await runtime.settle.until(SETTLE_WAIT_MS, () => settingsStamp(runtime.settings) === settledOn);
      else if (settled === 'wait') await runtime.settle.until(SETTLE_WAIT_MS);
      return status();
    });
  },
};
