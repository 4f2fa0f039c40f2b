/** The page's heap after a full garbage collection (CDP), in MB. The content script's world shares the isolate. */
import type { CDPSession } from 'playwright-core';

export interface HeapUsage {
  /** V8's JavaScript heap, used. */
  jsMB: number;
  /** Blink's own heap (DOM objects such as StaticRanges), when Chromium reports it. */
  embedderMB: number;
}

const MB = 1024 * 1024;

/** Collects garbage, then reads the heap sizes. */
export async function heapUsage(cdp: CDPSession): Promise<HeapUsage> {
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; embedderHeapUsedSize?: number };
  return { jsMB: usage.usedSize / MB, embedderMB: (usage.embedderHeapUsedSize ?? Number.NaN) / MB };
}
