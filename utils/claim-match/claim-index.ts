/** Compiles the claims' wording into a lookup by first word, built once per dataset and reused for every passage. */
import type { Claim, Person } from '@/utils/dataset/types';
import { phraseStems } from './tokens';
import { cuePhrases, cueWeight, type ClaimWordingFile } from './wording-schema';

/** One phrase to look for: its stems and the claim cues it stands for. */
interface IndexedPhrase {
  stems: string[];
  /** [claim position in ClaimIndex.claims, cue position in that claim]. */
  cues: Array<[number, number]>;
}

/** A claim as matching sees it: its cues' weights and the weight it needs to be shown. */
interface IndexedClaim {
  claim: Claim;
  weights: number[];
  totalWeight: number;
  need: number;
}

/** Everything matchClaims needs, precomputed. */
export interface ClaimIndex {
  claims: IndexedClaim[];
  /** Phrases keyed by their first stem, the longest first so "locked lips" is tried before "lock". */
  byFirstStem: Map<string, IndexedPhrase[]>;
  /** Each person's one-word names (short names, their variants, handles) as stems. */
  personStems: Map<string, Set<string>>;
  /** The stems of the words that stand for both people ("the pair"). */
  pairPhrases: string[][];
}

// A claim with one cue is shown on that cue alone; otherwise on two cues' worth of weight unless the data says.
const DEFAULT_NEED = 2;

/** Builds the index; claims without wording are left out (the wording check reports them). */
export function buildClaimIndex(claims: readonly Claim[], wording: ClaimWordingFile, people: readonly Person[] = []): ClaimIndex {
  const indexed: IndexedClaim[] = [];
  const phrases = new Map<string, IndexedPhrase>();
  for (const claim of claims) {
    const entry = wording.claims[claim.id];
    if (!entry) continue;
    const position = indexed.length;
    const weights = entry.cues.map(cueWeight);
    const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
    indexed.push({ claim, weights, totalWeight, need: entry.need ?? Math.min(DEFAULT_NEED, totalWeight) });
    entry.cues.forEach((cue, cueIndex) => {
      for (const phrase of expandGroups(cuePhrases(cue), wording.groups)) {
        const stems = phraseStems(phrase);
        if (stems.length === 0) continue;
        const key = stems.join(' ');
        const found = phrases.get(key) ?? { stems, cues: [] };
        if (!found.cues.some(([c, q]) => c === position && q === cueIndex)) found.cues.push([position, cueIndex]);
        phrases.set(key, found);
      }
    });
  }
  const byFirstStem = new Map<string, IndexedPhrase[]>();
  for (const phrase of phrases.values()) {
    const list = byFirstStem.get(phrase.stems[0]) ?? [];
    list.push(phrase);
    byFirstStem.set(phrase.stems[0], list);
  }
  for (const list of byFirstStem.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  const personStems = new Map(people.map((person) => [person.id, new Set(personNames(person).flatMap(phraseStems))]));
  return { claims: indexed, byFirstStem, personStems, pairPhrases: wording.pairWords.map(phraseStems).filter((stems) => stems.length > 0) };
}

/** The one-word names that identify a person in a passage ("Paris", "Delevingne", "Delevigne", "parisjackson"). */
function personNames(person: Person): string[] {
  const variants = Object.values(person.partVariants).flat();
  return [...person.shortNames, ...variants, ...person.handles.map((handle) => handle.replace(/^[@#]/, ''))];
}

/** A cue's phrases with every "@group" replaced by the group's phrases. */
function expandGroups(phrases: readonly string[], groups: Record<string, string[]>): string[] {
  return phrases.flatMap((phrase) => (phrase.startsWith('@') ? (groups[phrase.slice(1)] ?? []) : [phrase]));
}
