/** What a screen reader says when the keyboard command moves to a mention: where it is among that person's, and the rest. */

export interface PersonCount {
  name: string;
  count: number;
}

/**
 * "3 mentions of Paris Jackson on this page, showing 1 of 3. Also here: 2 mentions of Cara Delevingne." `position` is
 * 1-based; `others` are the other people found on the page (those with no mention are left out).
 */
export function mentionAnnouncement(person: PersonCount, position: number, others: readonly PersonCount[] = []): string {
  if (!Number.isInteger(position) || position < 1 || position > person.count) {
    throw new RangeError(`position ${position} is not between 1 and ${person.count}`);
  }
  const here = `${mentions(person.count)} of ${person.name} on this page, showing ${position} of ${person.count}.`;
  const rest = others.filter((other) => other.count > 0).map((other) => `${mentions(other.count)} of ${other.name}`);
  return rest.length === 0 ? here : `${here} Also here: ${rest.join(', ')}.`;
}

function mentions(count: number): string {
  return `${count} ${count === 1 ? 'mention' : 'mentions'}`;
}
