/**
 * The hand-over between the content script's parts. Only the watch (entrypoints/content.ts) is in the manifest; the
 * worker injects the others into the tab's frame when they are needed: the scanner when the page may name someone or
 * the extension asks the page something, the mention features on the page's first mark. All run in the extension's
 * isolated world (the page cannot see it), so a part leaves what it offers in a global of that world for the part
 * that asked for it.
 */
import type { Feature } from '@/lib/content/runtime/runtime';
import type { MessageListener } from '@/lib/messaging';
import { browser } from '#imports';
import type { ContentPart, MessageOf, ToBackground } from '@/utils/messages';

/** What each part offers once evaluated. */
export interface PartOffers {
  /** The runtime's answers: the watch hands it every message the frame gets. */
  scanner: { deliver: MessageListener };
  mention: readonly Feature[];
}

type Slots = { [Part in ContentPart as symbol]?: PartOffers[Part] };
const slotOf = (part: ContentPart) => Symbol.for(`rumor-context:${part}`);
const slots = globalThis as Slots;

/** Called by an injected part: what it offers, for the part that asked for it. */
export function offerPart<Part extends ContentPart>(part: Part, offer: PartOffers[Part]): void {
  slots[slotOf(part)] = offer;
}

/** What `part` offers if it has been evaluated in this frame. */
export function offeredBy<Part extends ContentPart>(part: Part): PartOffers[Part] | undefined {
  return slots[slotOf(part)] as PartOffers[Part] | undefined;
}

/** Asks the worker to inject `part` into this frame (once) and returns what it offers. */
export async function loadPart<Part extends ContentPart>(part: Part): Promise<PartOffers[Part]> {
  // Not lib/messaging's sendToBackground: the watch calls this, and that module brings the message parsers (and the
  // settings schema with them) into the one script every page evaluates.
  const request: MessageOf<ToBackground, 'load-content-part'> = { type: 'load-content-part', part };
  if (!offeredBy(part)) await browser.runtime.sendMessage(request);
  const offer = offeredBy(part);
  if (!offer) throw new Error(`the ${part} script did not load`);
  return offer;
}

/** The mention features, for the runtime to start on the first mark. */
export const loadMentionFeatures = (): Promise<readonly Feature[]> => loadPart('mention');
