/**
 * The candidate scan, split by the token the prefilter found: at a hit, only the name forms that start with that token
 * are tried, in one small sticky regex compiled the first time a page has the token and cached. One regex of every
 * name form grew to 201 KB of source at 1,000 people; V8 compiled it whole (1.2 s) and tried its alternatives one by
 * one at every hit (100-200 µs per hit in Node 20).
 *
 * Same results as that one regex: the forms kept for a token are the only ones that can match where it matched, and
 * they keep their order (a regex alternation takes the first branch that matches), so the first one matching is the
 * same. Tokens are compared by `canonicalKey`, the case folding of a case-insensitive regex.
 */
import type { PersonId } from '@/utils/dataset/types';
import { isSpaceCode } from './chars';
import { NAME_GAP, WORD_END, alternation, alternationOrder } from './regex-parts';

/** What a capture group of a token's scan matched: a person's full names, a short name or a handle. */
export type ScanGroup = { kind: 'full'; person: PersonId } | { kind: 'short' } | { kind: 'handle' };

/** The sticky scan of the name forms starting with one token; capture group i + 1 is `groups[i]`. */
export interface TokenScan {
  readonly regex: RegExp;
  readonly groups: readonly ScanGroup[];
}

/** One name form: its parts, each with the ways it may be written ("Cara" | "Cöru"), and what it names. */
interface NameForm {
  group: ScanGroup;
  parts: readonly (readonly string[])[];
}

/** The name forms the scan tries, in the order the one regex had them. */
export interface ScanForms {
  /** Per person, their full names (longest first), each as parts with their variants. */
  fullNames: readonly { person: PersonId; names: readonly (readonly (readonly string[])[])[] }[];
  /** Written short forms and handles (lower case). */
  shortNames: readonly string[];
  handles: readonly string[];
}

/** The scan for the prefilter token matched as `hit` ("Paris", "DELEVI"); null when no name form starts with it. */
export function firstTokenScans(forms: ScanForms): (hit: string) => TokenScan | null {
  const list: NameForm[] = [
    ...forms.fullNames.flatMap(({ person, names }) => names.map((parts) => ({ group: { kind: 'full', person } as const, parts }))),
    ...alternationOrder(forms.shortNames).map((short) => ({ group: { kind: 'short' } as const, parts: [[short]] })),
    ...alternationOrder(forms.handles).map((handle) => ({ group: { kind: 'handle' } as const, parts: [[handle]] })),
  ];
  const byFirstChar = firstCharIndex(list);
  const cache = new Map<string, TokenScan | null>();
  return (hit) => {
    const key = canonicalKey(hit);
    let scan = cache.get(key);
    if (scan === undefined) {
      scan = compileScan(list, formsFor(key, byFirstChar.get(key[0]) ?? []));
      cache.set(key, scan);
    }
    return scan;
  };
}

interface FirstPart {
  form: number;
  variant: string;
  /** canonicalKey(variant), computed the first time a page has a token starting like it. */
  key?: string;
}

/**
 * Every form's first-part variants by their first character, canonical: a page's token is compared with one bucket
 * only (building a full token index took 30 ms at 1,000 people, paid by every page).
 */
function firstCharIndex(list: readonly NameForm[]): Map<string, FirstPart[]> {
  const index = new Map<string, FirstPart[]>();
  list.forEach((form, formIndex) => {
    for (const variant of form.parts[0]) {
      const trimmed = variant.trim();
      if (trimmed === '') continue;
      const first = canonicalChar(trimmed.charCodeAt(0));
      const bucket = index.get(first);
      if (bucket === undefined) index.set(first, [{ form: formIndex, variant }]);
      else bucket.push({ form: formIndex, variant });
    }
  });
  return index;
}

/**
 * The first-part variants per form that may match where `key` matched, by form order: a variant that matches there
 * and the token both start the text there, so one is a prefix of the other (as canonical keys).
 */
function formsFor(key: string, bucket: FirstPart[]): Map<number, string[]> {
  const byForm = new Map<number, string[]>();
  for (const part of bucket) {
    const variantKey = (part.key ??= canonicalKey(part.variant.trim()));
    if (variantKey.startsWith(key) || key.startsWith(variantKey)) byForm.set(part.form, [...(byForm.get(part.form) ?? []), part.variant]);
  }
  return new Map([...byForm].sort((a, b) => a[0] - b[0]));
}

/** The sticky regex of these forms, each form's first part narrowed to the variants given, one group per person. */
function compileScan(list: readonly NameForm[], firstParts: ReadonlyMap<number, readonly string[]>): TokenScan | null {
  const groups: ScanGroup[] = [];
  const sources: string[] = [];
  for (const [formIndex, variants] of firstParts) {
    const { group, parts } = list[formIndex];
    const source = [variants, ...parts.slice(1)].map((part) => `(?:${alternation(part)})`).join(NAME_GAP);
    const last = groups.length - 1;
    if (last >= 0 && sameGroup(groups[last], group)) sources[last] += `|${source}`;
    else {
      groups.push(group);
      sources.push(source);
    }
  }
  if (groups.length === 0) return null;
  const names = sources.flatMap((source, i) => (groups[i].kind === 'handle' ? [] : [`(${source})`]));
  const handles = sources.flatMap((source, i) => (groups[i].kind === 'handle' ? [`(${source})`] : []));
  const alternatives = [...(names.length > 0 ? [`(?:${names.join('|')})${WORD_END}`] : []), ...handles.map((handle) => `${handle}${WORD_END}`)];
  return { regex: new RegExp(alternatives.join('|'), 'iy'), groups };
}

function sameGroup(a: ScanGroup, b: ScanGroup): boolean {
  return a.kind === b.kind && (a.kind !== 'full' || (b.kind === 'full' && a.person === b.person));
}

/**
 * Text as a case-insensitive regex (without the `u` flag) compares it: each character by its single-character upper
 * case (ECMAScript's Canonicalize: "µ" and "μ" are one letter, "ß" stays itself), white space runs as one space, the
 * hyphens and apostrophes the patterns accept as one character each.
 */
export function canonicalKey(text: string): string {
  let key = '';
  let inGap = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSpaceCode(code)) {
      if (!inGap) key += ' ';
      inGap = true;
      continue;
    }
    inGap = false;
    key += canonicalChar(code);
  }
  return key;
}

function canonicalChar(code: number): string {
  if (code < 128) return String.fromCharCode(code >= 97 && code <= 122 ? code - 32 : code);
  if (code === 0x2010 || code === 0x2011) return '-';
  if (code === 0x2019) return "'";
  const char = String.fromCharCode(code);
  const upper = char.toUpperCase();
  return upper.length === 1 && upper.charCodeAt(0) >= 128 ? upper : char;
}
