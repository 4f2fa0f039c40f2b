/**
 * Editors and form fields: text a person is typing is never marked, never touched, and typing a name never opens
 * the card (the card host, `rumor-context-ui`, is created on first use, so it must not even exist).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { markTexts } from '../support/marks';
import { expectPageUntouched, probeReport, useHostileSession } from './support/session';
import { settledMarks } from './support/card';
import { waitForSettled } from '../support/settled';

const session = useHostileSession();

/** Clicks at the end of an element's text and types like a person. */
async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.click(selector);
  await page.keyboard.press('End');
  await page.keyboard.type(text, { delay: 15 });
}

/** Rests the pointer on the middle of an element for a second (a card would open on a marked name). */
async function restOn(page: Page, selector: string): Promise<void> {
  const box = (await page.locator(selector).boundingBox())!;
  await page.mouse.move(box.x + 5, box.y + box.height / 2);
  await page.mouse.move(box.x + Math.min(60, box.width / 2), box.y + box.height / 2, { steps: 4 });
  // Fixed wait: proving a card does NOT open needs the hover delay (400 ms) to pass with room to spare.
  await page.waitForTimeout(1000);
}

const hostCount = (page: Page) => page.locator('rumor-context-ui').count();

describe('form fields and contenteditable', () => {
  it('marks only page text, never prefilled fields or editors', async () => {
    const page = await session().open('/editors.html');
    expect(await settledMarks(page, 1)).toEqual(['Cara Delevingne']);
    expect(expectPageUntouched(await probeReport(page))).toEqual([]);
    await page.close();
  });

  it('typing "Paris Jackson" into a textarea and a contenteditable marks nothing, touches nothing, opens no card', async () => {
    const page = await session().open('/editors.html', { probe: false });
    await settledMarks(page, 1);
    await typeInto(page, '#textarea', 'Paris Jackson');
    await typeInto(page, '#editable', 'Paris Jackson');
    await typeInto(page, '#inline-editable', ' and Paris Jackson');
    await typeInto(page, '#input', 'Cara Delevingne');
    await waitForSettled(page);
    expect(await markTexts(page)).toEqual(['Cara Delevingne']);
    expect(await page.inputValue('#textarea')).toBe('Paris Jackson');
    expect(await page.inputValue('#input')).toBe('Cara Delevingne');
    expect(await page.locator('#editable').evaluate((element) => element.innerHTML)).toBe('Paris Jackson');
    expect(await page.locator('#inline-editable').evaluate((element) => element.innerHTML)).toBe(
      'inside a paragraph: Cara Delevingne and Paris Jackson',
    );
    for (const selector of ['#editable', '#prefilled-editable', '#plaintext', '#textarea']) await restOn(page, selector);
    expect(await hostCount(page)).toBe(0);
    await page.close();
  });

  it('moving focus through the fields with Tab opens no card', async () => {
    const page = await session().open('/editors.html', { probe: false });
    await settledMarks(page, 1);
    await page.click('#textarea');
    for (let i = 0; i < 10; i++) await page.keyboard.press('Tab');
    // Settled: a card opened by focus would be counted until its content arrived.
    await waitForSettled(page);
    expect(await hostCount(page)).toBe(0);
    await page.close();
  });
});

describe('designMode', () => {
  it('treats a document in designMode as an editor: nothing marked, typing opens no card', async () => {
    const page = await session().open('/design-mode.html', { probe: false });
    await settledMarks(page, 0);
    expect(await page.evaluate(() => document.designMode)).toBe('on');
    await typeInto(page, '#typing-here', 'Cara Delevingne');
    await waitForSettled(page);
    expect(await markTexts(page)).toEqual([]);
    await restOn(page, '#typing-here');
    await restOn(page, '#draft');
    expect(await hostCount(page)).toBe(0);
    await page.close();
  });
});
