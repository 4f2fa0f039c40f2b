/** Marking: finds the names on the page while the site is on and keeps the marks in step with the page's changes. */
import { compileDetector } from '@/utils/detector';
import type { Feature } from '@/lib/content/runtime/runtime';
import { LiveScanner } from '@/lib/content/live-scanner';
import { awaitingViewport } from '@/lib/content/near-viewport';

export const marking: Feature = {
  id: 'marking',
  init(runtime) {
    runtime.whileOn((signal) => {
      const scanner = new LiveScanner({
        doc: runtime.doc,
        detector: compileDetector(runtime.markedPeople()),
        marks: runtime.marks,
        isDismissed: (key) => runtime.dismissed.has(key),
        onMarksChanged: () => runtime.repaintMarks(),
        // Its listeners were erased with the old document: start again on the new one.
        onDocumentReplaced: () => queueMicrotask(() => runtime.restart()),
        setTimeout: (callback, ms) => setTimeout(callback, ms),
      });
      runtime.settle.busyWhile(() => scanner.busy, signal);
      // Marks near the viewport are painted a frame after they are found (lib/content/near-viewport.ts).
      runtime.settle.busyWhile(() => awaitingViewport(runtime.doc), signal);
      signal.addEventListener('abort', () => scanner.stop(), { once: true });
      // The scan's first slice runs in a task of its own: compiling the detector (4-5 ms on the bench machine) and
      // an 8 ms slice in one task would make it longer than the 10 ms a page without a mention may be charged.
      const started = new Promise<void>((begun) =>
        setTimeout(() => {
          if (!signal.aborted) scanner.start();
          begun();
        }, 0),
      );
      void runtime.settle.track(started);
    });
  },
};
