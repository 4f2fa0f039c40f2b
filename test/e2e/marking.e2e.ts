import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { serveStatic, type StaticServer } from './support/server';
import { markTexts, waitForMarks } from './support/marks';

let browser: ExtensionBrowser;
let server: StaticServer;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await serveStatic(['test/e2e/pages']);
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('marking names on live pages', () => {
  it('marks full names, markup-split names and short forms, and nothing else', async () => {
    await page.goto(`${server.origin}/article.html`);
    const marks = await waitForMarks(page, 1);
    expect(marks).toEqual([
      'Paris Jackson', // h1
      'Cara Delevingne',
      'Paris Jackson', // <b>Paris</b> Jackson
      'Cara Delevingne',
      "Jackson's",
      'Delevingne',
      'Cara',
      'Paris Jackson', // inside a link
      'Cara Delevingne', // far down the page
    ]);
    // "in Paris", "Paris Hilton", "Michael Jackson's" and the input's value stay unmarked (checked by the exact list).
  });

  it('marks nothing on a page about the city, other Jacksons and the Italian word', async () => {
    await page.goto(`${server.origin}/nothing.html`);
    expect(await waitForMarks(page, 0)).toEqual([]);
  });

  it('leaves the page DOM and its text exactly as they were', async () => {
    await page.goto(`${server.origin}/article.html`);
    await waitForMarks(page, 1);
    const served = await (await fetch(`${server.origin}/article.html`)).text();
    const { bodyHtml, fresh } = await page.evaluate((html) => {
      const parsed = new DOMParser().parseFromString(html, 'text/html');
      return { bodyHtml: document.body.innerHTML, fresh: parsed.body.innerHTML };
    }, served);
    expect(bodyHtml).toBe(fresh);
  });

  it('marks names that scripts add later, and text replaced in place', async () => {
    await page.goto(`${server.origin}/dynamic.html`);
    expect(await waitForMarks(page, 0)).toEqual([]);
    await page.evaluate(() => (window as unknown as { addItem(text: string): void }).addItem('Cara Delevingne arrived in Venice.'));
    expect(await waitForMarks(page, 1)).toEqual(['Cara Delevingne']);
    await page.evaluate(() => (window as unknown as { replaceFirst(text: string): void }).replaceFirst('Paris Jackson was there too.'));
    expect(await waitForMarks(page, 2)).toEqual(['Paris Jackson', 'Cara Delevingne']);
    // A full name appearing later makes earlier short forms resolvable too.
    await page.evaluate(() => (window as unknown as { addItem(text: string): void }).addItem('Later, Delevingne left.'));
    expect(await waitForMarks(page, 3)).toEqual(['Paris Jackson', 'Cara Delevingne', 'Delevingne']);
  });

  it('drops marks whose text the page removed', async () => {
    await page.goto(`${server.origin}/dynamic.html`);
    await page.evaluate(() => (window as unknown as { addItem(text: string): void }).addItem('Paris Jackson, again.'));
    await waitForMarks(page, 1);
    await page.evaluate(() => document.querySelector('#feed article')?.remove());
    await page.waitForFunction(() => CSS.highlights.get('rumor-context-mark')?.size === 0);
    expect(await markTexts(page)).toEqual([]);
  });

  it('raised no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
