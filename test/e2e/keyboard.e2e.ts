/**
 * No mouse needed (issue 12; WCAG 2.1.1, 2.4.3, 4.1.2, 1.4.13): the next-mention command opens the next mention's card
 * with focus in it and a spoken summary, moves on at each press, and Esc returns focus and scroll to where the reader
 * was. A keyboard command cannot be pressed in a headless browser, so the test sends the message the command's
 * handler sends (entrypoints/background.ts), through the service worker, as the worker does.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPopupFor, tabIdOf, type ExtensionBrowser } from './support/browser';
import type { StaticServer } from './support/server';
import { closeSession, openSession } from './support/session';
import { waitForSettled } from './support/settled';

// The extension API inside worker.evaluate callbacks (they run in the service worker).
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- no chrome.* types are installed for the worker's side
declare const chrome: any;

let browser: ExtensionBrowser;
let server: StaticServer;
let page: Page;

beforeAll(async () => void ({ browser, server, page } = await openSession()));
afterAll(() => closeSession({ browser, server }));

beforeEach(async () => {
  await page.goto(`${server.origin}/article.html`);
  await waitForSettled(page);
});

/** What the command's handler does: the tab's content script opens the next mention. */
async function nextMention(): Promise<unknown> {
  const tabId = await tabIdOf(browser, page);
  return browser.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'open-next-mention' }), tabId);
}

const card = () => page.getByRole('dialog');
const focused = () =>
  page.evaluate(() => {
    const active = document.activeElement;
    const inner = active?.shadowRoot?.activeElement;
    return inner ? `card:${inner.getAttribute('role') ?? inner.textContent?.trim()}` : (active?.textContent?.trim() ?? null);
  });
const spoken = () => page.evaluate(() => document.querySelector('rumor-context-ui')?.shadowRoot?.querySelector('[role="status"]')?.textContent ?? '');

describe('the next-mention command', () => {
  it('opens the first mention\'s card with focus in it, and a screen reader hears what was found', async () => {
    await page.focus('header a');
    expect(await nextMention()).toBe(true);
    await expect.poll(() => card().count()).toBe(1);
    expect(await card().getByRole('heading').first().textContent()).toContain('Paris Jackson');
    expect(await focused()).toBe('card:dialog');
    await expect.poll(spoken).toBe('4 mentions of Paris Jackson on this page, showing 1 of 4. Also here: 5 mentions of Cara Delevingne.');
    // Tab moves through the card's controls (it is keyboard operable, not only readable).
    await page.keyboard.press('Tab');
    expect(await focused()).toMatch(/^card:/);
    expect(await focused()).not.toBe('card:dialog');
  });

  it('moves on at each press, down to a mention far below, and Esc returns focus and scroll', async () => {
    await page.focus('header a');
    const headings: string[] = [];
    for (let i = 0; i < 9; i++) {
      await nextMention();
      await expect.poll(() => card().count()).toBe(1);
      headings.push((await card().getByRole('heading').first().textContent()) ?? '');
    }
    // Page order: the headline's two names, the lede's three, the second paragraph's two, the link, the far one.
    expect(headings.map((text) => (text.includes('Paris') ? 'P' : 'C')).join('')).toBe('PCPCPCCPC');
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
    const far = await page.evaluate(() => document.getElementById('far')!.getBoundingClientRect().top);
    expect(far).toBeGreaterThan(0);
    expect(far).toBeLessThan(800);
    await page.keyboard.press('Escape');
    await expect.poll(() => card().count()).toBe(0);
    expect(await focused()).toBe('Home');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  it('starts from where the reader is: the first mention in view', async () => {
    await page.evaluate(() => document.getElementById('far')!.scrollIntoView());
    await nextMention();
    await expect.poll(() => card().count()).toBe(1);
    await expect.poll(spoken).toBe('5 mentions of Cara Delevingne on this page, showing 5 of 5. Also here: 4 mentions of Paris Jackson.');
  });
});

describe("the popup's show next", () => {
  it('opens the card of the mention it scrolls to', async () => {
    const popup = await openPopupFor(browser, page);
    await popup.getByRole('button', { name: /Cara Delevingne/ }).click();
    await expect.poll(() => card().count()).toBe(1);
    expect(await card().getByRole('heading').first().textContent()).toContain('Cara Delevingne');
    await popup.close();
  });
});
