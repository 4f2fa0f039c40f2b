/**
 * One short name, many owners: at 1,000 people a surname belongs to about five of them, and judging it once per owner
 * made five times the verdict work for the same words around it. The verdict is judged once per group of owners that
 * agree on every field of the owner it read (usually `key` and `isSurname`; `person` too when it asked whether a
 * neighbour is someone else's name), so the results are the same as judging each owner.
 */
import type { ShortNameOwner } from './types';

/** `judge(owner)` for every owner, reusing a verdict for an owner alike in every field an earlier judgement read. */
export function verdictsFor<T>(owners: readonly ShortNameOwner[], judge: (owner: ShortNameOwner) => T): T[] {
  if (owners.length === 1) return [judge(owners[0])];
  const judged: { owner: ShortNameOwner; read: readonly (keyof ShortNameOwner)[]; verdict: T }[] = [];
  return owners.map((owner) => {
    const earlier = judged.find((done) => done.read.every((field) => done.owner[field] === owner[field]));
    if (earlier !== undefined) return earlier.verdict;
    const read = new Set<keyof ShortNameOwner>();
    const verdict = judge(watched(owner, read));
    judged.push({ owner, read: [...read], verdict });
    return verdict;
  });
}

/** `owner` seen through a proxy that notes every field read. */
function watched(owner: ShortNameOwner, read: Set<keyof ShortNameOwner>): ShortNameOwner {
  return new Proxy(owner, {
    get: (target, field) => {
      read.add(field as keyof ShortNameOwner);
      return Reflect.get(target, field);
    },
  });
}
