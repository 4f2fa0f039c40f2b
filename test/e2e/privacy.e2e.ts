/**
 * Privacy: over a whole session of browsing local pages, hovering names, pressing the card's buttons, opening the
 * popup and changing settings, the extension makes no network request at all. Every request is recorded (see
 * hostile/support/requests.ts); canaries prove the recorder sees requests made by the service worker, by an extension
 * page and from the content script's isolated world. Then every request must be a page loading itself from the local
 * test server, or an extension page loading its own files.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, tabIdOf, type ExtensionBrowser } from './support/browser';
import { serveStatic, type StaticServer } from './support/server';
import { waitForMarks } from './support/marks';
import { waitForSettled } from './support/settled';
import { recordRequests, type RecordedRequest, type RequestRecorder } from './hostile/support/requests';
import { HOSTILE_PAGES } from './hostile/support/session';
import { cardDialog, hoverName } from './hostile/support/card';

let browser: ExtensionBrowser;
let server: StaticServer;
let recorder: RequestRecorder;
/** Paths the test itself navigated to: the only local-server requests allowed (plus the favicon). */
const visited = new Set<string>(['/favicon.ico']);

beforeAll(async () => {
  server = await serveStatic(['test/e2e/pages', HOSTILE_PAGES], { '/csp.html': { 'content-security-policy': "default-src 'none'" } });
  browser = await launchWithExtension({ extensionDir: process.env.RUMOR_CONTEXT_EXTENSION_DIR });
  recorder = recordRequests(browser);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function visit(path: string, origin = server.origin): Promise<Page> {
  visited.add(path);
  const page = await recorder.newWatchedPage();
  await page.goto(origin + path);
  return page;
}

async function openPopup(page: Page): Promise<Page> {
  const tabId = await tabIdOf(browser, page);
  const popup = await recorder.newWatchedPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await popup.getByRole('tab').first().waitFor();
  return popup;
}

const isLocal = (url: URL) => url.origin === server.origin || url.origin === server.localhostOrigin;
const fromExtension = (request: RecordedRequest) =>
  request.from.includes(`chrome-extension://${browser.extensionId}`) || request.initiatorScripts.some((script) => script.startsWith('chrome-extension://'));

/** Why a request is not allowed, or null when it is a page loading itself or an extension page loading its files. */
function violation(request: RecordedRequest): string | null {
  const url = new URL(request.url);
  if (url.protocol === 'chrome-extension:') {
    // The test opening the popup, or the popup loading its own files; never a web page reaching into the extension.
    const ownPage = request.from.startsWith(`page chrome-extension://${browser.extensionId}/`);
    const testNavigation = request.navigation && request.from === 'page about:blank';
    return url.host === browser.extensionId && (ownPage || testNavigation) ? null : 'a web page requested an extension resource';
  }
  if (fromExtension(request)) return 'made by the extension';
  if (!isLocal(url)) return 'not to the local test server';
  if (!visited.has(url.pathname)) return 'a local path no test page asked for';
  return null;
}

describe('privacy: the extension makes no network request', () => {
  it('the recorder sees requests from the service worker, an extension page and the content script world', async () => {
    const page = await visit('/article.html');
    await waitForMarks(page, 1);
    // The content script's isolated world, found by its name, asked to fetch (as extension code would).
    const cdp = await browser.context.newCDPSession(page);
    const contexts: { id: number; name: string }[] = [];
    cdp.on('Runtime.executionContextCreated', (event) => contexts.push(event.context));
    await cdp.send('Runtime.enable');
    const contentWorld = contexts.find((context) => context.name === 'Rumor Context');
    expect(contentWorld).toBeDefined();
    await cdp.send('Runtime.evaluate', {
      contextId: contentWorld!.id,
      expression: `fetch(${JSON.stringify(`${server.origin}/canary-content-script`)}).then(() => 0, () => 0)`,
      awaitPromise: true,
    });
    await browser.worker.evaluate((url) => fetch(url).then(() => 0, () => 0), `${server.origin}/canary-worker`);
    const popup = await openPopup(page);
    await popup.evaluate((url) => fetch(url).then(() => 0, () => 0), `${server.origin}/canary-popup`);
    await expect.poll(() => recorder.requests.filter((request) => request.url.includes('/canary-')).length).toBe(3);

    const canaries = recorder.requests.filter((request) => request.url.includes('/canary-'));
    const find = (path: string) => canaries.find((request) => request.url.endsWith(path))!;
    expect(find('/canary-worker').from).toBe(`service worker chrome-extension://${browser.extensionId}/background.js`);
    expect(find('/canary-popup').from).toMatch(`page chrome-extension://${browser.extensionId}/popup.html`);
    expect(find('/canary-content-script').from).toBe(`page ${server.origin}/article.html`);
    // Each is caught by the rules below: two by who made them, the third by its path.
    for (const canary of canaries) expect(violation(canary)).not.toBeNull();
    recorder.requests.splice(0, recorder.requests.length, ...recorder.requests.filter((request) => !request.url.includes('/canary-')));
    await cdp.detach();
    await Promise.all([popup.close(), page.close()]);
  });

  it('browsing, hovering, the card, the popup and settings changes make none', async () => {
    const article = await visit('/article.html');
    await waitForMarks(article, 1);
    const dialog = await hoverName(article, 'Cara Delevingne', 1);
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const more = cardDialog(article).getByRole('button', { name: /Show \d+ more/ });
    if (await more.count()) await more.click();
    for (const summary of await cardDialog(article).locator('summary').all()) await summary.click();
    await article.keyboard.press('Escape');
    await hoverName(article, 'Paris Jackson');
    await cardDialog(article).getByRole('button', { name: 'Not this person' }).click();

    const popup = await openPopup(article);
    for (const tab of await popup.getByRole('tab').all()) {
      await tab.click();
      await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
    }
    await popup.getByRole('tab', { name: 'Settings' }).click();
    await popup.getByRole('radio', { name: /highlight/i }).first().check();
    await popup.getByRole('radio', { name: /underline/i }).first().check();
    await popup.getByRole('tab').first().click();
    const siteSwitch = popup.getByRole('switch').or(popup.getByRole('button', { pressed: true })).first();
    await siteSwitch.click();
    await article.reload();
    await waitForSettled(article);
    await popup.close();
    const popupAgain = await openPopup(article);
    await popupAgain.getByRole('switch').or(popupAgain.getByRole('button', { pressed: false })).first().click();
    await waitForMarks(article, 1);

    const dynamic = await visit('/dynamic.html');
    await waitForMarks(dynamic, 0);
    await dynamic.evaluate(() => (window as unknown as { addItem(text: string): void }).addItem('Paris Jackson arrived.'));
    await waitForMarks(dynamic, 1);
    const strict = await visit('/csp.html');
    await waitForMarks(strict, 2);
    await hoverName(strict, 'Paris Jackson');
    const other = await visit('/article.html', server.localhostOrigin);
    await waitForMarks(other, 1);
    const nothing = await visit('/nothing.html');
    await waitForSettled(nothing);

    await Promise.all([popupAgain, article, dynamic, strict, other, nothing].map((page) => page.close()));
    const problems = recorder.requests.map((request) => ({ ...request, problem: violation(request) })).filter((request) => request.problem !== null);
    console.info(`privacy: ${recorder.requests.length} requests recorded, ${problems.length} not allowed`);
    expect(recorder.requests.length).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });
});
