/**
 * Field schemas shared by the data files, each carrying the reason the gate prints when a value does not fit
 * ("FILE: RECORD field FIELD: REASON"), so the description of a field and its error are written once.
 */
import * as v from 'valibot';

const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for "2018", "2018-03" or "2018-03-24" naming a real month and day. */
function isIsoPartialDate(value: string): boolean {
  const match = ISO_PARTIAL_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return false;
  if (day === undefined) return true;
  // Day 0 of the next month is the last day of this one.
  const daysInMonth = new Date(Date.UTC(Number(year), monthNumber, 0)).getUTCDate();
  return Number(day) >= 1 && Number(day) <= daysInMonth;
}

/** A non-empty string (blank counts as empty). */
export const text = v.pipe(
  v.string('expected a non-empty string'),
  v.check((value) => value.trim() !== '', 'expected a non-empty string'),
);

/** A kebab-case id: lower-case words joined by single hyphens ("kiss-location", "article-000"). */
export const kebabId = v.pipe(
  v.string((issue) => `"${String(issue.input)}" is not a kebab-case id`),
  v.check((value) => KEBAB_ID.test(value), (issue) => `"${String(issue.input)}" is not a kebab-case id`),
);

/** "2018", "2018-03" or "2018-03-24": an event dated as precisely as an article gives it. */
export const isoPartialDate = v.pipe(
  v.string((issue) => `"${String(issue.input)}" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`),
  v.check(isIsoPartialDate, (issue) => `"${String(issue.input)}" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`),
);

/** A full calendar day "YYYY-MM-DD". */
export const isoDay = v.pipe(
  v.string((issue) => `"${String(issue.input)}" is not a YYYY-MM-DD date`),
  v.check((value) => value.length === 10 && isIsoPartialDate(value), (issue) => `"${String(issue.input)}" is not a YYYY-MM-DD date`),
);

/** An array of strings. */
export const stringArray = v.array(v.string('expected a string'), 'expected an array of strings');

/** A non-empty array of `item`s; `what` names the items for the message. */
export function nonEmptyArray<T extends v.GenericSchema>(item: T, what: string) {
  return v.pipe(v.array(item, `expected a non-empty array of ${what}`), v.minLength(1, `expected a non-empty array of ${what}`));
}

/** One of `options`; the message reads `"input" is not ${what}`. */
export function oneOf<const T extends readonly (string | number)[]>(options: T, what: string) {
  return v.picklist(options, (issue) => `${JSON.stringify(issue.input) ?? 'undefined'} is not ${what}`);
}

/**
 * A record with exactly these fields. A missing field is reported as "missing" (with `ifMissing`'s hint where one
 * is given), an unknown one as a likely typo of a known one.
 */
export function record<const E extends v.ObjectEntries>(entries: E, ifMissing: Partial<Record<keyof E, string>> = {}) {
  const known = Object.keys(entries).join(', ');
  return v.strictObject(entries, (issue) => {
    if (issue.expected === 'never') return `unknown field (known: ${known})`;
    const key = issue.path?.at(-1)?.key;
    if (issue.input === undefined && typeof key === 'string') {
      const hint = (ifMissing as Record<string, string | undefined>)[key];
      return hint ? `missing (${hint})` : 'missing';
    }
    return 'expected an object';
  });
}
