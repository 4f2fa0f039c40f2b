/**
 * Step 1 of detection: one prefilter pass over the text, then per-hit checks that only look at the few characters
 * around each hit. Produces full names, handles, short-form candidates and rivals, in text order.
 */
import { bareWord, type Detector } from './compile';
import { isCapitalised, isGlued, isPageTitlePath, possessiveEnd, wordAfter, wordBefore } from './context-cues';
import { isInvisibleChar, removeInvisible, type VisibleText } from './invisible';
import { isSpaceCode, isWordCharAt, isWordCharBefore } from './chars';
import { guessLanguage } from './language';
import { sentenceAround, type SentenceSpan } from './sentence';
import { cuesFor, type LanguageCues, type MatchingRules } from './matching-rules';
import { verdictsFor } from './owner-verdicts';
import { shortFormVerdict, type VerdictContext } from './short-form-verdict';
import type { ScanGroup } from './first-token-scans';
import { hasOtherBearerContext, hasQualifier } from './surroundings';
import type { Candidate, ShortNameOwner } from './types';

/**
 * The language of a text, as the page declares it (a BCP 47 tag), or a `LanguageSource` asked only for a short form,
 * with its offset. Undefined or "": guessed from the words around the short form.
 */
export type LanguageHint = string | undefined | LanguageSource;

/** What the DOM layer knows of the language at an offset. */
interface LanguageSource {
  /** The `lang` of the text's element or an ancestor, if any. */
  declared(index: number): string | undefined;
  /** A guess from the wider text (the whole block), asked only when nothing is declared and the nearby words are unsure. */
  wider(index: number): string | undefined;
}

/** Finds every candidate mention in a normalised text (blocks separated by BLOCK_SEPARATOR), in text order. */
export function collectCandidates(text: string, detector: Detector, language?: LanguageHint): Candidate[] {
  return collect(text, detector, false, language) ?? [];
}

/** Candidates in raw joined text: when it holds invisible characters, they are removed first and offsets refer to `visible`. */
export function readCandidates(raw: string, detector: Detector, language?: LanguageHint): { visible: VisibleText; candidates: Candidate[] } {
  const candidates = collect(raw, detector, true, language);
  if (candidates !== null) return { visible: { text: raw, removed: [] }, candidates };
  const visible = removeInvisible(raw);
  return { visible, candidates: collect(visible.text, detector, false, language) ?? [] };
}

/** The one pass: prefilter hits, each confirmed by the sticky scan; null when `stopAtInvisible` and one is met. */
function collect(text: string, detector: Detector, stopAtInvisible: boolean, language: LanguageHint): Candidate[] | null {
  const { prefilter } = detector;
  const candidates: Candidate[] = [];
  const guess: Guess = { at: -Infinity, language: undefined };
  prefilter.lastIndex = 0;
  for (let hit = prefilter.exec(text); hit !== null; hit = prefilter.exec(text)) {
    const start = hit.index;
    if (hit[0] === '') {
      prefilter.lastIndex++;
      continue;
    }
    if (isInvisibleChar(text.charCodeAt(start))) {
      if (stopAtInvisible) return null;
      continue;
    }
    // Inside a longer word ("mascara", "Parisian"): not a name.
    if (isWordCharBefore(text, start)) continue;
    const scan = detector.scanFor(hit[0]);
    if (scan === null) continue;
    scan.regex.lastIndex = start;
    const match = scan.regex.exec(text);
    if (match === null) continue;
    const matchEnd = start + match[0].length;
    prefilter.lastIndex = matchEnd;
    const group = matchedGroup(match, scan.groups);
    if (group.kind === 'handle') {
      const person = detector.handles.get(match[0].toLowerCase());
      if (person !== undefined && !isHandleGlued(text, start, matchEnd)) candidates.push({ kind: 'handle', person, start, end: matchEnd });
      continue;
    }
    const end = possessiveEnd(text, matchEnd);
    if (isGlued(text, start, end) && !(group.kind === 'short' ? isPersonCompound(text, start, end, detector) : group.kind === 'full' && isPageTitlePath(text, start, end))) continue;
    if (group.kind === 'short') {
      prefilter.lastIndex = Math.max(matchEnd, addShortForm(text, start, matchEnd, end, detector, candidates, language, guess));
      continue;
    }
    const { person } = group;
    // "Paris Jackson (footballer)", "Senior guard Paris Jackson", "Key stats Paris Jackson: 24 pts", "any other Paris
    // Jackson": a namesake the data cannot list, said so by the page.
    const position = wordBefore(text, start)?.text.toLowerCase() ?? '';
    const keys = [...(detector.keysByPerson.get(person) ?? [])];
    if (hasQualifier(text, end, detector.rules.qualifierNouns)) {
      candidates.push({ kind: 'rival', keys, start, end, cue: 'qualifier', people: [person] });
    } else if (
      detector.rules.sportsPositions.has(position) ||
      detector.rules.otherNameWords.has(position) ||
      hasOtherBearerContext(text, start, end, detector.rules)
    ) {
      candidates.push({ kind: 'rival', keys, start, end, cue: 'other-bearer', people: [person] });
    } else candidates.push({ kind: 'full', person, start, end });
  }
  // A namesake may start a few words before its short name, so restore text order.
  return candidates.sort((a, b) => a.start - b.start);
}

