/**
 * Step 2 of detection: decides which short-form candidates are the person, and says why for every candidate. A short
 * form counts only when the page has named the person in full, and nobody else bearing that name is closer to it
 * than the person is.
 */
import type { PersonId } from '@/utils/dataset/types';
import type { Detector } from './compile';
import { isEstablished } from './page-context';
import type { Candidate, Decision, MentionForm, PageContext, RivalCue } from './types';

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

/**
 * Full names that make a page about the person, or (for the surname) references (full names and accepted short forms)
 * when they also outnumber the other bearers of the name: its surname alone then means them unless its sentence says
 * otherwise.
 */
const SUBJECT_REFERENCES = 3;

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

/**
 * The verdict on every candidate, in the same order: marked or not, and why. Two passes: the first finds the short
 * forms that their neighbours settle; the second weighs the page with them counted, so a cover story that names her
 * in full once and as "Paris" ten times is about her, however often it names her father.
 */
export function decideCandidates(candidates: readonly Candidate[], detector: Detector, page: PageContext): Decision[] {
  const places = placeRivalCounts(candidates);
  // "Cara may refer to:": a page about the name itself.
  const topics = keysOfRivals(candidates, 'name-topic');
  // "I'm Paris Nguyen": someone else bearing the name, so a speaker label "PARIS:" may be either. Only the other half
  // of a name says so: a capitalised word before a given name ("Tell Cara happy birthday") is often a sentence's first.
  const namedOthers = new Set(candidates.flatMap((candidate) => (candidate.kind === 'rival' && candidate.otherName === true ? candidate.keys : [])));
  const first = decidePass(candidates, detector, page, page.fullNameCounts, places, topics, namedOthers);
  const references = new Map(page.fullNameCounts);
  first.forEach((decision, index) => {
    if (decision.kept && candidates[index].kind === 'short') references.set(decision.person, (references.get(decision.person) ?? 0) + 1);
  });
  return decidePass(candidates, detector, page, references, places, topics, namedOthers);
}

/** The short-name keys of rivals with this cue. */
function keysOfRivals(candidates: readonly Candidate[], cue: RivalCue): Set<string> {
  return new Set(candidates.flatMap((candidate) => (candidate.kind === 'rival' && candidate.cue === cue ? candidate.keys : [])));
}

