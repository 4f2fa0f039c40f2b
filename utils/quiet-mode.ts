/**
 * Quiet mode: only the first mention of each person on the page is painted. "Page", not "in view": the first
 * mention is where an article introduces the person, the marks stay put while the reader scrolls (no scroll
 * listener, no repaint per scroll), and every other mention still opens the card on hover or keyboard focus, since
 * only painting is filtered, never the marks the hover and focus resolve against.
 */

/** The first of `items` for each person, by `isBefore` (page order); others are left out. Order of the result: as given. */
export function firstMentionOfEach<T extends { person: string }>(items: readonly T[], isBefore: (a: T, b: T) => boolean): T[] {
  const first = new Map<string, T>();
  for (const item of items) {
    const current = first.get(item.person);
    if (current === undefined || isBefore(item, current)) first.set(item.person, item);
  }
  const chosen = new Set(first.values());
  return items.filter((item) => chosen.has(item));
}
