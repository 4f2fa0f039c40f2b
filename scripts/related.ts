/**
 * `npm run --silent related -- FILE...`: for each text file (one passage), one JSON line in order,
 * `{"file": "...", "claims": [{"id": "...", "score": 0.0, "matched": ["..."]}]}`, best first, holding only the claims
 * the card shows as being about that passage. The same matcher and data as the extension (utils/claim-match).
 * A missing, empty or binary file stops the run with a one-line error (exit 1); no arguments prints the usage (exit 2).
 */
import { readFileSync } from 'node:fs';
import { matchClaims } from '@/utils/claim-match';
import { bundledClaimIndex } from '@/utils/claim-match/bundled';

const USAGE = 'usage: npm run --silent related -- FILE...   (each FILE is one passage of text; prints one JSON line per file)';

/** The passage in `file`, or the reason it cannot be read as one. */
function readPassage(file: string): { text: string } | { error: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { error: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code ?? 'unknown error'})` };
  }
  // A NUL byte or text that is not UTF-8 means a binary file: matching it would print nonsense, not an answer.
  if (bytes.includes(0)) return { error: 'binary file (contains NUL bytes)' };
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.includes('\uFFFD') && !bytes.includes(Buffer.from('\uFFFD'))) return { error: 'binary file (not UTF-8 text)' };
  if (text.trim() === '') return { error: 'empty file' };
  return { text };
}

function main(files: readonly string[]): number {
  if (files.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const index = bundledClaimIndex();
  for (const file of files) {
    const passage = readPassage(file);
    if ('error' in passage) {
      process.stderr.write(`related: ${file}: ${passage.error}\n`);
      return 1;
    }
    process.stdout.write(`${JSON.stringify({ file, claims: matchClaims(index, passage.text) })}\n`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
