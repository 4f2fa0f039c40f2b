/**
 * Size and depth: a 10 MB page and a DOM 10,000 levels deep. Every name is marked, nothing recursive overflows,
 * the page keeps its DOM and layout, and the main thread is not blocked for long.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { markTexts, markTextsAround } from '../support/marks';
import { expectPageUntouched, probeReport, startHostileSession, type HostileSession } from './support/session';
import { hoverName, settledMarks } from './support/card';
import { waitForSettled } from '../support/settled';
import { setSiteEnabled } from './support/storage';

const TARGET_BYTES = 10 * 1024 * 1024;
const NAME_EVERY = 400;
const FILLER =
  'The committee met on Tuesday to discuss the budget for the coming year, the state of the roads and the new ' +
  '<a href="#library">library</a> hours; nobody <em>famous</em> was mentioned at any point in the minutes.';

let session: HostileSession;
let generatedDir: string;
let expectedBigMarks: { id: string; name: string }[];

/** Writes a ~10 MB article: filler paragraphs, a full name every NAME_EVERY paragraphs, one more at the end. */
async function writeBigPage(dir: string): Promise<{ id: string; name: string }[]> {
  const parts: string[] = ['<!doctype html><html lang="en"><head><meta charset="utf-8"><title>10 MB</title></head><body>'];
  const expected: { id: string; name: string }[] = [];
  let size = parts[0].length;
  for (let i = 0; size < TARGET_BYTES; i++) {
    const name = i % NAME_EVERY === 0 ? (i % (2 * NAME_EVERY) === 0 ? 'Paris Jackson' : 'Cara Delevingne') : null;
    const paragraph = name ? `<p id="n${i}">${FILLER} Then ${name} arrived.</p>\n` : `<p>${FILLER}</p>\n`;
    if (name) expected.push({ id: `n${i}`, name });
    parts.push(paragraph);
    size += paragraph.length;
  }
  parts.push('<p id="last">At the very end: Cara Delevingne.</p></body></html>');
  expected.push({ id: 'last', name: 'Cara Delevingne' });
  await writeFile(join(dir, 'big.html'), parts.join(''));
  return expected;
}

/** Records the longest main-thread task after DOMContentLoaded, and when the marks were first painted. */
const TIMING_RECORDER = `
  window.__timing = { longest: 0, domContentLoaded: 0, load: 0, marked: 0 };
  document.addEventListener('DOMContentLoaded', () => {
    window.__timing.domContentLoaded = performance.now();
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__timing.longest = Math.max(window.__timing.longest, entry.duration);
    }).observe({ type: 'longtask' });
    const watch = () => {
      if ((CSS.highlights.get('rumor-context-mark')?.size ?? 0) > 0) window.__timing.marked = performance.now();
      else requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });
  addEventListener('load', () => { window.__timing.load = performance.now(); });
`;

/** The content script's count of mentions per person, once settled: what the popup shows for the page. */
async function mentionCounts(page: Page): Promise<unknown> {
  const status = await waitForSettled(page, 40_000);
  return status.kind === 'active' ? status.mentionCounts : status;
}

interface Timing {
  longest: number;
  domContentLoaded: number;
  load: number;
  marked: number;
}

beforeAll(async () => {
  generatedDir = await mkdtemp(join(tmpdir(), 'rumor-context-big-'));
  expectedBigMarks = await writeBigPage(generatedDir);
  session = await startHostileSession({ extraRoots: [generatedDir] });
});

afterAll(async () => {
  await session?.close();
  await rm(generatedDir, { recursive: true, force: true });
  expect(session?.problems ?? []).toEqual([]);
});

