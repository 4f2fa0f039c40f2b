/**
 * `npm run demo`: builds the extension, serves demo/news.html on localhost, opens it in Chromium with the extension,
 * hovers a name, opens the popup, and writes screenshots (light and dark) to demo-output/. With a display (DISPLAY set)
 * it then leaves the browser open for you to try; press Ctrl+C to quit.
 */
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, openPopupFor } from '../test/e2e/support/browser';
import { serveStatic } from '../test/e2e/support/server';
import { markCenter, waitForMarks } from '../test/e2e/support/marks';

const OUTPUT_DIR = resolve('demo-output');
const withDisplay = Boolean(process.env.DISPLAY) && process.env.CI !== 'true';

execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
await mkdir(OUTPUT_DIR, { recursive: true });
const server = await serveStatic(['demo']);
const browser = await launchWithExtension({ headless: !withDisplay });

async function shoot(page: Page, name: string): Promise<void> {
  const path = `${OUTPUT_DIR}/${name}.png`;
  await page.screenshot({ path });
  console.log(`  ${path}`);
}

console.log(`Screenshots in ${OUTPUT_DIR}:`);
const page = await browser.context.newPage();
for (const colorScheme of ['light', 'dark'] as const) {
  await page.emulateMedia({ colorScheme });
  await page.goto(`${server.origin}/news.html`);
  await waitForMarks(page, 1);
  await shoot(page, `page-${colorScheme}`);
  // "Jackson's godfather", in the paragraph about the kiss: the card leads with what that passage says.
  const name = await markCenter(page, 'Jackson', 0);
  await page.mouse.move(name.x, name.y, { steps: 5 });
  await page.getByRole('dialog').waitFor();
  await page.waitForTimeout(150);
  await shoot(page, `card-${colorScheme}`);
  await page.keyboard.press('Escape');
  const popup = await openPopupFor(browser, page);
  await popup.emulateMedia({ colorScheme });
  await popup.getByText(/mentions?$/).first().waitFor();
  await popup.getByText(/^This page repeats/).waitFor();
  await shoot(popup, `popup-${colorScheme}`);
  await popup.getByRole('tab', { name: 'Facts' }).click();
  await shoot(popup, `popup-facts-${colorScheme}`);
  await popup.close();
}

if (withDisplay) {
  console.log(`The demo page is open at ${server.origin}/news.html: hover a name. Ctrl+C to quit.`);
  await page.bringToFront();
  await new Promise((done) => browser.context.on('close', done));
} else {
  await browser.close();
}
await server.close();
