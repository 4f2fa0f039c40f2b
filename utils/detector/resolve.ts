/**
 * Step 2 of detection: decides which short-form candidates are the person, and says why for every candidate. A short
 * form counts only when the page has named the person in full, and nobody else bearing that name is closer to it
 * than the person is.
 */
import type { PersonId } from '@/utils/dataset/types';
import type { Detector } from './compile';
import { isEstablished } from './page-context';
import type { Candidate, Decision, MentionForm, PageContext } from './types';

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
const NEARBY_CHARS = 250;

/** Full names that make a page about the person: its surname alone then means them unless its sentence says otherwise. */
const SUBJECT_FULL_NAMES = 3;

/**
 * Turns candidates (in text order, positions in one coordinate space) into mentions, resolving short forms against
 * the page and their neighbours.
 */
export function resolveCandidates(candidates: readonly Candidate[], detector: Detector, page: PageContext): ResolvedMention[] {
  const mentions: ResolvedMention[] = [];
  decideCandidates(candidates, detector, page).forEach((decision, index) => {
    const candidate = candidates[index];
    if (!decision.kept || (candidate.kind !== 'full' && candidate.kind !== 'handle' && candidate.kind !== 'short')) return;
    mentions.push({ person: decision.person, form: candidate.kind, start: candidate.start, end: candidate.end, index });
  });
  return mentions;
}

/** The verdict on every candidate, in the same order: marked or not, and why. */
export function decideCandidates(candidates: readonly Candidate[], detector: Detector, page: PageContext): Decision[] {
  const credited: (PersonId | null)[] = new Array<PersonId | null>(candidates.length).fill(null);
  const decisions: Decision[] = [];
  let lastKeptStart = -1;
  for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[i];
    let decision: Decision;
    if (candidate.kind === 'rival' || candidate.kind === 'word') decision = { kept: false, reason: candidate.cue };
    else if (candidate.kind !== 'short') decision = { kept: true, reason: candidate.kind === 'full' ? 'full-name' : 'handle', person: candidate.person };
    else if (!isEstablished(page, candidate.owner.person)) decision = { kept: false, reason: 'not-established' };
    // Two people sharing a short name both produce a candidate; the first accepted takes the span.
    else if (lastKeptStart === candidate.start) decision = { kept: false, reason: 'shared-span' };
    else decision = decideShortForm(i, candidates, credited, detector, page);
    if (decision.kept) {
      credited[i] = decision.person;
      lastKeptStart = candidate.start;
    }
    decisions.push(decision);
  }
  return decisions;
}

type Side = 'own' | 'rival' | null;

function decideShortForm(
  index: number,
  candidates: readonly Candidate[],
  credited: readonly (PersonId | null)[],
  detector: Detector,
  page: PageContext,
): Decision {
  const candidate = candidates[index];
  if (candidate.kind !== 'short') throw new Error('decideShortForm: not a short form');
  const { person, key } = candidate.owner;
  const sideOf = (other: Candidate, otherPerson: PersonId | null): Side => {
    if (other.kind === 'word') return null;
    if (other.kind === 'rival') return other.keys.includes(key) ? 'rival' : null;
    if (otherPerson === null) return null;
    if (otherPerson === person) return 'own';
    return detector.keysByPerson.get(otherPerson)?.has(key) ? 'rival' : null;
  };
  let own = Infinity;
  let rival = Infinity;
  let rivalInSentence = false;
  let rivalInBlock = Infinity;
  const { sentence } = candidate;
  const note = (side: Side, distance: number, inSentence: boolean, inBlock: boolean) => {
    if (side === 'own') own = Math.min(own, distance);
    else if (side === 'rival') {
      rival = Math.min(rival, distance);
      if (inSentence) rivalInSentence = true;
      if (inBlock) rivalInBlock = Math.min(rivalInBlock, distance);
    }
  };
  for (let j = index - 1; j >= 0 && candidate.start - candidates[j].end <= NEARBY_CHARS; j--) {
    const gap = Math.max(0, candidate.start - candidates[j].end);
    note(sideOf(candidates[j], credited[j]), gap, gap <= sentence.before, gap <= sentence.blockBefore);
  }
  // Later short forms are not resolved yet, so only full names, handles and rivals count ahead.
  for (let j = index + 1; j < candidates.length && candidates[j].start - candidate.end <= NEARBY_CHARS; j++) {
    const other = candidates[j];
    const gap = Math.max(0, other.start - candidate.end);
    const side = other.kind === 'full' || other.kind === 'handle' ? sideOf(other, other.person) : other.kind === 'rival' ? sideOf(other, null) : null;
    note(side, gap, gap <= sentence.after, gap <= sentence.blockAfter);
  }
  const detail = `person ${distance(own)}, other bearer ${distance(rival)}${rivalInSentence ? ' in the same sentence' : ''}`;
  if (own < rival && own <= NEARBY_CHARS) return { kept: true, reason: 'person-nearer', person };
  // "Ms. Jackson": her, unless another bearer of the name shares the sentence. "Jackson" on a page about her: her,
  // unless another bearer is nearer in the same paragraph ("Janet Jackson... Jackson is coming to London").
  if (candidate.lowerCase !== true && !rivalInSentence) {
    if (candidate.honorific === true) return { kept: true, reason: 'honorific', person, detail };
    const subject = (page.fullNameCounts.get(person) ?? 0) >= SUBJECT_FULL_NAMES;
    if (subject && (candidate.owner.isSurname ? !(rivalInBlock < own) : rivalInBlock === Infinity)) return { kept: true, reason: 'page-subject', person, detail };
  }
  if (own <= NEARBY_CHARS || rival <= NEARBY_CHARS) {
    if (own < rival) return { kept: true, reason: 'person-nearer', person };
    return { kept: false, reason: own === rival ? 'tie' : 'rival-nearer', detail };
  }
  // A lower-case "paris" is a name only right next to its person.
  if (candidate.lowerCase === true) return { kept: false, reason: 'lower-case-far', detail };
  const balance = pageBalance(person, key, detector, page);
  if (balance.own > balance.others) return { kept: true, reason: 'page-balance', person };
  return { kept: false, reason: 'page-balance', detail: `named in full ${balance.own}, other bearers ${balance.others}` };
}

function distance(chars: number): string {
  return chars === Infinity ? `not within ${NEARBY_CHARS} chars` : `at ${chars} chars`;
}

/** Far from any naming: the person must have been named in full more often than anyone else bearing the name. */
function pageBalance(person: PersonId, key: string, detector: Detector, page: PageContext): { own: number; others: number } {
  let others = page.rivalCounts.get(key) ?? 0;
  for (const [otherPerson, keys] of detector.keysByPerson) {
    if (otherPerson !== person && keys.has(key)) others += page.fullNameCounts.get(otherPerson) ?? 0;
  }
  return { own: page.fullNameCounts.get(person) ?? 0, others };
}
