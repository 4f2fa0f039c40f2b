/**
 * The dataset gate's entry point (data/*.json and the article texts), shared by `npm run dataset`, the build hook and
 * the tests. Pure: the caller reads the files. Every problem is collected, each naming file, record, field and reason.
 * The build runs it as `scripts/dataset.ts --check` in a child process (wxt.config.ts), so it may use the `@/` alias.
 */
import { runGate } from './gate/engine';
import { CLAIMS_FILE, OPEN_QUESTIONS_FILE, PEOPLE_FILE, SOURCES_FILE } from './gate/files';
import { DATA_FILES, DATA_RULES, WHOLE_DATA_FILES } from './gate/registry';
import type { Dataset } from './types';

export interface DatasetInput {
  /** Each data file's parsed JSON keyed by file name ("claims.json"); absent when the file is. */
  files: Readonly<Record<string, unknown>>;
  /** Article texts keyed by file name under the sources folder ("article-000.txt"). */
  sourceTexts: Readonly<Record<string, string>>;
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

/** Validates the whole dataset; throws a DatasetError listing every problem, else returns the typed dataset. */
export function validateDataset(input: DatasetInput, dataDir = 'data'): Dataset {
  const { problems, view } = runGate(DATA_FILES, DATA_RULES, input.files, input.sourceTexts, dataDir);
  for (const file of WHOLE_DATA_FILES) {
    if (input.files[file.name] === undefined) continue; // the loader reports a missing file
    problems.push(...file.check(input.files[file.name], view).map((line) => `${dataDir}/${line}`));
  }
  if (problems.length > 0) throw new DatasetError(problems);
  const records = <T>(file: Parameters<typeof view.records<T>>[0]) => view.records(file).map(([, record]) => record);
  return {
    people: records(PEOPLE_FILE),
    sources: records(SOURCES_FILE),
    claims: records(CLAIMS_FILE),
    openQuestions: records(OPEN_QUESTIONS_FILE),
  };
}
