/** Card data from the background worker: a person's claims once per person, a mention's passage claims once per mark. */
import type { CardData } from '@/utils/dataset/queries';
import type { MatchedClaim } from '@/utils/claim-match/describe';
import { passageAround, type Passage } from '@/utils/claim-match/passage';
import { blockTextAround } from '@/utils/page-text/passage-text';
import { sendToBackground } from '@/lib/messaging';
import type { Mark } from './mark-index';

const cache = new Map<string, Promise<CardData | null>>();
const passages = new WeakMap<Mark, Promise<MatchedClaim[]>>();

/** The card's content for `person`; the first call asks the worker, later calls reuse the answer. */
export function cardData(person: string): Promise<CardData | null> {
  let pending = cache.get(person);
  if (!pending) {
    pending = sendToBackground({ type: 'get-card-data', person }).catch(() => null);
    cache.set(person, pending);
    // A failed request (the worker was restarting) is not remembered.
    void pending.then((data) => (data ? undefined : cache.delete(person)));
  }
  return pending;
}

/**
 * The claims the passage around `mark` repeats, best first ([] when none, or when the page changed under the mark).
 * The passage goes to the extension's own worker, which matches it and keeps nothing.
 */
export function passageClaims(mark: Mark): Promise<MatchedClaim[]> {
  let pending = passages.get(mark);
  if (!pending) {
    const passage = passageOf(mark);
    pending = passage ? sendToBackground({ type: 'match-passage', ...passage }).catch(() => []) : Promise.resolve([]);
    passages.set(mark, pending);
  }
  return pending;
}

/** The passage around `mark`: its sentence and neighbours within its block; null when the page changed under it. */
export function passageOf(mark: Mark): Passage | null {
  const block = mark.range.startContainer.isConnected ? blockTextAround(mark.range) : null;
  return block && passageAround(block.text, block.start, block.end);
}
