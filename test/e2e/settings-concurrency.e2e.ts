/**
 * Settings under pressure, in the real browser: two extension pages and two content scripts send `patch-settings`
 * at the same moment, many times, and no update is lost; stored settings corrupted by hand never stop the
 * extension, and the sites' valid choices survive.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { serveStatic, type StaticServer } from './support/server';
import { markTexts, waitForMarks } from './support/marks';
import { waitForSettled } from './support/settled';

// The extension API inside evaluate callbacks that run in extension contexts.
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> }; storage: { local: { get(key: string | null): Promise<Record<string, unknown>>; set(items: object): Promise<void>; clear(): Promise<void> } } };

const ROUNDS = 50;

let browser: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(['test/e2e/pages']);
  browser = await launchWithExtension({ extensionDir: process.env.RUMOR_CONTEXT_EXTENSION_DIR });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const storedSettings = () => browser.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings as { global: Record<string, unknown>; sites: Record<string, unknown> });
const resetStorage = () => browser.worker.evaluate(() => chrome.storage.local.clear());

async function extensionPage(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  return page;
}

/** Sends `rounds` site patches for `<prefix><i>.example` from an extension page, all at once. */
function patchFromExtensionPage(page: Page, prefix: string, patch: Record<string, unknown>): Promise<unknown> {
  return page.evaluate(
    ({ prefix, patch, rounds }) =>
      Promise.all(
        Array.from({ length: rounds }, (_, i) =>
          chrome.runtime.sendMessage({ type: 'patch-settings', change: { scope: 'site', hostname: `${prefix}${i}.example`, patch } }),
        ),
      ),
    { prefix, patch, rounds: ROUNDS },
  );
}

/** The same, from a tab's content script (its isolated world, found by name through CDP). */
async function patchFromContentScript(page: Page, prefix: string, patch: Record<string, unknown>): Promise<void> {
  const cdp = await browser.context.newCDPSession(page);
  const contexts: { id: number; name: string }[] = [];
  cdp.on('Runtime.executionContextCreated', (event) => contexts.push(event.context));
  await cdp.send('Runtime.enable');
  const world = contexts.find((context) => context.name === 'Rumor Context');
  if (!world) throw new Error('no content script world');
  const expression = `Promise.all(Array.from({ length: ${ROUNDS} }, (_, i) => chrome.runtime.sendMessage({ type: 'patch-settings',
    change: { scope: 'site', hostname: '${prefix}' + i + '.example', patch: ${JSON.stringify(patch)} } }))).then(() => 'sent')`;
  const result = await cdp.send('Runtime.evaluate', { contextId: world.id, expression, awaitPromise: true, returnByValue: true });
  if (result.exceptionDetails) throw new Error(result.exceptionDetails.exception?.description ?? 'evaluate failed');
  await cdp.detach();
}

function expectSites(sites: Record<string, unknown>, prefix: string, patch: Record<string, unknown>): void {
  for (let i = 0; i < ROUNDS; i++) expect(sites[`${prefix}${i}.example`], `${prefix}${i}.example`).toEqual(patch);
}

describe('concurrent settings changes', () => {
  it('two extension pages patching different settings 50 times each at the same moment lose nothing', async () => {
    await resetStorage();
    const [first, second] = await Promise.all([extensionPage(), extensionPage()]);
    await Promise.all([
      patchFromExtensionPage(first, 'first', { enabled: false }),
      patchFromExtensionPage(second, 'second', { markStyle: 'highlight' }),
      patchFromExtensionPage(first, 'both', { enabled: false }),
      patchFromExtensionPage(second, 'both', { markStyle: 'none' }),
    ]);
    const { sites } = await storedSettings();
    expect(Object.keys(sites)).toHaveLength(3 * ROUNDS);
    expectSites(sites, 'first', { enabled: false });
    expectSites(sites, 'second', { markStyle: 'highlight' });
    // The same site changed in two different fields by two pages at once: both changes are kept.
    expectSites(sites, 'both', { enabled: false, markStyle: 'none' });
    await Promise.all([first.close(), second.close()]);
  });

  it('two content scripts patching at the same moment lose nothing', async () => {
    await resetStorage();
    const pages = await Promise.all([browser.context.newPage(), browser.context.newPage()]);
    await Promise.all(pages.map((page) => page.goto(`${server.origin}/article.html`)));
    await Promise.all(pages.map((page) => waitForMarks(page, 1)));
    await Promise.all([patchFromContentScript(pages[0], 'tab-a', { enabled: false }), patchFromContentScript(pages[1], 'tab-b', { markStyle: 'highlight' })]);
    const { sites } = await storedSettings();
    expectSites(sites, 'tab-a', { enabled: false });
    expectSites(sites, 'tab-b', { markStyle: 'highlight' });
    await Promise.all(pages.map((page) => page.close()));
  });
});

describe('settings corrupted by hand', () => {
  const GARBAGE: unknown[] = [
    'not an object',
    null,
    42,
    [1, 2, 3],
    { global: 'garbage', sites: 'garbage' },
    { global: { hoverDelayMs: 'fast', markStyle: 'sparkles', people: 7, modifier: 'Hyper' }, sites: { '': { enabled: false }, 'x.example': 3 } },
  ];

  for (const garbage of GARBAGE) {
    it(`keeps marking with defaults when settings are ${JSON.stringify(garbage)}`, async () => {
      await browser.worker.evaluate((value) => chrome.storage.local.set({ settings: value }), garbage);
      const page = await browser.context.newPage();
      await page.goto(`${server.origin}/article.html`);
      expect((await waitForMarks(page, 1)).length).toBeGreaterThan(5);
      await page.close();
    });
  }

  it("keeps each site's valid choices next to corrupt ones, and repairs the rest on the next change", async () => {
    await browser.worker.evaluate(() =>
      chrome.storage.local.set({
        settings: {
          global: { enabledByDefault: true, hoverDelayMs: -5, markStyle: 42 },
          sites: { localhost: { enabled: false }, '127.0.0.1': { enabled: 'yes', markStyle: 'highlight' }, 'bad.example': [1], 'kept.example': { markStyle: 'none' } },
          unknownKey: { deep: [1, { x: 2 }] },
        },
      }),
    );
    const off = await browser.context.newPage();
    await off.goto(`${server.localhostOrigin}/article.html`);
    expect(await waitForSettled(off)).toMatchObject({ kind: 'unavailable', reason: 'site-off' });
    expect(await markTexts(off)).toEqual([]);
    const on = await browser.context.newPage();
    await on.goto(`${server.origin}/article.html`);
    expect((await waitForMarks(on, 1)).length).toBeGreaterThan(5);
    expect(await on.evaluate(() => CSS.highlights.has('rumor-context-mark-highlight'))).toBe(true);

    const page = await extensionPage();
    await page.evaluate(() => chrome.runtime.sendMessage({ type: 'patch-settings', change: { scope: 'site', hostname: 'new.example', patch: { enabled: false } } }));
    const { global, sites } = await storedSettings();
    expect(sites).toEqual({
      localhost: { enabled: false },
      '127.0.0.1': { markStyle: 'highlight' },
      'kept.example': { markStyle: 'none' },
      'new.example': { enabled: false },
    });
    expect(global).toMatchObject({ enabledByDefault: true, hoverDelayMs: 150, markStyle: 'underline' });
    await Promise.all([off.close(), on.close(), page.close()]);
  });
});
