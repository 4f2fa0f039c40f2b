/**
 * A dataset that fails validation never ships: `wxt build` run on a copy of data/ with one broken claim must fail,
 * naming the file, the claim and the reason, and write no extension. The same build on an intact copy succeeds,
 * so the failure is the dataset's. Builds use their own mode (`-m rejectcheck`, output .output/chrome-mv3-rejectcheck)
 * so the shipped build in .output/chrome-mv3 is never touched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Claim } from '../../utils/dataset/types';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MODE = 'rejectcheck';
const OUT_DIR = join(ROOT, '.output', `chrome-mv3-${MODE}`);
const BROKEN_QUOTE = 'This sentence appears in no article at all.';

let workDir: string;

function build(dataDir: string): { status: number | null; output: string } {
  const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'wxt'), ['build', '-m', MODE], {
    cwd: ROOT,
    env: { ...process.env, RUMOR_CONTEXT_DATA_DIR: dataDir, NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** A copy of data/ in `name` under the work dir, with `change` applied to its claims. */
function copyData(name: string, change: (claims: Claim[]) => void = () => undefined): string {
  const dir = join(workDir, name);
  cpSync(join(ROOT, 'data'), dir, { recursive: true });
  const file = join(dir, 'claims.json');
  const claims = JSON.parse(readFileSync(file, 'utf8')) as Claim[];
  change(claims);
  writeFileSync(file, JSON.stringify(claims, null, 2));
  return dir;
}

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'rumor-context-data-'));
  rmSync(OUT_DIR, { recursive: true, force: true });
});

afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
  rmSync(OUT_DIR, { recursive: true, force: true });
});

describe('the build and the dataset', () => {
  it('builds from an intact copy of the data (the control)', () => {
    const result = build(copyData('intact'));
    expect(result.status, result.output).toBe(0);
    expect(existsSync(join(OUT_DIR, 'manifest.json'))).toBe(true);
    rmSync(OUT_DIR, { recursive: true, force: true });
  }, 120_000);

  it('fails on one claim whose quote is not in its article, naming the file, the claim and the reason, and ships nothing', () => {
    let claimId = '';
    const dataDir = copyData('broken', (claims) => {
      claimId = claims[1].id;
      claims[1].evidence[0].quote = BROKEN_QUOTE;
    });
    const result = build(dataDir);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(join(dataDir, 'claims.json'));
    expect(result.output).toContain(`"${claimId}"`);
    expect(result.output).toMatch(/evidence\[0\]\.quote: not found/);
    expect(existsSync(OUT_DIR)).toBe(false);
  }, 120_000);

  it('fails on a claim with a status outside the vocabulary', () => {
    let claimId = '';
    const dataDir = copyData('bad-status', (claims) => {
      claimId = claims[0].id;
      (claims[0] as { status: string }).status = 'confirmed-by-vibes';
    });
    const result = build(dataDir);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`"${claimId}"`);
    expect(result.output).toContain('confirmed-by-vibes');
    expect(existsSync(OUT_DIR)).toBe(false);
  }, 120_000);

  it('fails on a claim text in tabloid tone, a rule only the tests used to check', () => {
    let claimId = '';
    const dataDir = copyData('tabloid-text', (claims) => {
      claimId = claims[2].id;
      claims[2].text = 'WOW they kissed!!';
    });
    const result = build(dataDir);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`claim "${claimId}" field text: not one neutral sentence`);
    expect(existsSync(OUT_DIR)).toBe(false);
  }, 120_000);
});
