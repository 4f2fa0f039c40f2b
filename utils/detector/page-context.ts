/** What a page has established: who has been named in full, and how often other bearers of short names appear. */
import type { PersonId } from '@/utils/dataset/types';
import type { Candidate, PageContext } from './types';

/** An empty context, for a page not scanned yet. */
export function createPageContext(): PageContext {
  return { fullNameCounts: new Map(), rivalCounts: new Map() };
}

/** Whether the page has named this person in full. */
export function isEstablished(page: PageContext, person: PersonId): boolean {
  return (page.fullNameCounts.get(person) ?? 0) > 0;
}

/** Adds a scan's full names and rivals to the context; returns the people established by this scan for the first time. */
export function recordCandidates(page: PageContext, candidates: readonly Candidate[]): PersonId[] {
  const newlyEstablished: PersonId[] = [];
  for (const candidate of candidates) {
    if (candidate.kind === 'full') {
      const count = page.fullNameCounts.get(candidate.person) ?? 0;
      if (count === 0) newlyEstablished.push(candidate.person);
      page.fullNameCounts.set(candidate.person, count + 1);
    } else if (candidate.kind === 'rival') {
      for (const key of candidate.keys) page.rivalCounts.set(key, (page.rivalCounts.get(key) ?? 0) + 1);
    }
  }
  return newlyEstablished;
}
