/** Care and reader control in the built extension: hidden topics from the popup, quiet mode, the self-harm note. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPopupFor, type ExtensionBrowser } from './support/browser';
import type { StaticServer } from './support/server';
import { closeSession, openBrowser } from './support/session';
import { markCenter, markTexts, waitForMarks } from './support/marks';

let browser: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => void ({ browser, server } = await openBrowser()));
afterAll(() => closeSession({ browser, server }));

async function openArticle(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/article.html`);
  await waitForMarks(page, 1);
  return page;
}

async function moveTo(page: Page, point: { x: number; y: number }): Promise<void> {
  await page.bringToFront();
  await page.mouse.move(point.x - 30, point.y - 60);
  await page.mouse.move(point.x, point.y, { steps: 4 });
}

/** The viewport centre of the text `text` inside the element `#id`, painted or not (the page's own DOM). */
async function textCenter(page: Page, id: string, text: string): Promise<{ x: number; y: number }> {
  await page.evaluate((target) => document.getElementById(target)!.scrollIntoView({ block: 'center' }), id);
  return page.evaluate(
    ([target, wanted]) => {
      const node = document.getElementById(target!)!.firstChild!;
      const start = node.textContent!.indexOf(wanted!);
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + wanted!.length);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    [id, text] as const,
  );
}

/** Opens the card for the `nth` painted mark starting with `name`, unfolds every claim, and returns its text. */
async function cardText(page: Page, name: string): Promise<string> {
  await moveTo(page, await markCenter(page, name));
  const card = page.getByRole('dialog');
  await expect.poll(() => card.count()).toBe(1);
  const more = card.getByRole('button', { name: /^Show \d+ more claim/ });
  if (await more.count()) await more.click();
  const text = (await card.textContent()) ?? '';
  await page.keyboard.press('Escape');
  await expect.poll(() => card.count()).toBe(0);
  return text;
}

describe('care and reader control, end to end', () => {
  it('a topic hidden in the popup settings is no longer on the card, and shows again once unhidden', async () => {
    const page = await openArticle();
    expect(await cardText(page, 'Cara Delevingne')).toContain('completely demolish labels');
    const popup = await openPopupFor(browser, page);
    await popup.getByRole('tab', { name: 'Settings' }).click();
    const sexuality = popup.getByRole('checkbox', { name: /^Sexuality/ });
    await sexuality.check();
    // The card reads the reader's choice when it opens: wait for the page to have the stored value.
    await expect.poll(async () => (await cardText(page, 'Cara Delevingne')).includes('not shown: topics you hid in settings')).toBe(true);
    const hidden = await cardText(page, 'Cara Delevingne');
    expect(hidden).not.toContain('completely demolish labels');
    expect(hidden).not.toContain('openly bisexual');
    // The popup's fact list leaves it out too.
    await popup.getByRole('tab', { name: 'Facts' }).click();
    await expect.poll(() => popup.getByText('completely demolish labels', { exact: false }).count()).toBe(0);
    await popup.getByRole('tab', { name: 'Settings' }).click();
    await sexuality.uncheck();
    await expect.poll(async () => (await cardText(page, 'Cara Delevingne')).includes('completely demolish labels')).toBe(true);
    await Promise.all([popup.close(), page.close()]);
  });

  it('quiet mode paints only the first mention of each person; hovering a later one still opens the card', async () => {
    const page = await openArticle();
    expect((await markTexts(page)).length).toBe(9);
    const popup = await openPopupFor(browser, page);
    await popup.getByRole('tab', { name: 'Settings' }).click();
    const quiet = popup.getByRole('checkbox', { name: /^Quiet/ });
    await quiet.check();
    await expect.poll(() => markTexts(page)).toEqual(['Paris Jackson', 'Cara Delevingne']);
    // The mention far down the page is not painted, and still opens Cara's card.
    await moveTo(page, await textCenter(page, 'far', 'Cara Delevingne'));
    const card = page.getByRole('dialog');
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.getByRole('heading').first().textContent()).toContain('Cara Delevingne');
    await page.keyboard.press('Escape');
    await quiet.uncheck();
    await expect.poll(async () => (await markTexts(page)).length).toBe(9);
    await Promise.all([popup.close(), page.close()]);
  });

  it("the self-harm claim waits behind its content note, opened from the keyboard, with the line pointing to help", async () => {
    const page = await openArticle();
    await moveTo(page, await markCenter(page, 'Paris Jackson'));
    const card = page.getByRole('dialog');
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.textContent()).not.toContain('attempted suicide');
    const note = card.getByRole('button', { name: 'Show it' });
    expect(await note.getAttribute('aria-expanded')).toBe('false');
    await note.press('Enter');
    await expect.poll(() => card.locator('.rc-care .rc-claim-text').textContent()).toContain('attempted suicide');
    expect(await card.textContent()).toContain('findahelpline.com lists free, confidential services by country');
    expect(await card.getByRole('button', { name: 'Hide' }).getAttribute('aria-expanded')).toBe('true');
    await page.close();
  });
});
