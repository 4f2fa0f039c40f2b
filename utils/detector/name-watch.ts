/**
 * The watch's test: could this text name anyone the detector marks? A page is marked only where it names a person in
 * full or by a handle (a short form is never marked on a page without a full name: `not-established`), so a text
 * without any full name or handle needs no detector at all. This is the only name logic that runs on every page.
 *
 * The pattern is a superset of the detector's full names and handles: any case, any white space or none between the
 * parts (`textContent` runs adjacent blocks together: "Paris</p><p>Jackson" reads "ParisJackson"), no word
 * boundaries. A false "maybe" only costs loading the detector, which then marks nothing.
 */
import type { Person } from '@/utils/dataset/types';
import { INVISIBLE_CLASS } from './invisible';
import { alternation, phrasePattern } from './regex-parts';

/** One regex for every full name (each part open to its variants) and every handle of `people`. */
export function nameWatchPattern(people: readonly Person[]): RegExp {
  const branches: string[] = [];
  for (const person of people) {
    for (const name of person.fullNames) {
      const parts = name.trim().split(/\s+/).map((part) => `(?:${[part, ...(person.partVariants[part] ?? [])].map(phrasePattern).join('|')})`);
      branches.push(parts.join('\\s*'));
    }
    if (person.handles.length > 0) branches.push(alternation(person.handles));
  }
  return new RegExp(branches.join('|') || '(?!)', 'i');
}

const INVISIBLE_ALL = new RegExp(INVISIBLE_CLASS, 'g');

/** Whether `text` may name someone (invisible characters inside a name, "Dele\u00ADvingne", are looked through). */
export function mayNameSomeone(text: string, pattern: RegExp): boolean {
  if (pattern.test(text)) return true;
  INVISIBLE_ALL.lastIndex = 0;
  return INVISIBLE_ALL.test(text) && pattern.test(text.replace(INVISIBLE_ALL, ''));
}
