/**
 * The line a matched claim says out loud when its footing is weaker than the passage makes it sound: denied and
 * disputed claims always; single-source and speculation claims when the passage states them as fact. Built from the
 * claim's evidence (attribution, origin, `says`), so a new claim needs no new sentence.
 */
import type { Claim, Evidence } from '@/utils/dataset/types';
import { findHedge } from './hedges';

/** At most this many sides of a dispute, so the line stays one line on a card. */
const MAX_SIDES = 3;

/** The plain sentence for `claim` as repeated by `passage`, or null when the claim's badge says enough. */
export function speakUp(claim: Claim, passage: string): string | null {
  switch (claim.status) {
    case 'denied': {
      const denial = claim.evidence.find((item) => item.basis === 'denial');
      return denial ? `Denied on record by ${denial.attribution}.` : 'Denied on record.';
    }
    case 'disputed':
      return `The articles disagree: ${sides(claim.evidence)}.`;
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

/** "E! News's source says they are just friends; People's source says ..." from each distinct side. */
function sides(evidence: readonly Evidence[]): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  let articles = 0;
  for (const item of evidence) {
    if (!item.says) continue;
    const key = `${item.origin}|${item.says}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const fromArticle = /^article-\d+$/.test(item.origin);
    parts.push(`${speaker(item, fromArticle ? articles++ : 0)} ${lowerFirst(item.says.replace(/\.$/, ''))}`);
  }
  const shown = parts.slice(0, MAX_SIDES).join('; ');
  return parts.length > MAX_SIDES ? `${shown}; and ${parts.length - MAX_SIDES} more` : shown;
}

// An article's own account has no outlet to name: "one article", "another", "a third" keep the sides apart.
const ARTICLE_NAMES = ['one article', 'another', 'a third'];

/** Who a side is, in a few words: "E! News's source says", "Paris says", "one article says". */
function speaker(item: Evidence, articleIndex: number): string {
  const fromArticle = /^article-\d+$/.test(item.origin);
  const article = ARTICLE_NAMES[articleIndex] ?? 'another article';
  switch (item.basis) {
    case 'anonymous-source':
      return fromArticle ? 'an unnamed source says' : `${item.origin}'s source says`;
    case 'statement':
    case 'denial':
      return `${item.origin.split(' ')[0]} says`;
    case 'article-inference':
      return `${article} reads it as`;
    default:
      return fromArticle ? `${article} says` : `${item.origin} says`;
  }
}

// "They are just friends" reads as "... says they are just friends"; names and "I" keep their capital.
function lowerFirst(text: string): string {
  return /^(They|It|His|Her|She|He|The|An|A|Neither|Each)\b/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}
