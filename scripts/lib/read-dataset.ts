/** Node-only: reads a data folder from disk and validates it (the extension itself ships the bundled JSON). */
import { readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { DatasetError, validateDataset } from '../../utils/dataset/validate';
import type { Dataset } from '../../utils/dataset/types';

const JSON_FILES = ['people', 'sources', 'claims'] as const;

// Messages name files the way a reader in the project root would type them.
function displayPath(dataDir: string): string {
  const fromCwd = relative(process.cwd(), dataDir);
  return fromCwd === '' ? '.' : fromCwd.startsWith('..') || isAbsolute(fromCwd) ? dataDir : fromCwd;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Reads people.json, sources.json, claims.json and sources/*.txt from `dataDir`, then validates them all. */
export function loadDatasetFromDir(dataDir: string): Dataset {
  const shownDir = displayPath(dataDir);
  const problems: string[] = [];
  const parsed: Partial<Record<(typeof JSON_FILES)[number], unknown>> = {};
  for (const name of JSON_FILES) {
    const file = join(dataDir, `${name}.json`);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      problems.push(`${shownDir}/${name}.json: cannot read: ${errorText(error)}`);
      continue;
    }
    try {
      parsed[name] = JSON.parse(text);
    } catch (error) {
      problems.push(`${shownDir}/${name}.json: invalid JSON: ${errorText(error)}`);
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
  return validateDataset(
    { people: parsed.people, sources: parsed.sources, claims: parsed.claims, sourceTexts },
    shownDir,
  );
}
