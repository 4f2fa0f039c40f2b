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

/**
 * The scan for the prefilter token matched as `hit` ("Paris", "DELEVI"): `tokens` are the prefilter's tokens. Null
 * when no name form starts with it.
 */
export function firstTokenScans(forms: ScanForms, tokens: readonly string[]): (hit: string) => TokenScan | null {
  const list: NameForm[] = [
    ...forms.fullNames.flatMap(({ person, names }) => names.map((parts) => ({ group: { kind: 'full', person } as const, parts }))),
    ...alternationOrder(forms.shortNames).map((short) => ({ group: { kind: 'short' } as const, parts: [[short]] })),
    ...alternationOrder(forms.handles).map((handle) => ({ group: { kind: 'handle' } as const, parts: [[handle]] })),
  ];
  const index = tokenIndex(list, tokens);
  const cache = new Map<string, TokenScan | null>();
  return (hit) => {
    const key = canonicalKey(hit);
    let scan = cache.get(key);
    if (scan === undefined) {
      scan = compileScan(list, formsFor(key, index));
      cache.set(key, scan);
    }
    return scan;
  };
}

/** Per token key: every (form, first-part variant) whose variant starts with the token. */
function tokenIndex(list: readonly NameForm[], tokens: readonly string[]): Map<string, { form: number; variant: string }[]> {
  const index = new Map(tokens.map((token) => [canonicalKey(token.trim()), [] as { form: number; variant: string }[]]));
  const lengths = [...new Set([...index.keys()].map((key) => key.length))];
  list.forEach((form, formIndex) => {
    for (const variant of form.parts[0]) {
      const key = canonicalKey(variant.trim());
      for (const length of lengths) if (length <= key.length) index.get(key.slice(0, length))?.push({ form: formIndex, variant });
    }
  });
  return index;
}

/**
 * The first-part variants per form that may match where `key` matched: those under every token key that is a prefix
 * of it (only `key` itself unless two tokens fold to prefixes of each other), by form order.
 */
function formsFor(key: string, index: ReadonlyMap<string, readonly { form: number; variant: string }[]>): Map<number, string[]> {
  const byForm = new Map<number, string[]>();
  for (let length = 1; length <= key.length; length++) {
    for (const { form, variant } of index.get(key.slice(0, length)) ?? []) byForm.set(form, [...(byForm.get(form) ?? []), variant]);
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
