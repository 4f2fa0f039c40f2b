/**
 * The line a matched claim says out loud when its footing is weaker than the passage makes it sound: denied and
 * disputed claims always; single-source and speculation claims when the passage states them as fact. Built from the
 * claim's evidence (attribution, origin, `says`), so a new claim needs no new sentence.
 */
import type { Claim, Evidence } from '@/utils/dataset/types';
import { findHedge } from './hedges';

/** The plain sentence for `claim` as repeated by `passage`, or null when the claim's badge says enough. */
export function speakUp(claim: Claim, passage: string): string | null {
  switch (claim.status) {
    case 'denied': {
      const denial = claim.evidence.find((item) => item.basis === 'denial');
      return denial ? `Denied on record by ${denial.attribution}.` : 'Denied on record.';
    }
    case 'disputed':
      return sides(claim.evidence);
    case 'single-source': {
      if (findHedge(passage)) return null;
      const first = claim.evidence[0];
      return first ? `Stated here as fact, but it rests on one report: ${first.attribution}.` : null;
    }
    case 'speculation':
      return findHedge(passage) ? null : "Stated here as fact, but it is only an article's guess; nobody involved said it.";
    default:
      return null;
  }
}

/**
 * "The accounts disagree: E! News's source, People's source and Paris give different ones": who disagrees, not what
 * each says, because the card lists every side with its quote right under this line (and a dispute can have six).
 */
function sides(evidence: readonly Evidence[]): string {
  const speakers: string[] = [];
  let articles = 0;
  for (const item of evidence) {
    if (/^article-\d+$/.test(item.origin) && item.basis !== 'anonymous-source') {
      articles++;
      continue;
    }
    const name = speaker(item);
    if (!speakers.includes(name)) speakers.push(name);
  }
  const articleCount = new Set(evidence.filter((item) => /^article-\d+$/.test(item.origin)).map((item) => item.origin)).size;
  if (speakers.length === 0) return `The ${numberWord(articleCount)} articles disagree on this.`;
  if (articles > 0) speakers.push(articleCount === 1 ? 'one article' : `${numberWord(articleCount)} articles`);
  return `The accounts disagree: ${joinAnd(speakers)} tell it differently.`;
}

/** Who a side is, in a few words: "E! News's source", "Paris", "The Sun". */
function speaker(item: Evidence): string {
  switch (item.basis) {
    case 'anonymous-source':
      return /^article-\d+$/.test(item.origin) ? 'an unnamed source' : `${item.origin}'s source`;
    case 'statement':
    case 'denial':
      return item.origin.split(' ')[0];
    default:
      return item.origin;
  }
}

function numberWord(count: number): string {
  return ['no', 'one', 'two', 'three', 'four', 'five'][count] ?? String(count);
}

function joinAnd(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
