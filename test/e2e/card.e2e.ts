import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './support/browser';
import type { StaticServer } from './support/server';
import { closeSession, openSession } from './support/session';
import { markCenter, waitForMarks } from './support/marks';

let browser: ExtensionBrowser;
let server: StaticServer;
let page: Page;

beforeAll(async () => void ({ browser, server, page } = await openSession()));
afterAll(() => closeSession({ browser, server }));

beforeEach(async () => {
  await page.goto(`${server.origin}/article.html`);
  await waitForMarks(page, 1);
});

const card = () => page.getByRole('dialog');

async function hover(text: string, nth = 0): Promise<{ x: number; y: number }> {
  const point = await markCenter(page, text, nth);
  await page.mouse.move(point.x - 30, point.y - 60);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  return point;
}

describe('the hover card', () => {
  it('opens after the pointer rests on a name, with that person\'s sourced claims', async () => {
    await hover('Cara Delevingne', 1);
    await expect.poll(() => card().count()).toBe(1);
    await expect.poll(() => card().getAttribute('aria-labelledby')).toBeTruthy();
    const dialog = card();
    expect(await dialog.getByRole('heading').first().textContent()).toContain('Cara Delevingne');
    const text = await dialog.textContent();
    expect(text).toContain('Single source');
    expect(text).toContain('From 3 articles only');
    expect(text).not.toContain('Paris-Michael'); // Paris's legal name is not on Cara's card
  });

  it('does not flash when the pointer only passes over a name', async () => {
    const point = await markCenter(page, 'Cara Delevingne', 1);
    await page.mouse.move(point.x - 200, point.y);
    await page.mouse.move(point.x + 200, point.y, { steps: 5 });
    // Fixed wait: proving the card does NOT open needs the hover delay (400 ms) to pass with room to spare.
    await page.waitForTimeout(700);
    expect(await card().count()).toBe(0);
  });

  it('closes on Esc without moving the pointer', async () => {
    await hover('Paris Jackson');
    await expect.poll(() => card().count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => card().count()).toBe(0);
  });

  it('stays open while the pointer travels onto it, and closes after it leaves', async () => {
    const point = await hover('Cara Delevingne', 1);
    await expect.poll(() => card().count()).toBe(1);
    const box = (await card().boundingBox())!;
    // Never covers the name it belongs to.
    expect(point.y < box.y || point.y > box.y + box.height || point.x < box.x || point.x > box.x + box.width).toBe(true);
    await page.mouse.move(box.x + box.width / 2, box.y + 20, { steps: 8 });
    // Fixed wait: proving the card does NOT close needs its grace period (350 ms) to pass with room to spare.
    await page.waitForTimeout(600);
    expect(await card().count()).toBe(1);
    await page.mouse.move(5, 5, { steps: 3 });
    await expect.poll(() => card().count(), { timeout: 3000 }).toBe(0);
  });

  it('opens on keyboard focus, lets Tab move into it, and Esc returns focus to the name', async () => {
    await page.focus('#name-link');
    await expect.poll(() => card().count()).toBe(1);
    expect(await card().getByRole('heading').first().textContent()).toContain('Paris Jackson');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('name-link'); // the card took no focus
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('rumor-context-ui');
    await page.keyboard.press('Escape');
    await expect.poll(() => card().count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('name-link');
  });

  it('closes on a click elsewhere', async () => {
    await hover('Paris Jackson');
    await expect.poll(() => card().count()).toBe(1);
    await page.mouse.click(1200, 700);
    await expect.poll(() => card().count()).toBe(0);
  });

  it('never takes focus from a field the reader is typing in', async () => {
    await page.click('#comment');
    await hover('Paris Jackson');
    await expect.poll(() => card().count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('comment');
  });

  it('"Not this person" unmarks that mention and remembers it after a reload', async () => {
    await hover('Cara', 2); // "Cara later posted a photo": the short form
    await expect.poll(() => card().count()).toBe(1);
    const before = await waitForMarks(page, 1);
    await card().getByRole('button', { name: 'Not this person' }).click();
    await expect.poll(() => card().count()).toBe(0);
    await expect.poll(async () => (await waitForMarks(page, 0)).length).toBe(before.length - 1);
    await page.reload();
    const after = await waitForMarks(page, 1);
    expect(after.length).toBe(before.length - 1);
  });

  // Last: it turns the extension off for this test's site.
  it('"Turn off on this site" removes every mark at once', async () => {
    await hover('Paris Jackson');
    await expect.poll(() => card().count()).toBe(1);
    await card().getByRole('button', { name: 'Turn off on this site' }).click();
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('rumor-context-mark')?.size ?? 0)).toBe(0);
    expect(await card().count()).toBe(0);
  });
});
