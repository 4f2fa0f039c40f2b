/** Field checks for one entry of data/people.json and of data/sources.json. */
import {
  checkKnownFields,
  isIsoDay,
  isObject,
  isStringArray,
  requireStringArray,
  requireText,
  requireTextOrNull,
  type JsonObject,
  type Report,
} from './field-checks';
import { paragraphStartsWith, splitParagraphs } from './quote-match';

/** Where a source's article text lives, for quote checks and messages. */
export interface SourceFileInfo {
  /** Path for messages, e.g. "data/sources/article-000.txt". */
  path: string;
  text: string;
}

const PERSON_FIELDS = ['id', 'name', 'description', 'fullNames', 'partVariants', 'shortNames', 'namesakes', 'handles'];
const SOURCE_FIELDS = ['id', 'file', 'headline', 'author', 'outlet', 'date', 'cites', 'uncitedParagraphs'];

/** Checks the types of a person's fields (the content belongs to whoever owns people.json). */
export function checkPerson(entry: JsonObject, report: Report): void {
  checkKnownFields(entry, PERSON_FIELDS, report);
  requireText(entry, 'name', report);
  requireText(entry, 'description', report);
  for (const key of ['fullNames', 'shortNames', 'namesakes', 'handles']) requireStringArray(entry, key, report);
  const variants = entry.partVariants;
  if (variants === undefined) report('partVariants', 'missing');
  else if (!isObject(variants)) report('partVariants', 'expected an object of name part to string array');
  else {
    for (const [part, forms] of Object.entries(variants)) {
      if (!isStringArray(forms)) report(`partVariants.${part}`, 'expected an array of strings');
    }
  }
}

function checkUncitedParagraphs(entry: JsonObject, report: Report, info: SourceFileInfo | undefined): void {
  const list = entry.uncitedParagraphs;
  if (list === undefined) return report('uncitedParagraphs', 'missing (use [] when every paragraph is cited)');
  if (!Array.isArray(list)) return report('uncitedParagraphs', 'expected an array of {startsWith, reason}');
  const paragraphs = info ? splitParagraphs(info.text) : [];
  list.forEach((item: unknown, index) => {
    const field = `uncitedParagraphs[${index}]`;
    if (!isObject(item)) return report(field, 'expected an object {startsWith, reason}');
    const itemReport: Report = (key, reason) => report(`${field}.${key}`, reason);
    checkKnownFields(item, ['startsWith', 'reason'], itemReport);
    const start = requireText(item, 'startsWith', itemReport);
    requireText(item, 'reason', itemReport);
    if (start !== undefined && info && !paragraphs.some((paragraph) => paragraphStartsWith(paragraph, start))) {
      itemReport('startsWith', `no paragraph of ${info.path} starts with this text`);
    }
  });
}

/** Checks a source entry; returns its article text when the file is named and present. */
export function checkSource(
  entry: JsonObject,
  report: Report,
  sourceTexts: Record<string, string>,
  sourcesDir: string,
): SourceFileInfo | undefined {
  checkKnownFields(entry, SOURCE_FIELDS, report);
  const file = requireText(entry, 'file', report);
  let info: SourceFileInfo | undefined;
  if (file !== undefined) {
    const text = Object.hasOwn(sourceTexts, file) ? sourceTexts[file] : undefined;
    if (text === undefined) report('file', `${sourcesDir}/${file} does not exist`);
    else info = { path: `${sourcesDir}/${file}`, text };
  }
  requireText(entry, 'headline', report);
  requireTextOrNull(entry, 'author', report);
  requireTextOrNull(entry, 'outlet', report);
  if (!('date' in entry)) report('date', 'missing (use null when the article states no date)');
  else if (entry.date !== null && !isIsoDay(entry.date)) report('date', `"${String(entry.date)}" is not a YYYY-MM-DD date`);
  requireStringArray(entry, 'cites', report);
  checkUncitedParagraphs(entry, report, info);
  return info;
}
