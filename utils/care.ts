/**
 * Care and reader control: which claims a card or a popup list shows, in what order, and which wait behind a content
 * note. Pure, so the card and the popup apply the same rules and the tests read them as a table.
 *
 * - A claim with any topic the reader hid is not shown (counted, so the list can say how many).
 * - Self-harm and suicide (WHO media guidance): never first, never in the list itself; behind a content note the
 *   reader opens on purpose, with a line pointing to help.
 * - Sexuality: what the person said on record leads. The sexuality claims keep the places the display order gave
 *   them, refilled on-record first, so the rest of the list does not move; on a claim's sides, hers come first and
 *   any other side is shown as a label others used.
 */
import type { Claim, ClaimId, Evidence, OpenQuestion } from '@/utils/dataset/types';
import { TOPIC_IDS, type TopicId } from '@/utils/topics';

/** Topics whose claims wait behind a content note. */
const BEHIND_NOTE_TOPICS: readonly TopicId[] = ['self-harm'];

/**
 * The line pointing to help under the content note. Text only: the extension makes no request, so no link is
 * fetched or opened for the reader; the address is one that lists services by country, as WHO's guidance asks.
 */
export const HELP_LINE = 'If this affects you, help is available: findahelpline.com lists free, confidential services by country.';

export interface ArrangedClaims {
  /** The list, in display order with the sexuality rule applied. */
  shown: Claim[];
  /** Claims behind the content note, in the order given. */
  behindNote: Claim[];
  /** Claims left out because the reader hid one of their topics. */
  hiddenCount: number;
}

/** True when the reader hid one of the claim's topics. */
export function isHidden(claim: Pick<Claim, 'topics'>, hiddenTopics: readonly TopicId[]): boolean {
  return claim.topics.some((topic) => hiddenTopics.includes(topic));
}

/** True for a claim that waits behind the content note. */
export function isBehindNote(claim: Pick<Claim, 'topics'>): boolean {
  return claim.topics.some((topic) => BEHIND_NOTE_TOPICS.includes(topic));
}

/** Splits `claims` (already in display order) into the list, the content note and the hidden count. */
export function arrangeClaims(claims: readonly Claim[], hiddenTopics: readonly TopicId[] = []): ArrangedClaims {
  const visible = claims.filter((claim) => !isHidden(claim, hiddenTopics));
  const behindNote = visible.filter(isBehindNote);
  const listed = visible.filter((claim) => !behindNote.includes(claim));
  return { shown: ownWordsFirst(listed), behindNote, hiddenCount: claims.length - visible.length };
}

/** The sexuality claims' places in the list, refilled with the on-record ones first (stable otherwise). */
function ownWordsFirst(claims: Claim[]): Claim[] {
  const isSexuality = (claim: Claim) => claim.topics.includes('sexuality');
  const sexuality = claims.filter(isSexuality);
  const refill = [...sexuality.filter((c) => c.status === 'on-record'), ...sexuality.filter((c) => c.status !== 'on-record')];
  return claims.map((claim) => (isSexuality(claim) ? refill.shift()! : claim));
}

/** One side of a claim as shown: its evidence, and whether it is a label others applied. */
export interface ShownSide {
  evidence: Evidence;
  /** True on a sexuality claim for a side that is not the person's own statement. */
  labelByOthers: boolean;
}

/** A claim's evidence in the order shown: on a sexuality claim, the person's own statements first. */
export function sidesInCareOrder(claim: Pick<Claim, 'topics' | 'evidence'>): ShownSide[] {
  const sexuality = claim.topics.includes('sexuality');
  const sides = claim.evidence.map((evidence) => ({ evidence, labelByOthers: sexuality && evidence.basis !== 'statement' }));
  return sexuality ? [...sides.filter((s) => !s.labelByOthers), ...sides.filter((s) => s.labelByOthers)] : sides;
}

/** Leads a side that is a label others applied; the credit under it says whose label it is. */
export const LABEL_BY_OTHERS = 'Label used by others, not her own words:';

/** An open question with the claims behind it that the reader sees. */
export interface ShownQuestion {
  question: OpenQuestion;
  claims: Claim[];
}

/**
 * The open questions to show beside `shownClaims`: each with its claims that are shown; a question whose claims are
 * all hidden or behind the note is left out (it would point at nothing the reader can read).
 */
export function questionsFor(questions: readonly OpenQuestion[], shownClaims: readonly Claim[]): ShownQuestion[] {
  const byId = new Map<ClaimId, Claim>(shownClaims.map((claim) => [claim.id, claim]));
  return questions
    .map((question) => ({ question, claims: question.claims.flatMap((id) => byId.get(id) ?? []) }))
    .filter((shown) => shown.claims.length > 0);
}

/** How many claims carry each topic (a claim with two topics counts in both), every topic present. */
export function countByTopic(claims: readonly Pick<Claim, 'topics'>[]): Record<TopicId, number> {
  const counts = Object.fromEntries(TOPIC_IDS.map((id) => [id, 0])) as Record<TopicId, number>;
  for (const claim of claims) for (const topic of claim.topics) counts[topic] += 1;
  return counts;
}
