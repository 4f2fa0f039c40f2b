/** The names and aliases mark.js is given: the lists the detector is compiled from, as plain search terms. */
import type { Person } from '../../utils/dataset/types';

/**
 * Full names, part variants, short names and handles of every person, without duplicates. Part variants are given on
 * their own (mark.js makes one DOM pass per term, so combining every variant into every full name would only make
 * the peer slower without finding more).
 */
export function peerTerms(people: readonly Person[]): string[] {
  const terms = new Set<string>();
  for (const person of people) {
    for (const name of [...person.fullNames, ...Object.values(person.partVariants).flat(), ...person.shortNames, ...person.handles]) {
      terms.add(name);
    }
  }
  return [...terms];
}
