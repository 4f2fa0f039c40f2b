/**
 * Pages that restrict or restyle everything: a strict Content-Security-Policy (also with Trusted Types), a page
 * whose own CSS targets `*`, `span`, `div`, the card host and `::highlight(...)`, and a page whose root element is
 * transformed. The marks and the card must still render, readable and inside the viewport. Screenshots go to
 * test-results/hostile/ to be looked at.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { expectPageUntouched, probeReport, startHostileSession, type HostileSession } from './support/session';
import { hoverName, settledMarks } from './support/card';

const SCREENSHOTS = 'test-results/hostile';
const STRICT_CSP = "default-src 'none'";
const TRUSTED_TYPES_CSP = "default-src 'none'; require-trusted-types-for 'script'; trusted-types 'none'";

let session: HostileSession;

beforeAll(async () => {
  await mkdir(SCREENSHOTS, { recursive: true });
  session = await startHostileSession({
    headers: {
      '/csp.html': { 'content-security-policy': STRICT_CSP },
      '/csp-trusted-types.html': { 'content-security-policy': TRUSTED_TYPES_CSP },
    },
  });
});

afterAll(async () => {
  await session?.close();
  expect(session?.problems ?? []).toEqual([]);
});

/** How the card renders: the styles a reader depends on, and where it is. */
async function cardLooks(dialog: Locator) {
  return dialog.evaluate((element) => {
    const style = getComputedStyle(element);
    const host = (element.getRootNode() as ShadowRoot).host;
    const hostStyle = getComputedStyle(host);
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + 12);
    return {
      background: style.backgroundColor,
      color: style.color,
      fontSize: style.fontSize,
      letterSpacing: style.letterSpacing,
      textTransform: style.textTransform,
      width: Math.round(box.width),
      tallEnough: box.height > 150,
      inViewport: box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth,
      hostVisible: hostStyle.display !== 'none' && hostStyle.visibility === 'visible' && hostStyle.opacity === '1',
      onTop: hit === host,
    };
  });
}

const READABLE = {
  background: 'rgb(255, 255, 255)',
  color: 'rgb(27, 28, 31)',
  fontSize: '14px',
  letterSpacing: 'normal',
  textTransform: 'none',
  width: 360,
  tallEnough: true,
  inViewport: true,
  hostVisible: true,
  onTop: true,
};

/** The highlight name the marks are painted under (its rule comes from the manifest's sheet, which the page cannot see). */
const markLooks = (page: Page) =>
  page.evaluate(() => ({ underline: CSS.highlights.has('rumor-context-mark-underline'), sheets: document.adoptedStyleSheets.length }));

describe('a strict Content-Security-Policy', () => {
  for (const path of ['/csp.html', '/csp-trusted-types.html']) {
    it(`paints the marks and renders a styled card (${path})`, async () => {
      const page = await session.open(path);
      expect(await page.evaluate(() => document.querySelectorAll('script, style, link').length)).toBe(0);
      expect(await settledMarks(page, 2)).toEqual(['Paris Jackson', 'Cara Delevingne']);
      expect(await markLooks(page)).toEqual({ underline: true, sheets: 0 });
      const dialog = await hoverName(page, 'Cara Delevingne');
      await expect.poll(() => dialog.isVisible()).toBe(true);
      expect(await cardLooks(dialog)).toEqual(READABLE);
      await page.screenshot({ path: `${SCREENSHOTS}/${path.slice(1).replace('.html', '')}.png` });
      expect(expectPageUntouched(await probeReport(page))).toEqual([]);
      await page.close();
    });
  }
});

describe('a page that restyles everything', () => {
  it('cannot hide, restyle or cover the card', async () => {
    const page = await session.open('/aggressive-css.html');
    expect(await settledMarks(page, 2)).toEqual(['Paris Jackson', 'Cara Delevingne']);
    const dialog = await hoverName(page, 'Paris Jackson');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await cardLooks(dialog)).toEqual(READABLE);
    await page.screenshot({ path: `${SCREENSHOTS}/aggressive-css.png` });
    expect(expectPageUntouched(await probeReport(page))).toEqual([]);
    await page.close();
  });

  it('keeps the card in the viewport when the root element is transformed and the page scrolled', async () => {
    const page = await session.open('/transformed-root.html');
    expect(await settledMarks(page, 2)).toEqual(['Paris Jackson', 'Cara Delevingne']);
    await page.locator('#far').scrollIntoViewIfNeeded();
    const dialog = await hoverName(page, 'Cara Delevingne');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}/transformed-root.png` });
    expect(await cardLooks(dialog)).toEqual(READABLE);
    await page.close();
  });
});