/** Short forms this close to the last guessed one reuse its guess (the guess reads ±200 characters). */
const GUESS_REUSE = 100;
/** The last guess in one pass over a text. */
interface Guess {
  at: number;
  language: string | undefined;
}

/** The cues of the language at `index`: declared, or else guessed from the words around it, or from its block. */
function languageCues(text: string, index: number, language: LanguageHint, detector: Detector, last: Guess): LanguageCues {
  const tag = typeof language === 'object' ? language.declared(index) : language;
  if (tag !== undefined && tag.trim() !== '') return cuesFor(detector.rules, tag);
  if (Math.abs(index - last.at) > GUESS_REUSE) {
    last.at = index;
    last.language = guessLanguage(text, index, detector.rules) ?? (typeof language === 'object' ? language.wider(index) : undefined);
  }
  return cuesFor(detector.rules, last.language);
}

/** Adds the short form's candidates (or its namesake's rival); returns where scanning may resume. */
function addShortForm(
  text: string,
  start: number,
  tokenEnd: number,
  end: number,
  detector: Detector,
  out: Candidate[],
  language: LanguageHint,
  guess: Guess,
): number {
  const owners: readonly ShortNameOwner[] | undefined = detector.shortNames.get(text.slice(start, tokenEnd).toLowerCase());
  if (owners === undefined) return tokenEnd;
  const found = findNamesake(text, start, tokenEnd, detector);
  const namesake = found !== null && isPossessedAfterPreposition(text, found, tokenEnd, end, detector) ? null : found;
  const people = owners.map((owner) => owner.person);
  if (namesake !== null) {
    const kin = describesKin(text, namesake.start, namesake.end, detector.rules, () => languageCues(text, start, language, detector, guess));
    out.push({ kind: 'rival', keys: owners.map((owner) => owner.key), start: namesake.start, end: namesake.end, cue: 'namesake', people, ...(kin ? { kin } : {}) });
    // Nothing inside a namesake is a mention.
    return namesake.end;
  }
  // Read once for all the name's owners (a surname shared by five people of 1,000 was read five times).
  let sentence: SentenceSpan | undefined;
  const sentenceHere = () => (sentence ??= sentenceAround(text, start, end));
  let guessed: LanguageCues | undefined;
  const context: VerdictContext = {
    rules: detector.rules,
    cues: languageCues(text, start, language, detector, guess),
    // For a lower-case name: the language of its own sentence ("Es una cara conocida", quoted on an English page).
    guessedCues: () => {
      const { before, after } = sentenceHere();
      return (guessed ??= cuesFor(detector.rules, guessLanguage(text, start, detector.rules, [start - before, end + after]) ?? 'und'));
    },
    otherShortNamePerson: (word, owner) => detector.shortNames.get(word)?.find((other) => other.person !== owner.person)?.person,
    isFamilyName: (word, owner) => detector.familyNames.get(owner.person)?.has(word) ?? false,
    isName: (word) => detector.shortNames.has(word),
    isHandle: (handle) => detector.handles.has(handle.toLowerCase()),
    placeBefore: detector.placeBefore,
    placeAfter: detector.placeAfter,
  };
  const verdicts = verdictsFor(owners, (owner) => shortFormVerdict(text, start, tokenEnd, end, owner, context));
  owners.forEach((owner, index) => {
    const verdict = verdicts[index];
    if (verdict.kind === 'short') {
      const { kind: _kind, lowerCase, ...links } = verdict;
      const flags = { ...(lowerCase ? { lowerCase: true } : {}), ...links };
      out.push({ kind: 'short', owner, start, end, ...flags, sentence: sentenceHere() });
    }
    else if (verdict.kind === 'rival') {
      out.push({ kind: 'rival', keys: [owner.key], start, end, cue: verdict.cue, people: [owner.person], ...(verdict.otherName === true ? { otherName: true } : {}) });
    }
    else out.push({ kind: 'word', keys: [owner.key], start, end, cue: verdict.cue, people: [owner.person] });
  });
  return tokenEnd;
}

/**
 * "one of Paris's photos", "a closer look at paris's dress": a preposition namesake ("of Paris") before a possessive
 * and a word that is no place noun is her; "at Paris's airports" stays the city.
 */
function isPossessedAfterPreposition(text: string, namesake: { start: number; end: number }, tokenEnd: number, end: number, detector: Detector): boolean {
  if (end === tokenEnd || namesake.end !== tokenEnd) return false;
  let wordEnd = namesake.start;
  while (wordEnd < tokenEnd && isWordCharAt(text, wordEnd)) wordEnd++;
  if (!detector.namesakePrepositions.has(text.slice(namesake.start, wordEnd).toLowerCase())) return false;
  const next = wordAfter(text, end);
  return next !== null && !isCapitalised(next.text) && !detector.rules.placeNouns.has(next.text.toLowerCase());
}

