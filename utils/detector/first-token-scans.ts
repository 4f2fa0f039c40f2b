/**
 * The candidate scan, split by the token the prefilter found: at a hit, only the name forms that start with that token
 * are tried, in one small sticky regex compiled the first time a page has the token and cached. One regex of every
 * name form grew to 201 KB of source at 1,000 people; V8 compiled it whole (1.2 s) and tried its alternatives one by
 * one at every hit (100-200 µs per hit in Node 20).
 *
 * Same results as that one regex: the forms kept for a token are the only ones that can match where it matched, and
 * they keep their order (a regex alternation takes the first branch that matches), so the first one matching is the
 * same. Tokens are compared by `canonicalKey` (case-fold.ts), the case folding of a case-insensitive regex.
 */
import type { PersonId } from '@/utils/dataset/types';
import { canonicalChar, canonicalKey } from './case-fold';
import { NAME_GAP, WORD_END, alternation, alternationCompare } from './regex-parts';

/** What a capture group of a token's scan matched: a person's full names, a short name or a handle. */
export type ScanGroup = { kind: 'full'; person: PersonId } | { kind: 'short' } | { kind: 'handle' };

/** The sticky scan of the name forms starting with one token; capture group i + 1 is `groups[i]`. */
export interface TokenScan {
  readonly regex: RegExp;
  readonly groups: readonly ScanGroup[];
}

/** The name forms the scan tries: per person (in data order) their full names, then short names, then handles. */
export interface ScanForms {
  people: readonly { id: PersonId; fullNames: readonly string[]; partVariants: Readonly<Record<string, readonly string[]>> }[];
  /** Written short forms and handles (lower case). */
  shortNames: readonly string[];
  handles: readonly string[];
}

/** One way a name form may begin: a full name (of `people[person]`), a short name or a handle, and its first word. */
interface FormStart {
  kind: 0 | 1 | 2;
  person: number;
  /** The full name, short name or handle. */
  form: string;
  /** How its first part is written here ("Cöru" for "Cara"). */
  variant: string;
  /** canonicalKey(variant), computed the first time a page has a token starting like it. */
  key?: string;
}

const FULL = 0;
const SHORT = 1;
const HANDLE = 2;

/** The scan for the prefilter token matched as `hit` ("Paris", "DELEVI"); null when no name form starts with it. */
export function firstTokenScans(forms: ScanForms): (hit: string) => TokenScan | null {
  const byFirstChar = firstCharIndex(forms);
  const cache = new Map<string, TokenScan | null>();
  return (hit) => {
    const key = canonicalKey(hit);
    let scan = cache.get(key);
    if (scan === undefined) {
      scan = compileScan(forms, startsFor(key, byFirstChar.get(key[0]) ?? []));
      cache.set(key, scan);
    }
    return scan;
  };
}

/**
 * Every form's possible starts by their first character, canonical: a page's token is compared with one bucket only.
 * Only first words are read here; a form's other parts, and the order of forms, are worked out when a page needs
 * them (splitting and sorting every form up front cost 30-60 ms of a cold page at 1,000 people).
 */
function firstCharIndex(forms: ScanForms): Map<string, FormStart[]> {
  const index = new Map<string, FormStart[]>();
  const add = (start: FormStart) => {
    const trimmed = start.variant.trim();
    if (trimmed === '') return;
    const first = canonicalChar(trimmed.charCodeAt(0));
    const bucket = index.get(first);
    if (bucket === undefined) index.set(first, [start]);
    else bucket.push(start);
  };
  forms.people.forEach(({ fullNames, partVariants }, person) => {
    for (const form of fullNames) {
      const first = firstWord(form);
      add({ kind: FULL, person, form, variant: first });
      for (const variant of partVariants[first] ?? []) add({ kind: FULL, person, form, variant });
    }
  });
  for (const form of forms.shortNames) add({ kind: SHORT, person: 0, form, variant: form });
  for (const form of forms.handles) add({ kind: HANDLE, person: 0, form, variant: form });
  return index;
}

/** The starts in a bucket that may match where `key` matched: a start that matches there and the token both begin the text there, so one is a prefix of the other (as canonical keys). */
function startsFor(key: string, bucket: FormStart[]): FormStart[] {
  return bucket.filter((start) => {
    const variantKey = (start.key ??= canonicalKey(start.variant.trim()));
    return variantKey.startsWith(key) || key.startsWith(variantKey);
  });
}

/**
 * The sticky regex of these starts, in the order one alternation of every form had them: people in data order, each
 * person's full names longest first (their first part narrowed to the variants given), then short names and handles
 * longest first; one group per person, one for short names, one for handles.
 */
function compileScan(forms: ScanForms, starts: readonly FormStart[]): TokenScan | null {
  const byForm = new Map<string, [FormStart, string[]]>();
  for (const start of starts) {
    const id = `${start.kind} ${start.person} ${start.form}`;
    const entry = byForm.get(id);
    if (entry === undefined) byForm.set(id, [start, [start.variant]]);
    else entry[1].push(start.variant);
  }
  const groups: ScanGroup[] = [];
  const sources: string[] = [];
  let lastGroup = Number.NaN;
  for (const [{ kind, person, form }, variants] of [...byForm.values()].sort((a, b) => formOrder(forms, a[0], b[0]))) {
    const full = kind === FULL;
    const parts = [variants, ...(full ? restParts(form, forms.people[person].partVariants) : [])];
    const source = parts.map((part) => `(?:${alternation(part)})`).join(NAME_GAP);
    const group = full ? person : -kind;
    if (group === lastGroup) {
      sources[sources.length - 1] += `|${source}`;
      continue;
    }
    lastGroup = group;
    groups.push(full ? { kind: 'full', person: forms.people[person].id } : { kind: kind === SHORT ? 'short' : 'handle' });
    sources.push(source);
  }
  if (groups.length === 0) return null;
  // Handles come last, in one group of their own, as in `(?:names)WORD_END|(handles)WORD_END`.
  const handles = groups[groups.length - 1].kind === 'handle' ? `(${sources.pop()})${WORD_END}` : '';
  const names = sources.length > 0 ? `(?:${sources.map((source) => `(${source})`).join('|')})${WORD_END}` : '';
  return { regex: new RegExp([names, handles].filter((source) => source !== '').join('|'), 'iy'), groups };
}

/** Full names by person, then longest first (ties in data order); short names and handles as `alternation` orders them. */
function formOrder(forms: ScanForms, a: FormStart, b: FormStart): number {
  if (a.kind !== b.kind) return a.kind - b.kind;
  if (a.kind !== FULL) return alternationCompare(a.form, b.form);
  if (a.person !== b.person) return a.person - b.person;
  const names = forms.people[a.person].fullNames;
  return b.form.length - a.form.length || names.indexOf(a.form) - names.indexOf(b.form);
}

function firstWord(name: string): string {
  return name.trim().split(/\s+/)[0];
}

/** A full name's parts after the first, each with its variants. */
function restParts(name: string, partVariants: Readonly<Record<string, readonly string[]>>): string[][] {
  return name.trim().split(/\s+/).slice(1).map((part) => [part, ...(partVariants[part] ?? [])]);
}
