/** Renders assets/icon.svg to the PNG sizes browsers ask for. Run after editing the SVG: `npx tsx scripts/make-icons.ts`. */
import { chromium } from 'playwright-core';
import { readFile, writeFile } from 'node:fs/promises';

const SIZES = [16, 32, 48, 128];
const svg = await readFile('assets/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
for (const size of SIZES) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}`);
  await writeFile(`public/icon/${size}.png`, await page.screenshot({ omitBackground: true }));
  await page.close();
}
await browser.close();
