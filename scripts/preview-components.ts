/**
 * Builds the component previews (test/preview/*.html) with Vite, screenshots the card and the popup in Chromium,
 * light and dark, narrow and wide, into /tmp/preview-shots/, and reports the card's shipped size (gzipped).
 * Run: npx tsx scripts/preview-components.ts
 */
import { createServer, type Server } from 'node:http';
import { mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import preact from '@preact/preset-vite';
import { chromium, type Page } from 'playwright-core';
import { build } from 'vite';

const projectRoot = resolve(import.meta.dirname, '..');
const previewRoot = join(projectRoot, 'test/preview');
const shotsDir = '/tmp/preview-shots';
const schemes = ['light', 'dark'] as const;

async function buildPreview(outDir: string): Promise<void> {
  await build({
    root: previewRoot,
    configFile: false,
    logLevel: 'warn',
    plugins: [preact()],
    // The shipped dataset (utils/dataset/bundled.ts) imports with the project's '@' alias.
    resolve: { alias: { '@': projectRoot } },
    build: {
      outDir,
      emptyOutDir: true,
      rollupOptions: { input: { card: join(previewRoot, 'card.html'), popup: join(previewRoot, 'popup.html') } },
    },
  });
}

/** Bundles the card as shipped (Preact + components + CSS text, minified) and returns gzipped sizes in bytes. */
async function measureCardBundle(outDir: string): Promise<{ total: number; css: number }> {
  await build({
    configFile: false,
    logLevel: 'warn',
    plugins: [preact()],
    build: {
      outDir,
      emptyOutDir: true,
      copyPublicDir: false,
      // IIFE, like a content script; Vite leaves whitespace unminified in ES library builds.
      lib: { entry: join(previewRoot, 'card-bundle-entry.ts'), formats: ['iife'], name: 'rumorCard', fileName: 'card' },
    },
  });
  const bundle = await readFile(join(outDir, 'card.iife.js'), 'utf8');
  // The CSS ships inside the JS as one string literal (the longest one, starting with the tokens' selector).
  const cssLiteral = /`(\.rc-theme\{[^`]*)`|"(\.rc-theme\{[^"]*)"/.exec(bundle);
  const css = cssLiteral ? (cssLiteral[1] ?? cssLiteral[2]) : '';
  return { total: gzipSync(bundle).length, css: gzipSync(css).length };
}

const MIME: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

function serve(dir: string): Promise<{ server: Server; origin: string }> {
  const server = createServer(async (req, res) => {
    const path = join(dir, new URL(req.url ?? '/', 'http://x').pathname);
    try {
      const body = await readFile(path);
      res.writeHead(200, { 'content-type': MIME[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      done({ server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
    }),
  );
}

async function shootCards(page: Page, origin: string): Promise<string[]> {
  const notes: string[] = [];
  const viewports = { wide: { width: 1280, height: 800 }, narrow: { width: 360, height: 640 } };
  const scenes = [
    { name: 'paris', query: 'person=paris-jackson&anchor=name-1' },
    { name: 'cara', query: 'person=cara-delevingne&anchor=name-cara' },
    { name: 'paris-low', query: 'person=paris-jackson&anchor=name-low&at=end' },
    { name: 'paris-mid', query: 'person=paris-jackson&anchor=name-low&at=center' },
    { name: 'real-cara', query: 'person=cara-delevingne&anchor=name-cara&data=real' },
  ];
  for (const [size, viewport] of Object.entries(viewports)) {
    await page.setViewportSize(viewport);
    for (const scheme of schemes) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const scene of scenes) {
        await page.goto(`${origin}/card.html?${scene.query}`);
        await page.waitForSelector('.rc-card');
        const placement = await page.evaluate(() => document.body.dataset.placement);
        notes.push(`card-${scene.name}-${size}-${scheme}: placed ${placement}`);
        await page.screenshot({ path: join(shotsDir, `card-${scene.name}-${size}-${scheme}.png`) });
      }
      // The bottom of the card: legend open, scrolled to the end.
      await page.goto(`${origin}/card.html?person=paris-jackson&anchor=name-1&all`);
      await page.click('.rc-legend summary');
      await page.$eval('.rc-card', (card) => {
        const body = card.querySelector('.rc-card-body')!;
        body.scrollTop = body.scrollHeight;
      });
      await page.locator('.rc-card').screenshot({ path: join(shotsDir, `card-legend-${size}-${scheme}.png`) });
      // Care and what is not known (the shipped data): the content note opened, one open question unfolded.
      for (const [name, query] of [['care-hidden', '&hide=relationship'], ['care', '']]) {
        await page.goto(`${origin}/card.html?person=paris-jackson&anchor=name-1&all&data=real${query}`);
        await page.click('.rc-care-toggle');
        await page.click('.rc-open-item summary');
        await page.$eval('.rc-card .rc-care', (care) => care.scrollIntoView({ block: 'start' }));
        await page.locator('.rc-card').screenshot({ path: join(shotsDir, `card-${name}-${size}-${scheme}.png`) });
      }
      // The note as the reader first meets it (closed), and Cara's sexuality claims: her words first, labels as others'.
      await page.goto(`${origin}/card.html?person=paris-jackson&anchor=name-1&all&data=real`);
      await page.$eval('.rc-card .rc-care', (care) => care.scrollIntoView({ block: 'center' }));
      await page.locator('.rc-card').screenshot({ path: join(shotsDir, `card-care-closed-${size}-${scheme}.png`) });
      await page.goto(`${origin}/card.html?person=cara-delevingne&anchor=name-cara&all&data=real`);
      await page.$eval('[data-claim-id="cara-sexuality-label"]', (claim) => claim.scrollIntoView({ block: 'start' }));
      await page.locator('.rc-card').screenshot({ path: join(shotsDir, `card-sexuality-${size}-${scheme}.png`) });
      await page.goto(`${origin}/card.html?person=paris-jackson&anchor=name-1&all&data=real`);
      await page.click('.rc-open-item summary');
      await page.$eval('.rc-card .rc-open', (open) => open.scrollIntoView({ block: 'start' }));
      await page.locator('.rc-card').screenshot({ path: join(shotsDir, `card-open-questions-${size}-${scheme}.png`) });
    }
  }
  return notes;
}

async function shootPopup(page: Page, origin: string): Promise<void> {
  await page.setViewportSize({ width: 380, height: 600 });
  const scenes: Array<{ name: string; query: string; act?: (page: Page) => Promise<void> }> = [
    { name: 'page-active', query: 'status=active' },
    { name: 'page-none', query: 'status=none' },
    { name: 'page-site-off', query: 'status=site-off' },
    { name: 'page-not-loaded', query: 'status=not-loaded' },
    { name: 'page-browser', query: 'status=browser-page' },
    { name: 'facts-claims', query: 'tab=facts', act: (p) => p.click('.rc-sources summary') },
    { name: 'facts-filtered', query: 'tab=facts', act: (p) => p.click('.rc-chip--single-source') },
    { name: 'facts-timeline', query: 'tab=facts', act: (p) => p.click('[role=tab]:has-text("Timeline")') },
    { name: 'facts-sources', query: 'tab=facts', act: (p) => p.click('[role=tab]:has-text("Sources")') },
    { name: 'settings', query: 'tab=settings' },
    { name: 'real-facts', query: 'tab=facts&data=real' },
    {
      name: 'real-facts-care',
      query: 'tab=facts&data=real',
      act: (p) => p.click('.rc-care-toggle').then(() => p.$eval('.rc-care', (care) => care.scrollIntoView({ block: 'start' }))),
    },
    {
      name: 'real-facts-overtaken',
      query: 'tab=facts&data=real',
      act: (p) => p.$eval('.rc-overtaken', (note) => note.scrollIntoView({ block: 'center' })),
    },
    { name: 'real-sources', query: 'tab=facts&data=real', act: (p) => p.click('[role=tab]:has-text("Sources")') },
    {
      name: 'settings-quiet',
      query: 'tab=settings',
      act: (p) => p.click('text=Quiet').then(() => p.$eval('.rc-check--top', (quiet) => quiet.scrollIntoView({ block: 'center' }))),
    },
    {
      name: 'settings-end',
      query: 'tab=settings',
      act: (p) => p.$eval('.rc-maintabs > .rc-tabpanel', (panel) => panel.scrollTo(0, panel.scrollHeight)),
    },
    // Keyboard: Tab to the selected tab, then an arrow key, to see the focus ring move with the selection.
    { name: 'keyboard', query: 'status=active', act: (p) => p.keyboard.press('Tab').then(() => p.keyboard.press('Tab')).then(() => p.keyboard.press('ArrowRight')) },
  ];
  for (const scheme of schemes) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const scene of scenes) {
      await page.goto(`${origin}/popup.html?${scene.query}`);
      await page.waitForSelector('.rc-popup');
      await scene.act?.(page);
      await page.locator('.rc-popup').screenshot({ path: join(shotsDir, `popup-${scene.name}-${scheme}.png`) });
    }
  }
}

async function main(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'rc-preview-'));
  await rm(shotsDir, { recursive: true, force: true });
  await mkdir(shotsDir, { recursive: true });
  await buildPreview(join(work, 'site'));
  const sizes = await measureCardBundle(join(work, 'card-bundle'));
  const { server, origin } = await serve(join(work, 'site'));
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    const notes = await shootCards(page, origin);
    await shootPopup(page, origin);
    console.log(notes.join('\n'));
    console.log(`card bundle (Preact + card + placeCard + CSS), gzipped: ${sizes.total} B, of which CSS alone ${sizes.css} B`);
    console.log(`screenshots: ${(await readdir(shotsDir)).length} files in ${shotsDir}`);
  } finally {
    await browser.close();
    server.close();
    await rm(work, { recursive: true, force: true });
  }
}

await main();
