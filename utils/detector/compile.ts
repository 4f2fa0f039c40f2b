/** Turns the people data into the detector's regular expressions and lookups, once per set of people. */
import type { Person, PersonId } from '@/utils/dataset/types';
import { DEFAULT_MATCHING_RULES, type MatchingRules } from './matching-rules';
import { WORD_CLASS, isWordCode } from './chars';
import { INVISIBLE_CLASS } from './invisible';
import { firstTokenScans, type TokenScan } from './first-token-scans';
import { prefilterTokens, shortestPrefixes } from './prefilter';
import { WORD_END, alternation } from './regex-parts';
import type { ShortNameOwner } from './types';

export interface Detector {
  /**
   * The only pass over the whole text: the first letters of every name form (the shortest distinct prefixes), plus
   * the invisible characters that must be removed first. Plain alternatives without captures or lookarounds keep
   * V8's fast literal search (measured about 4x faster than the full pattern on a 2.6 M-character page). Global; a
   * copy with the same source and flags shares V8's compiled code (a second flag set cost 16 ms more at 1,000 people).
   */
  readonly prefilter: RegExp;
  /** The shortest prefilter token: shorter text can hold no name start, only an invisible character. */
  readonly shortestToken: number;
  /**
   * The sticky scan tried where the prefilter matched `hit` (its matched text): the full names, short names and
   * handles that start with that token, compiled on first use (first-token-scans.ts). Null when none does.
   */
  readonly scanFor: (hit: string) => TokenScan | null;
  /** Lower-cased written short form ("delevigne") to its owners (two people may share one). */
  readonly shortNames: ReadonlyMap<string, readonly ShortNameOwner[]>;
  /** Lower-cased handle or hashtag to its person. */
  readonly handles: ReadonlyMap<string, PersonId>;
  /**
   * Sticky: matches any namesake starting at `lastIndex` with this first word (lower-cased, bare); null when none
   * starts with it. Compiled on first use, one per first word: one pattern of all 100+ namesakes took 6-8 ms to
   * compile, paid on every page with a near-miss; a page meets only a few of their first words.
   */
  readonly namesakeStartingWith: (firstWord: string) => RegExp | null;
  /** The most words a namesake has before the short name it contains ("Samuel L. Jackson": 2). */
  readonly namesakeReach: number;
  /** Every word of every namesake, lower-cased: a namesake can only start further back through these. */
  readonly namesakeWords: ReadonlySet<string>;
  /** The first word of every namesake, lower-cased: only these can start one. */
  readonly namesakeFirstWords: ReadonlySet<string>;
  /** First words of the namesakes written in lower case in the data, prepositions ("of Paris", "to Paris"). */
  readonly namesakePrepositions: ReadonlySet<string>;
  /** Short-name keys per person, so another person's mentions count as rivals for a shared short name. */
  readonly keysByPerson: ReadonlyMap<PersonId, ReadonlySet<string>>;
  /**
   * Given names of the person's namesakes who share her surname ("prince", "bigi" for Paris Jackson; "poppy" for
   * Cara Delevingne), lower-cased: a given name listed with them ("Prince, Paris and Blanket") is one of the family.
   */
  readonly familyNames: ReadonlyMap<PersonId, ReadonlySet<string>>;
  readonly rules: MatchingRules;
  /**
   * A known place (data/matching.json `places`, less the people's short names) ending just before a short name and
   * joined to it by a comma or "and": "New York, Paris". Tested on the few characters before the name.
   */
  readonly placeBefore: RegExp | null;
  /** Sticky: the same after the name ("Paris, London"). */
  readonly placeAfter: RegExp | null;
}

/** Compiles the detector for these people (build once, reuse for every scan). */
export function compileDetector(people: readonly Person[], rules: MatchingRules = DEFAULT_MATCHING_RULES): Detector {
  const shortNames = new Map<string, ShortNameOwner[]>();
  const handles = new Map<string, PersonId>();
  const keysByPerson = new Map<PersonId, Set<string>>();
  const namesakes: string[] = [];
  const familyNames = new Map<PersonId, Set<string>>();

  for (const person of people) {
    const surname = person.name.trim().split(/\s+/).pop()?.toLowerCase();
    const keys = new Set<string>();
    for (const short of person.shortNames) {
      const key = short.toLowerCase();
      keys.add(key);
      for (const written of variantsOf(person, short)) {
        const owners = shortNames.get(written.toLowerCase()) ?? [];
        if (!owners.some((owner) => owner.person === person.id)) owners.push({ person: person.id, key, isSurname: key === surname });
        shortNames.set(written.toLowerCase(), owners);
      }
    }
    keysByPerson.set(person.id, keys);
    for (const handle of person.handles) handles.set(handle.toLowerCase(), person.id);
    // The account name as a post shows it ("caradelevingne ✔ Verified"), or run together by markup ("Cara<b>Delevingne</b>").
    for (const handle of person.handles) if (handle.startsWith('@')) handles.set(handle.slice(1).toLowerCase(), person.id);
    namesakes.push(...person.namesakes);
    familyNames.set(person.id, familyGivenNames(person.namesakes, surname));
  }

  const firstParts = people.flatMap((person) => person.fullNames.flatMap((name) => variantsOf(person, firstPart(name))));
  const tokens = shortestPrefixes([...firstParts, ...shortNames.keys(), ...handles.keys()].map((token) => token.toLowerCase()));
  const prefilterSource = [prefilterTokens(tokens), INVISIBLE_CLASS].join('|');
  const detector: Detector = {
    prefilter: new RegExp(prefilterSource, 'gi'),
    shortestToken: Math.min(...tokens.map((token) => token.length)),
    scanFor: firstTokenScans({ people, shortNames: [...shortNames.keys()], handles: [...handles.keys()] }),
    shortNames,
    handles,
    ...namesakeLookups(namesakes, shortNames),
    keysByPerson,
    familyNames,
    rules,
    ...placeListPatterns(rules, shortNames),
  };
  warmUp(detector, [...firstParts, ...handles.keys()].join(' '));
  return detector;
}

