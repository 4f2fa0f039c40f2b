/**
 * Validation of the dataset files (data/people.json, sources.json, claims.json and the article texts).
 * Pure: the caller reads the files. Every problem is collected and reported, each naming file, entry, field, reason.
 */
import type { Dataset } from './types';
import { isKebabId, isObject, type JsonObject, type Report } from './field-checks';
import { checkPerson, checkSource, type SourceFileInfo } from './validate-people-sources';
import { checkClaim } from './validate-claims';


export interface DatasetInput {
  people: unknown;
  sources: unknown;
  claims: unknown;
  /** Article texts keyed by file name under the sources folder ("article-000.txt"). */
  sourceTexts: Record<string, string>;
}

/** Thrown with every problem found; `message` holds one problem per line. */
export class DatasetError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'DatasetError';
    this.problems = problems;
  }
}

type EntryCheck = (entry: JsonObject, report: Report) => void;

/**
 * Walks a JSON array of entries that carry a kebab-case `id`: checks the array, each entry's shape and id,
 * and id uniqueness, then hands each object entry to `check`. Returns the ids seen.
 */
function checkEntries(value: unknown, file: string, kind: string, problems: string[], check: EntryCheck): Set<string> {
  const ids = new Set<string>();
  if (!Array.isArray(value)) {
    problems.push(`${file}: expected an array of ${kind} entries`);
    return ids;
  }
  value.forEach((entry: unknown, index) => {
    const id = isObject(entry) ? entry.id : undefined;
    const subject = typeof id === 'string' && id !== '' ? `${kind} "${id}"` : `${kind} #${index}`;
    const report: Report = (field, reason) => problems.push(`${file}: ${subject} field ${field}: ${reason}`);
    if (!isObject(entry)) {
      problems.push(`${file}: ${subject}: expected an object`);
      return;
    }
    if (id === undefined) report('id', 'missing');
    else if (!isKebabId(id)) report('id', `"${String(id)}" is not a kebab-case id`);
    else if (ids.has(id)) report('id', `duplicate id "${id}"`);
    else ids.add(id);
    check(entry, report);
  });
  return ids;
}

/** Validates the whole dataset; throws a DatasetError listing every problem, else returns the typed dataset. */
export function validateDataset(input: DatasetInput, dataDir = 'data'): Dataset {
  const problems: string[] = [];
  const sourcesDir = `${dataDir}/sources`;

  const personIds = checkEntries(input.people, `${dataDir}/people.json`, 'person', problems, checkPerson);

  const sourceFiles = new Map<string, SourceFileInfo>();
  checkEntries(input.sources, `${dataDir}/sources.json`, 'source', problems, (entry, report) => {
    const info = checkSource(entry, report, input.sourceTexts, sourcesDir);
    if (info && typeof entry.id === 'string') sourceFiles.set(entry.id, info);
  });
  // A source whose entry is broken still exists for references, so only its own errors are reported.
  const sourceIds = Array.isArray(input.sources)
    ? new Set(input.sources.filter(isObject).map((entry) => entry.id).filter((id) => typeof id === 'string'))
    : new Set<unknown>();

  checkEntries(input.claims, `${dataDir}/claims.json`, 'claim', problems, (entry, report) =>
    checkClaim(entry, report, { personIds, sourceIds, sourceFiles }),
  );

  if (problems.length > 0) throw new DatasetError(problems);
  return { people: input.people, sources: input.sources, claims: input.claims } as Dataset;
}
