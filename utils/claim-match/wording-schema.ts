/** The schema of data/claim-wording.json (the words that tie a passage to a claim) and its checks, as problem lines. */
import * as v from 'valibot';
import { phraseStems } from './tokens';

/** A phrase, or "@group" for a shared synonym group. */
const Phrase = v.string();

/** One cue of a claim: alternative phrases for one idea ("kiss", "smooch", "locked lips"), with its weight. */
const Cue = v.union([
  v.array(Phrase),
  v.strictObject({ any: v.array(Phrase), weight: v.pipe(v.number(), v.minValue(0.1), v.maxValue(5)) }),
]);

const ClaimWordingSchema = v.strictObject({
  cues: v.array(Cue),
  /** Least summed weight of matched cues for the claim to be shown; default min(2, total weight). */
  need: v.optional(v.pipe(v.number(), v.minValue(0.5))),
});

const ClaimWordingFileSchema = v.strictObject({
  $comment: v.optional(v.string()),
  /** Shared synonym groups, named in cues as "@name". */
  groups: v.record(v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/)), v.array(Phrase)),
  claims: v.record(v.string(), ClaimWordingSchema),
  /**
   * Words that stand for both people at once ("the pair", "the duo"): a claim about two people counts fully only when
   * the passage names both or uses one of these, so "Cara kissed a co-star" is not the kiss with Paris.
   */
  pairWords: v.array(Phrase),
});

export type ClaimWordingFile = v.InferOutput<typeof ClaimWordingFileSchema>;
export type WordingCue = v.InferOutput<typeof Cue>;

const FILE = 'claim-wording.json';

/** Every problem of the raw file as "claim-wording.json: RECORD: FIELD: REASON" lines; [] when it is sound. */
export function checkClaimWording(raw: unknown, claimIds: ReadonlySet<string>): string[] {
  const parsed = v.safeParse(ClaimWordingFileSchema, raw);
  if (!parsed.success) {
    return parsed.issues.map((issue) => {
      const path = (issue.path ?? []).map((item) => String(item.key));
      const record = path[0] === 'claims' || path[0] === 'groups' ? `${path[0]}.${path[1] ?? ''}` : 'file';
      const field = path.slice(path[0] === 'claims' || path[0] === 'groups' ? 2 : 0).join('.') || '(record)';
      return `${FILE}: ${record}: ${field}: ${issue.message}`;
    });
  }
  const file = parsed.output;
  const problems: string[] = [];
  const usedGroups = new Set<string>();
  for (const [name, phrases] of Object.entries(file.groups)) {
    if (phrases.length === 0) problems.push(`${FILE}: groups.${name}: phrases: empty group`);
    problems.push(...phraseProblems(`groups.${name}`, 'phrases', phrases, file.groups, usedGroups, false));
  }
  for (const [id, wording] of Object.entries(file.claims)) {
    const record = `claims.${id}`;
    if (!claimIds.has(id)) problems.push(`${FILE}: ${record}: (record): no claim with this id in claims.json`);
    if (wording.cues.length === 0) problems.push(`${FILE}: ${record}: cues: no cue`);
    const total = wording.cues.reduce((sum, cue) => sum + cueWeight(cue), 0);
    if (wording.need !== undefined && wording.need > total) {
      problems.push(`${FILE}: ${record}: need: ${wording.need} is more than the cues' total weight ${total}, so it never matches`);
    }
    const seen = new Set<string>();
    wording.cues.forEach((cue, index) => {
      const phrases = cuePhrases(cue);
      if (phrases.length === 0) problems.push(`${FILE}: ${record}: cues.${index}: empty cue`);
      for (const phrase of phrases) {
        if (seen.has(phrase)) problems.push(`${FILE}: ${record}: cues.${index}: duplicate phrase "${phrase}" (already in this claim)`);
        seen.add(phrase);
      }
      problems.push(...phraseProblems(record, `cues.${index}`, phrases, file.groups, usedGroups, true));
    });
  }
  problems.push(...phraseProblems('pairWords', 'phrases', file.pairWords, file.groups, usedGroups, false));
  for (const id of claimIds) if (!(id in file.claims)) problems.push(`${FILE}: claims.${id}: (record): claim has no wording`);
  for (const name of Object.keys(file.groups)) if (!usedGroups.has(name)) problems.push(`${FILE}: groups.${name}: (record): group is never used`);
  return problems;
}

/** A cue's phrases, whichever form it is written in. */
export function cuePhrases(cue: WordingCue): string[] {
  return Array.isArray(cue) ? cue : cue.any;
}

/** A cue's weight (1 unless given). */
export function cueWeight(cue: WordingCue): number {
  return Array.isArray(cue) ? 1 : cue.weight;
}

// Phrases must already be in the form matching compares (lower case, single spaces) so the file reads as it matches.
function phraseProblems(
  record: string,
  field: string,
  phrases: readonly string[],
  groups: Record<string, string[]>,
  usedGroups: Set<string>,
  groupsAllowed: boolean,
): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const phrase of phrases) {
    const at = `${FILE}: ${record}: ${field}`;
    if (phrase.startsWith('@')) {
      const name = phrase.slice(1);
      if (!groupsAllowed) problems.push(`${at}: "${phrase}": ${record === 'pairWords' ? 'pair words cannot name a group' : 'a group cannot name another group'}`);
      else if (!(name in groups)) problems.push(`${at}: "${phrase}": no such group`);
      usedGroups.add(name);
      continue;
    }
    if (phrase.trim() === '') problems.push(`${at}: empty phrase`);
    else if (phrase !== phrase.toLowerCase()) problems.push(`${at}: "${phrase}": not lower case`);
    else if (phrase !== phrase.trim().replace(/\s+/g, ' ')) problems.push(`${at}: "${phrase}": stray white space`);
    else if (phraseStems(phrase).length === 0) problems.push(`${at}: "${phrase}": has no word to match`);
    if (seen.has(phrase)) problems.push(`${at}: duplicate phrase "${phrase}"`);
    seen.add(phrase);
  }
  return problems;
}
