/**
 * Open shadow roots (issue 12): text in declarative (`<template shadowrootmode="open">`) and script-attached roots,
 * nested ones too, is marked, painted, followed as it changes, and opens the card on hover. A closed root stays out
 * of reach.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './support/browser';
import type { StaticServer } from './support/server';
import { closeSession, openSession } from './support/session';
import { waitForSettled } from './support/settled';

let browser: ExtensionBrowser;
let server: StaticServer;
let page: Page;

beforeAll(async () => void ({ browser, server, page } = await openSession()));
afterAll(() => closeSession({ browser, server }));

beforeEach(async () => {
  await page.goto(`${server.origin}/shadow.html`);
  await waitForSettled(page);
});

/** Each mark as "where:text", where is the id of the shadow host holding it ("light" outside any), sorted. */
function marksByRoot(): Promise<string[]> {
  return page.evaluate(() =>
    [...(CSS.highlights.get('rumor-context-mark') ?? [])]
      .map((mark) => {
        const range = new Range();
        range.setStart(mark.startContainer, mark.startOffset);
        range.setEnd(mark.endContainer, mark.endOffset);
        const root = mark.startContainer.getRootNode();
        return `${root instanceof ShadowRoot ? (root.host as HTMLElement).id : 'light'}:${range.toString()}`;
      })
      .sort(),
  );
}

/** Centre of the mark on `text` inside the element found by following `path` (host ids, then a selector). */
function centreOf(path: string[], text: string): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([hosts, wanted]) => {
      let root: Document | ShadowRoot = document;
      for (const id of hosts.slice(0, -1)) root = root.getElementById(id)!.shadowRoot!;
      const element = root.querySelector(hosts[hosts.length - 1])!;
      const node = element.firstChild as Text;
      const range = new Range();
      const start = node.data.indexOf(wanted);
      range.setStart(node, start);
      range.setEnd(node, start + wanted.length);
      const rect = range.getClientRects()[0];
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    [path, text] as const,
  );
}

const card = () => page.getByRole('dialog');

describe('open shadow roots', () => {
  it('marks text in declarative, nested and script-attached roots, and none in a closed one', async () => {
    expect(await marksByRoot()).toEqual([
      'declarative:Cara Delevingne',
      'declarative:Cara Delevingne',
      'declarative:Delevingne', // a short form, resolved by the full name before it in the same root
      'imperative:Cara Delevingne',
      'light:Paris Jackson',
      'nested:Paris Jackson',
    ]);
    const status = await waitForSettled(page);
    expect(status.kind === 'active' && status.mentionCounts).toEqual({ 'paris-jackson': 2, 'cara-delevingne': 4 });
  });

  it('paints them: the document\'s mark rule reaches text two roots deep', async () => {
    const decoration = await page.evaluate(() => {
      const nested = document.getElementById('declarative')!.shadowRoot!.getElementById('nested')!.shadowRoot!;
      return getComputedStyle(nested.getElementById('in-nested')!, '::highlight(rumor-context-mark-underline)').textDecorationLine;
    });
    expect(decoration).toBe('underline');
  });

  it('follows changes inside a root, and a component added later', async () => {
    await page.evaluate(() => {
      document.getElementById('imperative')!.shadowRoot!.getElementById('later')!.textContent = 'Later: Paris Jackson arrived.';
      const added = document.createElement('late-card');
      added.id = 'added';
      added.attachShadow({ mode: 'open' }).innerHTML = '<p>Added after load: Cara Delevingne waved.</p>';
      document.body.append(added);
    });
    await expect.poll(marksByRoot).toContain('imperative:Paris Jackson');
    await expect.poll(marksByRoot).toContain('added:Cara Delevingne');
    // A change that removes the name from a root unmarks it.
    await page.evaluate(() => {
      document.getElementById('imperative')!.shadowRoot!.getElementById('in-imperative')!.textContent = 'From a script: nobody.';
    });
    await expect.poll(marksByRoot).not.toContain('imperative:Cara Delevingne');
  });

  it('opens the card on hover over a name in a nested root, and Esc closes it', async () => {
    const point = await centreOf(['declarative', 'nested', '#in-nested'], 'Paris Jackson');
    await page.mouse.move(point.x - 30, point.y - 60);
    await page.mouse.move(point.x, point.y, { steps: 4 });
    await expect.poll(() => card().count()).toBe(1);
    expect(await card().getByRole('heading').first().textContent()).toContain('Paris Jackson');
    await page.keyboard.press('Escape');
    await expect.poll(() => card().count()).toBe(0);
  });

  it('opens the card when a link holding a name inside a root gets keyboard focus', async () => {
    await page.evaluate(() => (document.getElementById('declarative')!.shadowRoot!.getElementById('story-link') as HTMLElement).focus());
    await expect.poll(() => card().count()).toBe(1);
    expect(await card().getByRole('heading').first().textContent()).toContain('Cara Delevingne');
  });
});
