/**
 * Unusual document structures: frames, shadow roots, SVG text, document.write / document.open, and documents that
 * are not HTML. Each page must keep its DOM and layout, raise no error, and get exactly the right marks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { markTexts, waitForMarks } from '../support/marks';
import { expectPageUntouched, probeReport, startHostileSession, type HostileSession } from './support/session';
import { cardDialog, hoverName, settledMarks } from './support/card';
import { waitForSettled } from '../support/settled';

let session: HostileSession;

beforeAll(async () => {
  session = await startHostileSession({
    headers: { '/page.xhtml': { 'content-type': 'application/xhtml+xml; charset=utf-8' } },
  });
});

afterAll(async () => {
  await session?.close();
  expect(session?.problems ?? []).toEqual([]);
});

/** Whether the content script ran in each child frame (it registers its highlight even when it finds nothing). */
async function childFramesTouched(page: Page): Promise<string[]> {
  const touched: string[] = [];
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    const state = await frame.evaluate(() => ({
      highlight: CSS.highlights.has('rumor-context-mark'),
      host: document.querySelector('rumor-context-ui') !== null,
      sheets: document.adoptedStyleSheets.length,
    }));
    if (state.highlight || state.host || state.sheets > 0) touched.push(`${frame.url()}: ${JSON.stringify(state)}`);
  }
  return touched;
}

describe('frames', () => {
  it('marks the top frame only and leaves same-origin and srcdoc iframes alone', async () => {
    const page = await session.open('/frames.html');
    expect(await settledMarks(page, 1)).toEqual(['Paris Jackson']);
    expect(page.frames()).toHaveLength(3);
    expect(await childFramesTouched(page)).toEqual([]);
    await expect.poll(() => hoverName(page, 'Paris Jackson').then((card) => card.isVisible())).toBe(true);
    expect(expectPageUntouched(await probeReport(page))).toEqual([]);
    await page.close();
  });

  it('survives a frameset document: nothing marked, frames untouched', async () => {
    const page = await session.open('/frameset.html');
    // <noframes> text is never shown when frames are supported, so it is not page text.
    expect(await settledMarks(page, 0)).toEqual([]);
    expect(await childFramesTouched(page)).toEqual([]);
    expect(expectPageUntouched(await probeReport(page))).toEqual([]);
    await page.close();
  });
});

describe('shadow roots', () => {
  it('marks light-DOM and slotted text and text in open shadow roots, nested too, not in a closed one', async () => {
    const page = await session.open('/shadow.html');
    expect(await settledMarks(page, 4)).toEqual(['Paris Jackson', 'Cara Delevingne', 'Paris Jackson', 'Cara Delevingne']);
    const card = await hoverName(page, 'Cara Delevingne');
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(expectPageUntouched(await probeReport(page))).toEqual([]);
    await page.close();
  });
});

describe('SVG text', () => {
  it('marks names in SVG <text>, including one split over <tspan>s, but not in <title> or <desc>', async () => {
    const page = await session.open('/svg.html');
    const marks = await settledMarks(page, 3);
    expect(marks).toEqual(['Cara Delevingne', 'Paris Jackson', 'Cara Delevingne', 'Paris Jackson', 'Cara Delevingne']);
    expect(expectPageUntouched(await probeReport(page))).toEqual([]);
    await page.close();
  });
});

describe('document.write and document.open', () => {
  it('marks text written while the page was parsing', async () => {
    const page = await session.open('/document-write.html');
    expect(await settledMarks(page, 2)).toEqual(['Cara Delevingne', 'Paris Jackson']);
    expect(expectPageUntouched(await probeReport(page))).toEqual([]);
    await page.close();
  });

  it('follows a document replaced by document.open() after load: new text marked, the card still opens', async () => {
    const page = await session.open('/document-open.html', { probe: false });
    await page.waitForFunction(() => (window as unknown as { __rewritten?: boolean }).__rewritten === true, null, { timeout: 10_000 });
    await waitForSettled(page);
    await expect.poll(() => markTexts(page)).toEqual(['Cara Delevingne']);
    const card = await hoverName(page, 'Cara Delevingne');
    expect(await card.isVisible()).toBe(true);
    await page.close();
  });
});

describe('documents that are not HTML pages', () => {
  it('marks a text/plain document without changing its text', async () => {
    const page = await session.open('/plain.txt', { probe: false });
    expect(await settledMarks(page, 2)).toEqual(['Paris Jackson', 'Cara Delevingne']);
    expect(await page.evaluate(() => document.body.textContent)).toBe(
      'A plain text document.\nParis Jackson and Cara Delevingne are named here, in text/plain.\n',
    );
    await page.close();
  });

  for (const path of ['/data.xml', '/image.svg']) {
    it(`leaves an XML document alone (${path})`, async () => {
      const page = await session.open(path, { probe: false });
      const serialized = () => page.evaluate(() => new XMLSerializer().serializeToString(document));
      const before = await serialized();
      // Fixed wait: no content script runs in an XML document, so nothing can say it settled; this proves that
      // nothing appears in the time a page of this size is marked.
      await page.waitForTimeout(1000);
      const state = await page.evaluate(() => ({
        highlight: CSS.highlights.has('rumor-context-mark'),
        host: document.getElementsByTagName('rumor-context-ui').length,
        sheets: document.adoptedStyleSheets.length,
      }));
      expect(state).toEqual({ highlight: false, host: 0, sheets: 0 });
      expect(await serialized()).toBe(before);
      await page.close();
    });
  }

  it('marks an XHTML page (application/xhtml+xml) like any web page', async () => {
    const page = await session.open('/page.xhtml');
    expect(await waitForMarks(page, 1, 5_000).catch(() => markTexts(page))).toEqual(['Paris Jackson']);
    expect(await cardDialog(page).count()).toBe(0);
    await page.close();
  });
});
