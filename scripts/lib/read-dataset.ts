/** Node-only: reads a data folder from disk and validates it (the extension itself ships the bundled JSON). */
import { readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { DATA_FILES, WHOLE_DATA_FILES } from '../../utils/dataset/gate/registry';
import { DatasetError, validateDataset } from '../../utils/dataset/validate';
import type { Dataset } from '../../utils/dataset/types';

// Messages name files the way a reader in the project root would type them.
function displayPath(dataDir: string): string {
  const fromCwd = relative(process.cwd(), dataDir);
  return fromCwd === '' ? '.' : fromCwd.startsWith('..') || isAbsolute(fromCwd) ? dataDir : fromCwd;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/** Reads every data file the gate registers and sources/*.txt from `dataDir`, then validates them all. */
export function loadDatasetFromDir(dataDir: string): Dataset {
  const shownDir = displayPath(dataDir);
  const problems: string[] = [];
  const files: Record<string, unknown> = {};
  const required = WHOLE_DATA_FILES.map(({ name }) => ({ name, optional: false }));
  for (const { name, optional } of [...DATA_FILES, ...required]) {
    let text: string;
    try {
      text = readFileSync(join(dataDir, name), 'utf8');
    } catch (error) {
      if (!(optional && isMissing(error))) problems.push(`${shownDir}/${name}: cannot read: ${errorText(error)}`);
      continue;
    }
    try {
      files[name] = JSON.parse(text);
    } catch (error) {
      problems.push(`${shownDir}/${name}: invalid JSON: ${errorText(error)}`);
    }
  }

  const sourceTexts: Record<string, string> = {};
  const textsDir = join(dataDir, 'sources');
  try {
    for (const file of readdirSync(textsDir)) {
      if (file.endsWith('.txt')) sourceTexts[file] = readFileSync(join(textsDir, file), 'utf8');
    }
  } catch (error) {
    problems.push(`${shownDir}/sources: cannot read the article texts: ${errorText(error)}`);
  }

  // Cross-file checks mean little while a file is missing or unparsable.
  if (problems.length > 0) throw new DatasetError(problems);
  return validateDataset({ files, sourceTexts }, shownDir);
}