/**
 * V8 compiles a regex on its first use and tiers it up to machine code later; doing that here keeps the cost out of
 * a page's first scan (the detector is built once, pages are scanned many times).
 */
function warmUp(detector: Detector, words: string): void {
  // V8 keeps separate code for one-byte and two-byte strings, and compiles at once for subjects of 1,000+ characters.
  const filler = ' x'.repeat(600);
  for (const sample of [words + filler, `${words}\u2029${filler}`]) {
    for (let round = 0; round < 2; round++) {
      detector.placeBefore?.test(sample.slice(0, 32));
      detector.prefilter.lastIndex = 0;
      for (let hits = 0; hits < 100 && detector.prefilter.exec(sample) !== null; hits++);
      if (detector.placeAfter !== null) {
        detector.placeAfter.lastIndex = 0;
        detector.placeAfter.exec(sample);
      }
    }
  }
}

type NamesakeLookups = Pick<Detector, 'namesakeStartingWith' | 'namesakeReach' | 'namesakeWords' | 'namesakeFirstWords' | 'namesakePrepositions'>;

/**
 * The namesakes' words, and their patterns by first word, each compiled the first time a page has that word before a
 * short name. Each namesake is split once.
 */
function namesakeLookups(namesakes: readonly string[], shortNames: ReadonlyMap<string, unknown>): NamesakeLookups {
  const byFirstWord = new Map<string, string[]>();
  const namesakeWords = new Set<string>();
  const namesakePrepositions = new Set<string>();
  let namesakeReach = 0;
  for (const namesake of namesakes) {
    const words = namesake.trim().split(/\s+/).map(bareWord);
    if (/^\p{Ll}/u.test(namesake.trim())) namesakePrepositions.add(words[0]);
    for (const word of words) namesakeWords.add(word);
    // How many words come before the last one that is a known short name ("Samuel L. Jackson": 2).
    words.forEach((word, index) => {
      if (shortNames.has(word)) namesakeReach = Math.max(namesakeReach, index);
    });
    const group = byFirstWord.get(words[0]);
    if (group === undefined) byFirstWord.set(words[0], [namesake]);
    else group.push(namesake);
  }
  return { namesakeStartingWith: lazyNamesakes(byFirstWord), namesakeReach, namesakeWords, namesakeFirstWords: new Set(byFirstWord.keys()), namesakePrepositions };
}

function lazyNamesakes(byFirstWord: ReadonlyMap<string, readonly string[]>): (firstWord: string) => RegExp | null {
  const compiled = new Map<string, RegExp>();
  return (firstWord) => {
    let regex = compiled.get(firstWord);
    if (regex === undefined) {
      const group = byFirstWord.get(firstWord);
      if (!group) return null;
      // "s?": a German genitive ("Michael Jacksons Neverland"), like the short forms' own.
      regex = new RegExp(`(?:${alternation(group)})s?${WORD_END}`, 'iy');
      compiled.set(firstWord, regex);
    }
    return regex;
  };
}

/**
 * Places joined to a name by a list separator, before and after it (people's short names are not neighbours). "and"
 * joins one place to the name ("Los Angeles and Paris"); a comma needs a list ("New York, Paris, London"), since
 * "After Madrid, Paris flew on" is a clause.
 */
function placeListPatterns(rules: MatchingRules, shortNames: ReadonlyMap<string, unknown>): Pick<Detector, 'placeBefore' | 'placeAfter'> {
  const places = alternation([...rules.places].filter((place) => !shortNames.has(place)));
  if (places === '') return { placeBefore: null, placeAfter: null };
  const word = `(?:and|or|y|e|et|und|o|ou|oder)(?!${WORD_CLASS})`;
  const place = `(?<!${WORD_CLASS})(?:${places})`;
  return {
    placeBefore: new RegExp(`(?:${place}\\s*,\\s*${place}\\s*(?:,|${word})|${place}\\s*(?:[/&]|${word}))\\s*$`, 'i'),
    placeAfter: new RegExp(`\\s*(?:,\\s*${place}\\s*(?:,|${word})\\s*${place}|(?:,|[/&]|${word})\\s*${place}(?=\\s*,))${WORD_END}|\\s*(?:[/&]|${word})\\s*${place}${WORD_END}`, 'iy'),
  };
}

/** The first words (3+ letters) of the namesakes ending in `surname`: "Prince Jackson" → "prince". */
function familyGivenNames(namesakes: readonly string[], surname: string | undefined): Set<string> {
  const names = new Set<string>();
  for (const namesake of namesakes) {
    const words = namesake.trim().split(/\s+/).map(bareWord);
    if (words.length > 1 && words[words.length - 1] === surname && words[0].length >= 3) names.add(words[0]);
  }
  return names;
}

function variantsOf(person: Person, part: string): string[] {
  return [part, ...(person.partVariants[part] ?? [])];
}

function firstPart(name: string): string {
  return name.trim().split(/\s+/)[0];
}

/** A word as the namesake lookups compare it: lower case, without trailing punctuation ("Paris," → "paris"). */
export function bareWord(word: string): string {
  let end = word.length;
  while (end > 0 && !isWordCode(word.charCodeAt(end - 1))) end--;
  return word.slice(0, end).toLowerCase();
}
