/**
 * Hand-written type checks for untrusted JSON. Each check reports through a callback instead of throwing, so
 * the validator can collect every problem in one pass.
 */

/** Receives one problem: the field path inside the current entry and the reason. */
export type Report = (field: string, reason: string) => void;

export type JsonObject = Record<string, unknown>;

const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for a plain JSON object (not null, not an array). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True for lower-case words joined by single hyphens: "kiss-location", "article-000". */
export function isKebabId(value: unknown): value is string {
  return typeof value === 'string' && KEBAB_ID.test(value);
}

/** True for "2018", "2018-03" or "2018-03-24" naming a real month and day. */
export function isIsoPartialDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
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

/** True for a full calendar date "YYYY-MM-DD". */
export function isIsoDay(value: unknown): value is string {
  return isIsoPartialDate(value) && value.length === 10;
}

/** Reports fields the schema does not know, which are usually typos of known ones. */
export function checkKnownFields(entry: JsonObject, known: readonly string[], report: Report): void {
  for (const key of Object.keys(entry)) {
    if (!known.includes(key)) report(key, `unknown field (known: ${known.join(', ')})`);
  }
}

/** Reports unless entry[key] is a non-empty string; returns it when it is. */
export function requireText(entry: JsonObject, key: string, report: Report): string | undefined {
  const value = entry[key];
  if (value === undefined) report(key, 'missing');
  else if (typeof value !== 'string' || value.trim() === '') report(key, 'expected a non-empty string');
  else return value;
  return undefined;
}

/** Reports unless entry[key] is present and is either null or a non-empty string. */
export function requireTextOrNull(entry: JsonObject, key: string, report: Report): void {
  if (!(key in entry)) report(key, 'missing (use null when the article does not say)');
  else if (entry[key] !== null) requireText(entry, key, report);
}

/** True for an array whose items are all strings. */
export function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** Reports unless entry[key] is an array of strings; returns it when it is. */
export function requireStringArray(entry: JsonObject, key: string, report: Report): string[] | undefined {
  const value = entry[key];
  if (value === undefined) report(key, 'missing');
  else if (!isStringArray(value)) report(key, 'expected an array of strings');
  else return value;
  return undefined;
}
