/** `scripts/dataset.ts` as a child process: JSON on stdout when valid; every problem on stderr and exit 1 when not. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Runs the script; npm's own warnings about the machine's npm config are dropped from stderr. */
function runScript(...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'scripts/dataset.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  const stderr = run.stderr
    .split('\n')
    .filter((line) => !line.startsWith('npm warn'))
    .join('\n');
  return { status: run.status, stdout: run.stdout, stderr };
}

describe('npx tsx scripts/dataset.ts', () => {
  const tempDir = mkdtempSync(join(tmpdir(), 'rumor-cli-'));
  afterAll(() => rmSync(tempDir, { recursive: true, force: true }));

  it('prints the validated dataset as JSON', () => {
    const run = runScript();
    expect(run.status, run.stderr).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(Object.keys(printed)).toEqual(['people', 'sources', 'claims', 'openQuestions']);
    const claimsOnDisk = JSON.parse(readFileSync(join(root, 'data', 'claims.json'), 'utf8'));
    expect(printed.claims).toEqual(claimsOnDisk);
    expect(printed.sources.map((s: { id: string }) => s.id)).toEqual(['article-000', 'article-001', 'article-002']);
  }, 60_000);

  it('with --data on a broken copy: exit 1, every problem on stderr, no stack trace, nothing on stdout', () => {
    cpSync(join(root, 'data'), tempDir, { recursive: true });
    const claimsFile = join(tempDir, 'claims.json');
    const claims = JSON.parse(readFileSync(claimsFile, 'utf8'));
    claims[0].status = 'rumour';
    claims[1].about = ['nobody'];
    writeFileSync(claimsFile, JSON.stringify(claims));

    const run = runScript('--data', tempDir);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(new RegExp(`^${tempDir}/claims\\.json: claim "${claims[0].id}" field status: "rumour" is not a status id`)),
      `${tempDir}/claims.json: claim "${claims[1].id}" field about[0]: unknown person "nobody"`,
    ]);
    expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  }, 60_000);

  it('with --data on a copy with an uncited paragraph, a 12-character quote and a tabloid text: all three at once', () => {
    cpSync(join(root, 'data'), tempDir, { recursive: true });
    const claims = JSON.parse(readFileSync(join(tempDir, 'claims.json'), 'utf8'));
    claims[0].text = 'WOW they kissed!!';
    claims[1].evidence[0].quote = claims[1].evidence[0].quote.slice(0, 12);
    writeFileSync(join(tempDir, 'claims.json'), JSON.stringify(claims));
    const sources = JSON.parse(readFileSync(join(tempDir, 'sources.json'), 'utf8'));
    sources[0].uncitedParagraphs = [];
    writeFileSync(join(tempDir, 'sources.json'), JSON.stringify(sources));

    const run = runScript('--data', tempDir);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^${tempDir}/sources\\.json: source "article-000" field uncitedParagraphs: paragraph 1 .* is neither cited`)),
      expect.stringMatching(new RegExp(`^${tempDir}/claims\\.json: claim "${claims[0].id}" field text: not one neutral sentence: `)),
      `${tempDir}/claims.json: claim "${claims[1].id}" field evidence[0].quote: 12 characters: too short to stand alone (25 or more)`,
    ]);
  }, 60_000);

  it('with --data on a copy whose JSON does not parse: exit 1 naming the file', () => {
    writeFileSync(join(tempDir, 'sources.json'), '[');
    const run = runScript('--data', tempDir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^${tempDir}/sources\\.json: invalid JSON: `));
  }, 60_000);
});