/**
 * "Cara-style beanies", "Delevingne-esque brows": a name that is no place, before a suffix only a person takes.
 * "Paris-style cafés" is the city.
 */
function isPersonCompound(text: string, start: number, end: number, detector: Detector): boolean {
  if (text[end] !== '-' || detector.rules.places.has(text.slice(start, end).toLowerCase())) return false;
  let i = end + 1;
  while (i < text.length && isWordCharAt(text, i)) i++;
  return detector.rules.personSuffixes.has(text.slice(end + 1, i).toLowerCase());
}

/**
 * "daughter of Michael Jackson", "Michael Jackson's daughter", "la hija de Michael Jackson": the namesake only says whose
 * kin someone is, so it names no one a later "Jackson" could refer back to.
 */
function describesKin(text: string, start: number, end: number, rules: MatchingRules, cuesHere: () => LanguageCues): boolean {
  // The language's cues only where a word of some language's could say it: most namesakes have no "of" before them.
  const of = wordBefore(text, start);
  const ofWord = of === null || of.dotted ? '' : of.text.toLowerCase();
  if (ofWord === 'of' || rules.anyLanguage.genitivePrepositions.has(ofWord)) {
    const kin = wordBefore(text, of!.start);
    if (kin !== null && !kin.dotted && (ofWord === 'of' || cuesHere().genitivePrepositions.has(ofWord)) && cuesHere().kinNouns.has(kin.text.toLowerCase())) return true;
  }
  const possessive = possessiveEnd(text, end);
  const after = possessive > end ? wordAfter(text, possessive) : null;
  return after !== null && rules.anyLanguage.kinNouns.has(after.text.toLowerCase()) && cuesHere().kinNouns.has(after.text.toLowerCase());
}

/**
 * A listed namesake covering the short name at [start, end): it may begin up to `namesakeReach` words earlier, but
 * only through words that occur in namesakes, so most short names cost no regex call here.
 */
function findNamesake(text: string, start: number, end: number, detector: Detector): { start: number; end: number } | null {
  const { namesakeStartingWith, namesakeReach, namesakeWords, namesakeFirstWords } = detector;
  const starts: number[] = [];
  const firstWords: string[] = [];
  const own = bareWord(text.slice(start, end));
  if (namesakeFirstWords.has(own)) {
    starts.push(start);
    firstWords.push(own);
  }
  let wordStart = start;
  for (let k = 0; k < namesakeReach; k++) {
    const previous = previousWordStart(text, wordStart);
    if (previous < 0) break;
    const word = bareWord(text.slice(previous, wordStart).trim());
    if (!namesakeWords.has(word)) break;
    if (namesakeFirstWords.has(word)) {
      starts.push(previous);
      firstWords.push(word);
    }
    wordStart = previous;
  }
  // Farthest first, so "Prince Michael Jackson" wins over "Michael Jackson".
  for (let k = starts.length - 1; k >= 0; k--) {
    const namesake = namesakeStartingWith(firstWords[k])!;
    namesake.lastIndex = starts[k];
    const match = namesake.exec(text);
    if (match !== null && starts[k] + match[0].length >= end) return { start: starts[k], end: starts[k] + match[0].length };
  }
  return null;
}

/** The start of the word before `index` (leading quotes and brackets skipped), or -1 at a block start. */
function previousWordStart(text: string, index: number): number {
  let i = index;
  while (i > 0 && text.charCodeAt(i - 1) !== 0x2029 && isSpaceCode(text.charCodeAt(i - 1))) i--;
  const end = i;
  while (i > 0 && !isSpaceCode(text.charCodeAt(i - 1))) i--;
  while (i < end && !isWordCharAt(text, i)) i++;
  return i < end ? i : -1;
}

/**
 * A handle inside a URL or an e-mail address ("x.com/@caradelevingne", "@caradelevingne.fan", "caradelevingne@") is
 * not a mention, nor an account name written after a sign it is not listed with ("#onlyat" when only "@onlyat" is).
 */
function isHandleGlued(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '';
  return (before === '/' && isUrlBefore(text, start - 1)) || before === '.' || before === '@' || before === '#' || text[end] === '@' || ((text[end] === '.' || text[end] === '-') && isWordCharAt(text, end + 1));
}

/** Whether the token ending at the slash at `slash` is a URL or a path ("instagram.com/", "/u/"), not a credit ("Instagram/"). */
function isUrlBefore(text: string, slash: number): boolean {
  let i = slash;
  while (i > 0 && !isSpaceCode(text.charCodeAt(i - 1))) i--;
  const token = text.slice(i, slash);
  return token === '' || token.includes('.') || token.includes('/') || token.includes(':');
}

function matchedGroup(match: RegExpExecArray, groups: readonly ScanGroup[]): ScanGroup {
  for (let group = 0; group < groups.length; group++) if (match[group + 1] !== undefined) return groups[group];
  throw new Error('detector scan matched no group');
}
