/**
 * Candidate mark looks side by side, on a light and a dark page, as a screenshot (issue 13: a look without a
 * text-decoration, whose every change costs a big page a whole-document ink-overflow pass). Each row paints the same
 * two names with one candidate's ::highlight rule.  `npx tsx scripts/highlight-looks.ts [OUT.png]`
 */
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const out = process.argv[2] ?? 'highlight-looks.png';
const sheet = readFileSync(resolve(import.meta.dirname, '../lib/content/highlights.css'), 'utf8');
const CANDIDATES: [string, string][] = [
  ['shipped underline', 'text-decoration: underline dotted 2px rgb(124 58 237 / 0.85); text-underline-offset: 3px'],
  ['violet tint 0.16', 'background-color: rgb(124 58 237 / 0.16)'],
  ['lighter violet tint 0.24', 'background-color: rgb(139 92 246 / 0.24)'],
  ['violet mixed with the text colour', 'background-color: color-mix(in srgb, rgb(139 92 246) 18%, transparent); background-color: color-mix(in srgb, color-mix(in srgb, rgb(139 92 246) 60%, currentColor) 22%, transparent)'],
  ['the sheet: tint', '@tint'],
  ['the sheet: hover over tint', '@active'],
];
const row = (label: string, index: number) =>
  `<p><small>${label}</small><br>Friends say <span id="a${index}">Paris Jackson</span> spoke to <span id="b${index}">Cara Delevingne</span> after the show, and the rest of the sentence runs on.</p>`;
const rules = CANDIDATES.map(([, css], i) =>
  css.startsWith('@') ? '' : `:root::highlight(look-${i}) { ${css} }`,
).join('\n');
const html = (dark: boolean) => `<!doctype html><html><head><style>${sheet}\n${rules}
  body { font: 17px/1.6 Georgia, serif; margin: 24px; width: 560px; ${dark ? 'background:#16161d;color:#e6e6ea' : 'background:#fff;color:#1f2328'} }
  small { font: 12px system-ui, sans-serif; opacity: .7 }</style></head>
  <body>${CANDIDATES.map(([label], i) => row(label, i)).join('')}</body></html>`;

const PAINT = `(candidates) => candidates.forEach(([, css], i) => {
  const name = css.startsWith('@') ? 'rumor-context-' + (css === '@tint' ? 'mark-tint' : css.slice(1)) : 'look-' + i;
  const ranges = ['a', 'b'].map((id) => { const r = document.createRange(); r.selectNodeContents(document.getElementById(id + i)); return r; });
  const highlight = CSS.highlights.get(name) ?? new Highlight();
  ranges.forEach((r) => highlight.add(r));
  CSS.highlights.set(name, highlight);
})`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1240, height: 700 }, deviceScaleFactor: 2 });
await page.setContent(`<!doctype html><html><body style="margin:0;display:flex">
  <iframe id="light" style="border:0;width:620px;height:700px"></iframe><iframe id="dark" style="border:0;width:620px;height:700px"></iframe></body></html>`);
for (const dark of [false, true]) {
  const frame = page.frames().find((f) => f.name() === '' && f !== page.mainFrame() && f.url() === 'about:blank' && !f.isDetached());
  const element = await page.$(dark ? '#dark' : '#light');
  const target = (await element?.contentFrame()) ?? frame;
  await target?.setContent(html(dark));
  await target?.evaluate(`(${PAINT})(${JSON.stringify(CANDIDATES)})`);
}
await page.screenshot({ path: out });
await browser.close();
console.log(`wrote ${out}`);
