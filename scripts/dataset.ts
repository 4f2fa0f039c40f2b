/**
 * `npm run --silent dataset [-- --data DIR] [--check]`: validates the dataset and prints it as JSON on stdout
 * (with --check, prints nothing: the build's gate).
 * On invalid data every problem goes to stderr, one per line, and the exit code is 1.
 */
import { resolve } from 'node:path';
import { loadDatasetFromDir } from './lib/read-dataset';

function dataDirFromArgs(args: readonly string[]): string {
  const flag = args.indexOf('--data');
  if (flag === -1) return resolve('data');
  const dir = args[flag + 1];
  if (dir === undefined || dir.startsWith('--')) throw new Error('--data needs a folder: --data DIR');
  return resolve(dir);
}

try {
  const args = process.argv.slice(2);
  const { people, sources, claims, openQuestions } = loadDatasetFromDir(dataDirFromArgs(args));
  if (!args.includes('--check')) process.stdout.write(`${JSON.stringify({ people, sources, claims, openQuestions }, null, 2)}\n`);
} catch (error) {
  // Messages are written for people; a stack trace would only bury them.
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