describe('a 10 MB page', () => {
  it('marks every name, leaves the DOM and layout alone, opens the card, and never blocks the page for long', async () => {
    // Baseline: the same page with the extension off for the site (the content script loads but does not scan).
    await setSiteEnabled(session.browser, '127.0.0.1', false);
    const off = await session.open('/big.html', { initScript: TIMING_RECORDER });
    await off.waitForFunction(() => (window as unknown as { __timing: Timing }).__timing.load > 0, null, { timeout: 40_000 });
    await waitForSettled(off, 40_000);
    const baseline = await off.evaluate(() => (window as unknown as { __timing: Timing }).__timing);
    expect(await off.evaluate(() => CSS.highlights.has('rumor-context-mark'))).toBe(false);
    await off.close();
    await setSiteEnabled(session.browser, '127.0.0.1', true);

    const page = await session.open('/big.html', { initScript: TIMING_RECORDER });
    // The extension paints only the marks near the viewport, and scrolling through 10 MB in a test takes minutes:
    // the page's own count of mentions (what the popup shows) must match every name, and the names' paragraphs at
    // the start, the middle and the end, each scrolled into view, must be painted.
    await page.waitForFunction(() => (CSS.highlights.get('rumor-context-mark')?.size ?? 0) > 0, null, { timeout: 40_000 });
    const count = (name: string) => expectedBigMarks.filter((mark) => mark.name === name).length;
    expect(await mentionCounts(page)).toEqual({ 'paris-jackson': count('Paris Jackson'), 'cara-delevingne': count('Cara Delevingne') });
    const middle = expectedBigMarks.length >> 1;
    const sample = [...expectedBigMarks.slice(0, 2), ...expectedBigMarks.slice(middle, middle + 2), ...expectedBigMarks.slice(-2)];
    const marks = await markTextsAround(page, sample.map((mark) => `#${mark.id}`));
    expect(marks).toEqual(sample.map((mark) => mark.name));
    const timing = await page.evaluate(() => (window as unknown as { __timing: Timing }).__timing);
    console.info(
      `10 MB page, ${expectedBigMarks.length} marks. Extension off: DOMContentLoaded ${Math.round(baseline.domContentLoaded)} ms, ` +
        `longest task ${Math.round(baseline.longest)} ms. On: marks painted ${Math.round(timing.marked - timing.domContentLoaded)} ms ` +
        `after DOMContentLoaded, longest task ${Math.round(timing.longest)} ms`,
    );
    // What the extension adds to the longest freeze the page already has on its own. A linear scan of 10 MB takes
    // about 0.5 s here; the bound is loose because other processes share this 2-core machine (measured up to 2 s),
    // but anything worse than linear would take minutes.
    expect(timing.longest - baseline.longest).toBeLessThan(3000);
    const report = await probeReport(page);
    expect(report.htmlLength).toBeGreaterThan(TARGET_BYTES - 100_000);
    expect(expectPageUntouched(report)).toEqual([]);
    const card = await hoverName(page, 'Paris Jackson');
    expect(await card.isVisible()).toBe(true);
    await page.close();
  }, 60_000);
});

describe('a DOM 10,000 levels deep', () => {
  // Chromium itself crashes the tab from about 2,500 nested visible blocks, so the 10,000-level tree is hidden
  // (walked, never laid out); the visible trees are 2,000 blocks and 4,000 inline elements deep (pages/deep.html).
  it('marks names at the bottom of 10,000 levels and across 4,000 inline levels, then follows deep changes', async () => {
    const page = await session.open('/deep.html');
    const depth = (id: string) => page.evaluate((of) => (window as unknown as { __depth(id: string): number }).__depth(of), id);
    expect(await depth('deepest-hidden')).toBeGreaterThan(10_000);
    expect(await depth('deepest-block')).toBeGreaterThan(2_000);
    expect(await settledMarks(page, 4)).toEqual(['Cara Delevingne', 'Paris Jackson', 'Paris Jackson', 'Cara Delevingne']);
    expect(await mentionCounts(page)).toEqual({ 'paris-jackson': 2, 'cara-delevingne': 2 });
    expect(expectPageUntouched(await probeReport(page))).toEqual([]);
    const card = await hoverName(page, 'Paris Jackson', 1);
    expect(await card.isVisible()).toBe(true);
    await page.evaluate(() => (window as unknown as { __addDeep(): void }).__addDeep());
    await waitForSettled(page);
    await expect
      .poll(() => markTexts(page))
      .toEqual(['Cara Delevingne', 'Paris Jackson', 'Cara Delevingne', 'Paris Jackson', 'Cara Delevingne', 'Cara Delevingne']);
    expect(await mentionCounts(page)).toEqual({ 'paris-jackson': 2, 'cara-delevingne': 4 });
    await page.close();
  });
});
