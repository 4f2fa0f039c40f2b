/**
 * Nothing the page controls is trusted: the page presses the card's buttons through the open shadow root, sends
 * made-up events and window messages, and replays WXT's "a newer content script started" event. The site must stay
 * on, stored settings and dismissals must not change, the marks must stay, and the page must hear nothing from the
 * extension (a page that JSON-parses every message it hears must not break).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { markTexts } from '../support/marks';
import { useHostileSession } from './support/session';
import { cardDialog, hoverName, settledMarks } from './support/card';
import { waitForSettled } from '../support/settled';
import { storedEverything } from './support/storage';

const session = useHostileSession();

const EXPECTED_MARKS = ['Paris Jackson', 'Cara Delevingne', 'Paris Jackson'];

const messagesHeard = (page: Page) => page.evaluate(() => (window as unknown as { __messages: string[] }).__messages);

describe('a page that tries to drive the extension', () => {
  it('hears no window message from the extension (its naive JSON message handler keeps working)', async () => {
    const page = await session().open('/drive.html');
    expect(await settledMarks(page, 3)).toEqual(EXPECTED_MARKS);
    expect(await messagesHeard(page)).toEqual([]);
    await page.close();
  });

  it('cannot press the card buttons or turn the site off with made-up events', async () => {
    const before = await storedEverything(session().browser);
    const page = await session().open('/drive.html');
    await settledMarks(page, 3);
    const dialog = await hoverName(page, 'Cara Delevingne');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const disclosures = () => dialog.locator('details').evaluateAll((all) => all.map((details) => (details as HTMLDetailsElement).open));
    const foldedBefore = await disclosures();
    expect(foldedBefore.length).toBeGreaterThan(0);
    const pressed = await page.evaluate(() => (window as unknown as { __pressCardButtons(): string }).__pressCardButtons());
    expect(pressed).toContain('Turn off on this site');
    expect(pressed).toContain('Not this person');
    // Settled: had a made-up click reached a button, the write it started would be counted until done.
    await waitForSettled(page);
    expect(await storedEverything(session().browser)).toEqual(before);
    expect(await markTexts(page)).toEqual(EXPECTED_MARKS);
    // Close was pressed too, by the page: the card stays until the reader closes it, its disclosures as they were.
    expect(await dialog.isVisible()).toBe(true);
    expect(await disclosures()).toEqual(foldedBefore);
    await page.close();
  });

  it('cannot send commands with window.postMessage', async () => {
    const before = await storedEverything(session().browser);
    const page = await session().open('/drive.html');
    await settledMarks(page, 3);
    await page.evaluate(() => (window as unknown as { __postCommands(): void }).__postCommands());
    // The messages are delivered in later tasks; one round trip through the page's event loop lets them all arrive.
    await page.evaluate(() => new Promise((done) => setTimeout(done, 0)));
    await waitForSettled(page);
    expect(await storedEverything(session().browser)).toEqual(before);
    expect(await markTexts(page)).toEqual(EXPECTED_MARKS);
    expect(await (await hoverName(page, 'Paris Jackson')).isVisible()).toBe(true);
    await page.close();
  });

  it("cannot stop the content script by replaying WXT's script-started event", async () => {
    const page = await session().open('/drive.html');
    await settledMarks(page, 3);
    // The event name is public: it is the extension's id (fixed for a store install) plus a constant.
    const eventName = `${session().browser.extensionId}:content:wxt:content-script-started`;
    await page.evaluate((name) => {
      document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'content', messageId: 'forged-by-page' } }));
    }, eventName);
    await waitForSettled(page);
    expect(await markTexts(page)).toEqual(EXPECTED_MARKS);
    expect(await (await hoverName(page, 'Paris Jackson')).isVisible()).toBe(true);
    expect(await cardDialog(page).locator('h2').textContent()).toBe('Paris Jackson');
    await page.close();
  });
});
