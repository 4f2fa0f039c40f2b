/**
 * The hand-over between the two content scripts. Both run in the extension's isolated world (the page cannot see
 * it), so the second one, injected by the worker on the page's first mark, leaves its features in a global of that
 * world for the first one to take.
 */
import type { Feature } from '@/lib/content/runtime/runtime';
import { sendToBackground } from '@/lib/messaging';

const SLOT = Symbol.for('rumor-context:mention-features');
type Slot = { [SLOT]?: readonly Feature[] };

/** Called by the injected script: its features, for the first script to start. */
export function offerMentionFeatures(features: readonly Feature[]): void {
  (globalThis as Slot)[SLOT] = features;
}

/** Asks the worker to inject the mention script into this frame and returns its features. */
export async function loadMentionFeatures(): Promise<readonly Feature[]> {
  const slot = globalThis as Slot;
  if (!slot[SLOT]) await sendToBackground({ type: 'load-mention-features' });
  const features = slot[SLOT];
  if (!features) throw new Error('the mention script did not load');
  return features;
}
