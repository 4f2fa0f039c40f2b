/**
 * Step 2 of detection: decides which short-form candidates are the person. A short form counts only when the page
 * has named the person in full, and nobody else bearing that name is closer to it than the person is.
 */
import type { PersonId } from '@/utils/dataset/types';
import type { Detector } from './compile';
import { isEstablished } from './page-context';
import type { Candidate, MentionForm, PageContext } from './types';

/** A candidate accepted as a mention; `index` is its position in the candidates list. */
export interface ResolvedMention {
  person: PersonId;
  form: MentionForm;
  start: number;
  end: number;
  index: number;
}

/**
 * "Nearby", in characters of joined text on either side of a short form: about two sentences. Within it, the closest
 * naming wins (the person, or a rival such as "Michael Jackson" or "in Paris"); beyond it, the page's overall balance.
 */
export const NEARBY_CHARS = 250;

/**
 * Turns candidates (in text order, positions in one coordinate space) into mentions, resolving short forms against
 * the page and their neighbours.
 */
export function resolveCandidates(candidates: readonly Candidate[], detector: Detector, page: PageContext): ResolvedMention[] {
  const credited: (PersonId | null)[] = new Array<PersonId | null>(candidates.length).fill(null);
  const mentions: ResolvedMention[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[i];
    if (candidate.kind === 'rival') continue;
    const person = candidate.kind === 'short' ? candidate.owner.person : candidate.person;
    if (candidate.kind === 'short') {
      if (!isEstablished(page, person) || !isClosestToPerson(i, candidates, credited, detector, page)) continue;
      // Two people sharing a short name both produce a candidate; the first accepted takes the span.
      const last = mentions[mentions.length - 1];
      if (last !== undefined && last.start === candidate.start) continue;
    }
    credited[i] = person;
    mentions.push({ person, form: candidate.kind, start: candidate.start, end: candidate.end, index: i });
  }
  return mentions;
}

type Side = 'own' | 'rival' | null;

function isClosestToPerson(
  index: number,
  candidates: readonly Candidate[],
  credited: readonly (PersonId | null)[],
  detector: Detector,
  page: PageContext,
): boolean {
  const candidate = candidates[index];
  if (candidate.kind !== 'short') return false;
  const { person, key } = candidate.owner;
  const sideOf = (other: Candidate, otherPerson: PersonId | null): Side => {
    if (other.kind === 'rival') return other.keys.includes(key) ? 'rival' : null;
    if (otherPerson === null) return null;
    if (otherPerson === person) return 'own';
    return detector.keysByPerson.get(otherPerson)?.has(key) ? 'rival' : null;
  };
  let own = Infinity;
  let rival = Infinity;
  const note = (side: Side, distance: number) => {
    if (side === 'own') own = Math.min(own, distance);
    else if (side === 'rival') rival = Math.min(rival, distance);
  };
  for (let j = index - 1; j >= 0 && candidate.start - candidates[j].end <= NEARBY_CHARS; j--) {
    note(sideOf(candidates[j], credited[j]), Math.max(0, candidate.start - candidates[j].end));
  }
  // Later short forms are not resolved yet, so only full names, handles and rivals count ahead.
  for (let j = index + 1; j < candidates.length && candidates[j].start - candidate.end <= NEARBY_CHARS; j++) {
    const other = candidates[j];
    if (other.kind !== 'short') note(sideOf(other, other.kind === 'rival' ? null : other.person), Math.max(0, other.start - candidate.end));
  }
  if (own <= NEARBY_CHARS || rival <= NEARBY_CHARS) return own < rival;
  return dominatesPage(person, key, detector, page);
}

/** Far from any naming: the person must have been named in full more often than anyone else bearing the name. */
function dominatesPage(person: PersonId, key: string, detector: Detector, page: PageContext): boolean {
  let others = page.rivalCounts.get(key) ?? 0;
  for (const [otherPerson, keys] of detector.keysByPerson) {
    if (otherPerson !== person && keys.has(key)) others += page.fullNameCounts.get(otherPerson) ?? 0;
  }
  return (page.fullNameCounts.get(person) ?? 0) > others;
}
