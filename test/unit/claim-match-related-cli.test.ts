import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { matchClaims } from '@/utils/claim-match';
import { bundledClaimIndex } from '@/utils/claim-match/bundled';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

/** Runs the command as `npm run related` does (tsx on the script), collecting exit code and output. */
function run(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [join(ROOT, 'scripts', 'related.ts'), ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let dir = '';
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'related-cli-'));
});

describe('npm run related -- FILE...', () => {
  it('prints one JSON line per file, in order, with what the matcher returns', async () => {
    const kiss = file('kiss.txt', 'Paris Jackson and Cara Delevingne were photographed kissing in Los Angeles.');
    const none = file('none.txt', 'Cara Delevingne wore green to the premiere.');
    const { code, stdout, stderr } = await run(kiss, none);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { file: string; claims: Array<{ id: string }> });
    expect(lines.map((line) => line.file)).toEqual([kiss, none]);
    expect(lines[0].claims[0].id).toBe('kiss-photographed');
    expect(lines[0]).toEqual({ file: kiss, claims: matchClaims(bundledClaimIndex(), 'Paris Jackson and Cara Delevingne were photographed kissing in Los Angeles.') });
    expect(lines[1].claims).toEqual([]);
  }, 20_000);

  it.each([
    ['a missing file', () => join(dir, 'missing.txt'), 'no such file'],
    ['an empty file', () => file('empty.txt', '  \n'), 'empty file'],
    ['a binary file', () => file('binary.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2])), 'binary file'],
  ])('stops on %s with a one-line error and exit 1', async (_name, path, reason) => {
    const { code, stderr } = await run(path());
    expect(code).toBe(1);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toContain(reason);
  }, 20_000);

  it('prints the usage and exits 2 without arguments', async () => {
    const { code, stdout, stderr } = await run();
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toMatch(/^usage: npm run --silent related -- FILE/);
  }, 20_000);
});
