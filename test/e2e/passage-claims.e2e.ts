import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPopupFor, type ExtensionBrowser } from './support/browser';
import type { StaticServer } from './support/server';
import { closeSession, openSession } from './support/session';
import { markCenter, waitForMarks } from './support/marks';

let browser: ExtensionBrowser;
let server: StaticServer;
let page: Page;

beforeAll(async () => void ({ browser, server, page } = await openSession()));
afterAll(() => closeSession({ browser, server }));

beforeEach(async () => {
  await page.goto(`${server.origin}/passages.html`);
  await waitForMarks(page, 7);
});

const card = () => page.getByRole('dialog');
const passageSection = () => card().getByRole('region', { name: 'What this passage says' });

/** Rests the pointer on the `nth` mark that starts with `text`. */
async function hover(text: string, nth = 0): Promise<void> {
  const point = await markCenter(page, text, nth);
  await page.mouse.move(point.x - 30, point.y - 60);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  await card().waitFor();
}

describe("the card leads with what the reader's passage says", () => {
  it('a passage about the kiss: the first section is the documented kiss claim, with why it matched', async () => {
    await hover('Paris Jackson', 0);
    const first = passageSection().getByRole('listitem').first();
    await expect.poll(() => first.textContent()).toContain('photographed kissing in public');
    expect(await first.textContent()).toMatch(/Documented/);
    expect(await first.textContent()).toMatch(/Matched on.*smooching/);
  });

  it("a passage about Paris's tweet: her own words on record lead", async () => {
    await hover('Paris Jackson', 1);
    const first = passageSection().getByRole('listitem').first();
    await expect.poll(() => first.textContent()).toContain('never officially exclusive');
    expect(await first.textContent()).toMatch(/On record/i);
  });

  it('a single-source claim stated as fact speaks up', async () => {
    await hover('Paris Jackson', 2);
    const first = passageSection().getByRole('listitem').first();
    await expect.poll(() => first.textContent()).toContain('separate ways');
    expect(await first.getByRole('note').textContent()).toMatch(/^Stated here as fact, but it rests on one report: /);
  });

  it('a passage about nothing the articles know: the card opens without that section', async () => {
    await hover('Cara Delevingne', 0);
    await expect.poll(() => card().getByRole('list', { name: 'What the articles say about Cara Delevingne' }).count()).toBe(1);
    expect(await card().textContent()).not.toContain('What this passage says');
    expect(await passageSection().count()).toBe(0);
  });
});

describe('the popup sums up the rumors the page repeats', () => {
  it('lists each claim once, grouped by status, and Show jumps to the first passage that repeats it', async () => {
    const popup = await openPopupFor(browser, page);
    const rumors = popup.getByRole('region', { name: 'Rumors on this page' });
    await expect.poll(() => rumors.textContent()).toMatch(/This page repeats \d+ claims?:/);
    const text = (await rumors.textContent())!;
    expect(text).toContain('Paris and Cara were photographed kissing in public');
    expect(text).toContain('in 2 passages'); // the kiss: the first paragraph and the recap
    expect(text).toContain('never officially exclusive');
    await rumors.getByRole('button', { name: /Show where the page says: Paris and Cara were photographed kissing/ }).click();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const [range] = [...(CSS.highlights.get('rumor-context-flash') ?? [])] as AbstractRange[];
          return range ? (range.startContainer.parentElement?.closest('p')?.id ?? null) : null;
        }),
      )
      .toBe('kiss');
    await popup.close();
  });
});
