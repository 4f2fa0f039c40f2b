/**
 * Builds test/preview/matcher.html with Vite and screenshots the card's passage section and the popup's page rumors in
 * Chromium, light and dark, narrow (360px) and wide, into /tmp/preview-shots/matcher/. Run: npx tsx scripts/preview-matcher.ts
 */
import { createServer } from 'node:http';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { chromium } from 'playwright-core';
import { build } from 'vite';

const projectRoot = resolve(import.meta.dirname, '..');
const previewRoot = join(projectRoot, 'test/preview');
const shotsDir = '/tmp/preview-shots/matcher';
const MIME: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

async function main(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'rc-matcher-preview-'));
  await rm(shotsDir, { recursive: true, force: true });
  await mkdir(shotsDir, { recursive: true });
  await build({
    root: previewRoot,
    configFile: false,
    logLevel: 'warn',
    plugins: [preact()],
    resolve: { alias: { '@': projectRoot } },
    build: { outDir: work, emptyOutDir: true, rollupOptions: { input: { matcher: join(previewRoot, 'matcher.html') } } },
  });
  const server = createServer(async (req, res) => {
    const path = join(work, new URL(req.url ?? '/', 'http://x').pathname);
    try {
      const body = await readFile(path);
      res.writeHead(200, { 'content-type': MIME[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const scenes = ['view=passage&p=kiss', 'view=passage&p=enquirer', 'view=passage&p=couple', 'view=passage&p=split', 'view=rumors', 'view=rumors-none'];
  try {
    const page = await browser.newPage();
    for (const [size, width] of [['narrow', 360], ['wide', 1024]] as const) {
      await page.setViewportSize({ width, height: 700 });
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        for (const scene of scenes) {
          await page.goto(`${origin}/matcher.html?${scene}`);
          await page.waitForTimeout(100);
          const name = scene.replace('view=', '').replace('&p=', '-');
          await page.screenshot({ path: join(shotsDir, `${name}-${size}-${scheme}.png`), fullPage: true });
        }
      }
    }
    console.log(`screenshots in ${shotsDir}`);
  } finally {
    await browser.close();
    server.close();
    await rm(work, { recursive: true, force: true });
  }
}

await main();