/** Rivals that are the place ("in Paris"), per short-name key, in these candidates. */
function placeRivalCounts(candidates: readonly Candidate[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const candidate of candidates) {
    if (candidate.kind === 'rival' && PLACE_CUES.has(candidate.cue)) for (const key of candidate.keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function decidePass(
  candidates: readonly Candidate[],
  detector: Detector,
  page: PageContext,
  references: ReadonlyMap<PersonId, number>,
  places: ReadonlyMap<string, number>,
  topics: ReadonlySet<string>,
  namedOthers: ReadonlySet<string>,
): Decision[] {
  const credited: (PersonId | null)[] = new Array<PersonId | null>(candidates.length).fill(null);
  const decisions: Decision[] = [];
  const opening = candidates.find((candidate) => candidate.kind === 'full' || candidate.kind === 'rival');
  const opensWith = opening?.kind === 'full' ? opening.person : undefined;
  let lastKeptStart = -1;
  for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[i];
    let decision: Decision;
    if (candidate.kind === 'rival' || candidate.kind === 'word') decision = { kept: false, reason: candidate.cue };
    else if (candidate.kind !== 'short') decision = { kept: true, reason: candidate.kind === 'full' ? 'full-name' : 'handle', person: candidate.person };
    // Two people sharing a short name both produce a candidate; the first accepted takes the span.
    else if (lastKeptStart === candidate.start) decision = { kept: false, reason: 'shared-span' };
    else if (!isEstablished(page, candidate.owner.person)) {
      decision = { kept: false, reason: 'not-established' };
    } else decision = decideShortForm(i, candidates, credited, detector, page, { references, places, topics, namedOthers, opensWith });
    if (decision.kept) {
      credited[i] = decision.person;
      lastKeptStart = candidate.start;
    }
    decisions.push(decision);
  }
  return decisions;
}

/**
 * What a naming near a short form says about it: the person, another bearer of the name, or another person of the
 * data who does not bear it (a `companion`: "Cara and her friend Paris", "cara liked paris's pic").
 */
type Side = 'own' | 'rival' | 'companion' | null;

/** References per person (see decideCandidates) and place rivals per key (see placeRivalCounts). */
interface Counts {
  references: ReadonlyMap<PersonId, number>;
  places: ReadonlyMap<string, number>;
  /** Short-name keys whose page is about the name itself ("Cara may refer to:"). */
  topics: ReadonlySet<string>;
  /** Short-name keys another bearer carries on the page as a first name or surname ("Paris Nguyen", "Kevin Jackson"). */
  namedOthers: ReadonlySet<string>;
  /** The person whose full name is the text's first naming (its title or lead), if any: the page is about her. */
  opensWith: PersonId | undefined;
}

/** Cues that make a rival the place, not a person: they say nothing against a short form that acts as a person. */
const PLACE_CUES: ReadonlySet<RivalCue> = new Set(['place-preposition', 'place-list', 'place-noun', 'place-adjective']);

function decideShortForm(
  index: number,
  candidates: readonly Candidate[],
  credited: readonly (PersonId | null)[],
  detector: Detector,
  page: PageContext,
  counts: Counts,
): Decision {
  const { references } = counts;
  const candidate = candidates[index];
  if (candidate.kind !== 'short') throw new Error('decideShortForm: not a short form');
  const { person, key } = candidate.owner;
  const sideOf = (other: Candidate, otherPerson: PersonId | null): Side => {
    if (other.kind === 'word') return null;
    // "Paris said": a person, so the city named near is no rival.
    // "the daughter of Michael Jackson" describes her: no one to refer back to.
    if (other.kind === 'rival') return other.keys.includes(key) && other.kin !== true && !(candidate.animate === true && PLACE_CUES.has(other.cue)) ? 'rival' : null;
    if (otherPerson === null) return null;
    if (otherPerson === person) return 'own';
    return detector.keysByPerson.get(otherPerson)?.has(key) ? 'rival' : 'companion';
  };
  let own = Infinity;
  let rival = Infinity;
  let rivalInSentence = false;
  let rivalInBlock = Infinity;
  const { sentence } = candidate;
  const note = (side: Side, distance: number, inSentence: boolean, inBlock: boolean) => {
    // The people of the data are written about together: another one named earlier in the sentence stands for her.
    if (side === 'own' || (side === 'companion' && inSentence)) own = Math.min(own, distance);
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
  // The nearest naming of her before the name, and (below) whether one ahead shares its sentence.
  const ownBefore = own;
  let ownAheadInSentence = false;
  // Later short forms are not resolved yet, so only full names, handles and rivals count ahead. Another bearer named
  // later in the same sentence is someone else ("Jackson is Michael Jackson's daughter", "Delevingne was born to
  // Pandora Delevingne"); one in a later paragraph or headline starts something new. Only a later sentence of the
  // same paragraph can say who was meant ("“Not that Cara.” She turned out to be Cara Santana").
  for (let j = index + 1; j < candidates.length && candidates[j].start - candidate.end <= NEARBY_CHARS; j++) {
    const other = candidates[j];
    const gap = Math.max(0, other.start - candidate.end);
    const side = other.kind === 'full' || other.kind === 'handle' ? sideOf(other, other.person) : other.kind === 'rival' ? sideOf(other, null) : null;
    // Lower-case threads are not written with that care: a rival ahead in the same comment counts there ("named her
    // dog paris after paris hilton"); the next comment is someone else talking.
    if (side === 'rival' && (candidate.lowerCase === true ? gap > sentence.blockAfter : gap <= sentence.after || gap > sentence.blockAfter)) continue;
    // For a surname, another bearer in a later sentence ("Her eldest sister, Chloe Delevingne, is a doctor") does not
    // undo the page's subject, so it does not count as in the paragraph.
    if (side === 'own' && gap <= sentence.after) ownAheadInSentence = true;
    note(side, gap, false, !candidate.owner.isSurname);
  }
  const detail = `person ${distance(own)}, other bearer ${distance(rival)}${rivalInSentence ? ' in the same sentence' : ''}`;
  const paired = candidate.pairedWith;
  if (paired !== undefined && isEstablished(page, paired.person) && isPartner(index, paired.gap, paired.person, candidates, credited)) {
    return { kept: true, reason: 'paired', person, detail: `with ${paired.person}` };
  }
  if (candidate.family === true && candidate.lowerCase !== true && familyNamedBefore(index, candidates, detector)) return { kept: true, reason: 'family', person };
  if (counts.topics.has(key) && candidate.honorific !== true) return { kept: false, reason: 'name-topic' };
  // A transcript's "PARIS:" on a page where someone else called Paris takes part: the label does not say which.
  if (candidate.speaker === true && counts.namedOthers.has(key)) return { kept: false, reason: 'other-bearer', detail: 'speaker label' };
  if (own < rival && own <= NEARBY_CHARS) {
    // Writers name a person in full before they shorten it. A name that is also a place, with her full name only in a
    // later sentence ("That's how busy Paris is. 11:00 ... Paris Jackson arrives"), is the place as often, unless it
    // acts as a person or the page opens with her.
    const namedLater = ownBefore > NEARBY_CHARS && !ownAheadInSentence;
    if (namedLater && detector.rules.places.has(key) && !candidate.owner.isSurname && candidate.animate !== true && counts.opensWith !== person) {
      return { kept: false, reason: 'named-later', detail };
    }
    return { kept: true, reason: 'person-nearer', person, detail };
  }
  // "Ms. Jackson": her, unless another bearer of the name shares the sentence. "Jackson" on a page about her: her,
  // unless another bearer is nearer in the same paragraph ("Janet Jackson... Jackson is coming to London").
  const ownReferences = references.get(person) ?? 0;
  if (candidate.lowerCase !== true && !rivalInSentence) {
    if (candidate.honorific === true) return { kept: true, reason: 'honorific', person, detail };
    const balance = pageBalance(candidate, detector, page, counts);
    // References make a page about her for a surname only: a bare "Paris" far from her names is as often the city.
    const subject =
      (page.fullNameCounts.get(person) ?? 0) >= SUBJECT_REFERENCES ||
      (candidate.owner.isSurname && ownReferences >= SUBJECT_REFERENCES && (balance.own > balance.others || counts.opensWith === person));
    if (subject && (candidate.owner.isSurname ? !(rivalInBlock < own) : rivalInBlock === Infinity)) return { kept: true, reason: 'page-subject', person, detail };
  }
  // A page whose title or lead names her, and a name that acts as a person ("Mercredi, Paris a posté... d'elle",
  // "a confié Jackson", "paris looks after her too" in the thread under her name): her, unless another bearer shares
  // its sentence or paragraph.
  if (candidate.animate === true && counts.opensWith === person && !rivalInSentence && rivalInBlock === Infinity) {
    return { kept: true, reason: 'page-subject', person, detail };
  }
  // Another bearer named only in another block (the previous caption, comment or paragraph) settles the name no more
  // than her naming elsewhere on the page does: with her not named nearby either, the page's balance decides.
  const rivalOnlyElsewhere = own > NEARBY_CHARS && rivalInBlock === Infinity;
  if ((own <= NEARBY_CHARS || rival <= NEARBY_CHARS) && !rivalOnlyElsewhere) {
    return { kept: false, reason: own === rival ? 'tie' : 'rival-nearer', detail };
  }
  const balance = pageBalance(candidate, detector, page, counts);
  // A lower-case "paris" far from any naming is the city as often as her, unless it acts as a person ("good for paris,
  // she's had a rough few years"); a lower-case name that is no place ("poppy > cara") is her on a page that names her
  // far more than anyone else bearing it.
  if (candidate.lowerCase === true && ((detector.rules.places.has(key) && candidate.animate !== true) || balance.own < 2 * balance.others + 2)) {
    return { kept: false, reason: 'lower-case-far', detail };
  }
  if (balance.own > balance.others) return { kept: true, reason: 'page-balance', person };
  return { kept: false, reason: 'page-balance', detail: `named ${balance.own} times, other bearers ${balance.others}` };
}

/**
 * Whether the partner of a pair ("Cara and [Paris]"), `gap` characters away (before the name when negative), is a name
 * of `person` there and not a namesake ("Paris Hilton"). A tolerance of 2 absorbs removed invisible characters.
 */
function isPartner(index: number, gap: number, person: PersonId, candidates: readonly Candidate[], credited: readonly (PersonId | null)[]): boolean {
  const candidate = candidates[index];
  const step = gap >= 0 ? 1 : -1;
  for (let j = index + step; j >= 0 && j < candidates.length; j += step) {
    const other = candidates[j];
    const distance = step > 0 ? other.start - candidate.end : candidate.start - other.end;
    if (distance > Math.abs(gap) + 2) return false;
    if (distance < Math.abs(gap) - 2) continue;
    if (other.kind === 'rival') return false;
    if (other.kind === 'full' || other.kind === 'handle') return other.person === person;
    if (other.kind === 'short' && other.owner.person === person) return step > 0 || credited[j] === person;
  }
  return false;
}

/** Whether a candidate within reach before `index` passes `test`. */
function anyBefore(index: number, candidates: readonly Candidate[], test: (other: Candidate, j: number) => boolean): boolean {
  for (let j = index - 1; j >= 0 && candidates[index].start - candidates[j].end <= NEARBY_CHARS; j--) if (test(candidates[j], j)) return true;
  return false;
}

/**
 * A family cue counts only beside a namesake of her surname ("Michael Jackson's sons Prince and Bigi... their sister
 * Paris"); "Nicky Hilton and her sister Paris" is someone else's sister. Like every short form, only on a page that
 * names her in full: the script every page runs loads the detector only where a full name or handle may be
 * (utils/detector/name-watch.ts), so a page without one is never marked.
 */
function familyNamedBefore(index: number, candidates: readonly Candidate[], detector: Detector): boolean {
  const candidate = candidates[index];
  if (candidate.kind !== 'short') return false;
  const keys = detector.keysByPerson.get(candidate.owner.person);
  return anyBefore(index, candidates, (other) => other.kind === 'rival' && other.cue === 'namesake' && other.keys.some((otherKey) => otherKey !== candidate.owner.key && keys?.has(otherKey)));
}

function distance(chars: number): string {
  return chars === Infinity ? `not within ${NEARBY_CHARS} chars` : `at ${chars} chars`;
}

/**
 * Far from any naming: the person must be referred to more often than anyone else bearing the name is named
 * (`references`: full names, and in the second pass the short forms their neighbours settled), twice as often for a
 * name that is also a place.
 */
function pageBalance(candidate: Candidate & { kind: 'short' }, detector: Detector, page: PageContext, counts: Counts): { own: number; others: number } {
  const { person, key, isSurname } = candidate.owner;
  let others = page.rivalCounts.get(key) ?? 0;
  // Someone who speaks or wears things is no city: the place's namings do not count against her.
  if (candidate.animate === true) others = Math.max(0, others - (counts.places.get(key) ?? 0));
  for (const [otherPerson, keys] of detector.keysByPerson) {
    if (otherPerson !== person && keys.has(key)) others += counts.references.get(otherPerson) ?? 0;
  }
  // A given name that is also a place ("Paris") is the place in many sentences no cue marks, which the counts miss; a
  // surname alone is by convention a person ("Jackson said").
  if (!isSurname && candidate.animate !== true && detector.rules.places.has(key)) others *= 2;
  return { own: counts.references.get(person) ?? 0, others };
}
