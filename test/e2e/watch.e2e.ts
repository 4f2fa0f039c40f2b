/**
 * The watch: on a page that names nobody only the manifest's small script runs; the scanner (detector, marks,
 * settings) is injected when a name turns up later, or when the extension asks the page something.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSession, openSession, type Session } from './support/session';
import { waitForMarks } from './support/marks';
import { waitForSettled } from './support/settled';
import { tabIdOf } from './support/browser';

declare const chrome: { scripting: { executeScript(injection: object): Promise<{ result?: unknown }[]> } };

let session: Session;
beforeAll(async () => {
  session = await openSession();
});
afterAll(() => closeSession(session));

/** Which of the content script's parts have run in the page's top frame (read in the extension's isolated world). */
async function partsLoaded(): Promise<string[]> {
  const tabId = await tabIdOf(session.browser, session.page);
  const [injection] = await session.browser.worker.evaluate(
    (id) => chrome.scripting.executeScript({ target: { tabId: id }, func: () => ['scanner', 'mention'].filter((part) => Symbol.for(`rumor-context:${part}`) in globalThis) }),
    tabId,
  );
  return injection.result as string[];
}

describe('the watch', () => {
  it('loads nothing more on a page of near-misses, and the scanner as soon as a full name is added', async () => {
    const { page, server } = session;
    await page.goto(`${server.origin}/nothing.html`);
    // Proving something does NOT happen: the watch reads the page right after its load event; a second is ample.
    await page.waitForTimeout(1000);
    expect(await partsLoaded()).toEqual([]);
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p>Update: <b>Paris</b> Jackson arrived.</p>'));
    expect(await waitForMarks(page, 1)).toEqual(['Paris Jackson']);
    expect(await partsLoaded()).toEqual(['scanner', 'mention']);
  });

  it('loads the scanner when the extension asks a page that names nobody, and answers', async () => {
    const { page, server } = session;
    await page.goto(`${server.origin}/nothing.html?asked`);
    const status = await waitForSettled(page);
    expect(status).toMatchObject({ kind: 'active', mentionCounts: {}, settled: true });
    expect(await partsLoaded()).toEqual(['scanner']);
  });
});
