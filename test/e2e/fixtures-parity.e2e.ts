/**
 * The content script in Chromium and the `mentions` command in happy-dom run the same detector: on every saved
 * fixture page they must find the same mentions, in the same order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { serveStatic, type StaticServer } from './support/server';
import { markTexts, waitForMarks } from './support/marks';
import { waitForSettled } from './support/settled';
import { mentionsInHtml } from '../../scripts/mentions';

const FIXTURES = 'test/fixtures/pages';
const pages = readdirSync(FIXTURES).filter((name) => name.endsWith('.html'));

let browser: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic([FIXTURES]);
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the extension in Chromium marks what the mentions command finds', () => {
  it.each(pages)('%s', async (name) => {
    const expected = (await mentionsInHtml(readFileSync(`${FIXTURES}/${name}`, 'utf8'))).map((mention) => mention.text);
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/${name}`);
    await waitForMarks(page, expected.length);
    await waitForSettled(page); // a later batch could only add marks that should not be there
    expect(await markTexts(page)).toEqual(expected);
    await page.close();
  });
});
