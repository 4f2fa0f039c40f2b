/** Whether a passage hedges what it says ("reportedly", "a source says"): a hedged rumor is not stated as fact. */

// Words that put a statement at one remove from the writer. Matched on whole words, case-insensitively.
const HEDGES = [
  'reportedly', 'allegedly', 'apparently', 'supposedly', 'rumou?red', 'rumou?rs?', 'speculat\\w*', 'unconfirmed',
  'according to', 'claims?', 'claimed', 'sources?', 'insiders?', 'eyewitness', 'a relative', 'tipster',
  'reports? (?:say|said|claim|suggest)\\w*', 'it is said', 'is said to', 'are said to', 'was said to', 'were said to',
  'may have', 'might have', 'could have', 'may be', 'might be', 'perhaps', 'possibly', 'if true', 'gossip',
  'whispers?', 'not confirmed', "hasn't been confirmed", 'told (?:e!|people|the sun|page six|us weekly)',
  'tabloids? (?:say|said|claim|report)\\w*', 'so the story goes', 'word is',
];
const HEDGE_PATTERN = new RegExp(`\\b(?:${HEDGES.join('|')})(?![\\w])`, 'i');

/** The first hedge word in `text`, or null when the passage states things as fact. */
export function findHedge(text: string): string | null {
  return HEDGE_PATTERN.exec(text.replace(/[\u2018\u2019]/g, "'"))?.[0] ?? null;
}
