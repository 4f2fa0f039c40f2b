import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'pages');

/** Runs the command as the lead would (tsx on the script), collecting exit code and output. */
function run(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [join(ROOT, 'scripts', 'mentions.ts'), ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function bodyTextContent(html: string): string {
  const window = new Window();
  const text = new window.DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
  void window.happyDOM.close();
  return text;
}

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mentions-cli-'));
});

describe('npm run mentions -- PAGE.html', () => {
  it('prints the mentions of a saved page as JSON, in page order, with offsets into body.textContent', async () => {
    const page = join(FIXTURES, 'markup-tricks.html');
    const { code, stdout, stderr } = await run(page);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const mentions = JSON.parse(stdout) as { person: string; start: number; end: number; text: string }[];
    expect(mentions.length).toBeGreaterThan(5);
    const textContent = bodyTextContent(readFileSync(page, 'utf8'));
    let previous = -1;
    for (const mention of mentions) {
      expect(Object.keys(mention).sort()).toEqual(['end', 'person', 'start', 'text']);
      expect(['paris-jackson', 'cara-delevingne']).toContain(mention.person);
      expect(textContent.slice(mention.start, mention.end)).toBe(mention.text);
      expect(mention.start).toBeGreaterThan(previous);
      previous = mention.start;
    }
    // Offsets count the text of <style> and skipped elements too, and soft hyphens stay in the reported text.
    expect(mentions[0].text).toBe('Paris\u00a0Jackson');
    expect(mentions.map((mention) => mention.text)).toContain('Dele\u00advingne');
  }, 60_000);

  it('prints [] for a page with no mentions', async () => {
    const { code, stdout } = await run(join(FIXTURES, 'nothing-paris-hilton.html'));
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([]);
  }, 60_000);

  it('reports a missing, empty, binary or non-HTML file in one line, without a stack trace', async () => {
    const empty = join(dir, 'empty.html');
    writeFileSync(empty, '');
    const blank = join(dir, 'blank.html');
    writeFileSync(blank, '  \n\n ');
    const binary = join(dir, 'image.html');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    const plain = join(dir, 'notes.html');
    writeFileSync(plain, 'Paris Jackson and Cara Delevingne, in plain text.');
    const cases: [string, RegExp][] = [
      [join(dir, 'missing.html'), /no such file/],
      [empty, /is empty/],
      [blank, /is empty/],
      [binary, /binary/],
      [plain, /does not look like HTML/],
      [dir, /is a directory/],
    ];
    const results = await Promise.all(cases.map(([file]) => run(file)));
    for (const [index, [file, message]] of cases.entries()) {
      const { code, stdout, stderr } = results[index];
      expect({ file, code }).toEqual({ file, code: 1 });
      expect(stdout).toBe('');
      expect(stderr).toMatch(message);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).not.toMatch(/\bat .*\(|node:internal/);
    }
  }, 120_000);

  it('parses pages happy-dom chokes on (a stray <body> inside a table), as a browser would', async () => {
    const page = join(dir, 'stray-body.html');
    writeFileSync(page, '<table><tr><td>Cara Delevingne</td></tr><body class="late"><p>Delevingne smiled.</p>');
    const { code, stdout } = await run(page);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { text: string }[]).map((mention) => mention.text)).toEqual(['Cara Delevingne', 'Delevingne']);
  }, 60_000);

  it('explains its usage without a file', async () => {
    const { code, stderr } = await run();
    expect(code).toBe(2);
    expect(stderr).toMatch(/^usage: npm run --silent mentions -- \[--explain\] PAGE\.html/);
    expect((await run('--explain')).code).toBe(2);
  }, 60_000);

  it('--explain prints every candidate with why it is marked or not, marked ones exactly the plain output', async () => {
    const page = join(dir, 'explain.html');
    const html =
      '<html lang="en"><body><h1>Paris Jackson in Paris</h1><p>Michael Jackson was her father. Jackson sang.</p>' +
      '<p lang="es">Una cara bonita, Cara.</p><p>Ms. Jackson smiled.</p></body></html>';
    writeFileSync(page, html);
    const explained = await run('--explain', page);
    expect(explained.code).toBe(0);
    const items = JSON.parse(explained.stdout) as { text: string; kept: boolean; reason: string; start: number; end: number }[];
    expect(items.map((item) => `${item.text}:${item.kept ? 'kept' : 'dropped'}:${item.reason}`)).toEqual([
      'Paris Jackson:kept:full-name',
      'Paris:dropped:place-preposition',
      'Michael Jackson:dropped:namesake',
      'Jackson:dropped:rival-nearer',
      // Spanish (the paragraph's lang): an ordinary word; and nobody named Cara in full on the page.
      'cara:dropped:language-word',
      'Cara:dropped:not-established',
      // "Ms." before the surname: her, though Michael Jackson is nearer (not in the same sentence).
      'Jackson:kept:honorific',
    ]);
    const text = bodyTextContent(html);
    for (const item of items) expect(text.slice(item.start, item.end)).toBe(item.text);
    const plain = JSON.parse((await run(page)).stdout) as { start: number }[];
    expect(plain.map((mention) => mention.start)).toEqual(items.filter((item) => item.kept).map((item) => item.start));
  }, 60_000);
});
