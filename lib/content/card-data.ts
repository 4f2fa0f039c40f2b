/** Card data from the background worker, fetched once per person and kept for the page's life. */
import type { CardData } from '@/utils/dataset/queries';
import { sendToBackground } from '@/lib/messaging';

const cache = new Map<string, Promise<CardData | null>>();

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
