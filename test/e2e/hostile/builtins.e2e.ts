/**
 * A page that replaces built-ins (Array.prototype.map, Node.prototype.appendChild, window.CSS, MutationObserver,
 * Element.prototype.attachShadow...) with traps before the content script runs. Content scripts live in an isolated
 * world with their own built-ins, so the extension must work as usual and never call a trap. The test reads the
 * page through its own isolated world (CDP), so it does not trip the traps either.
 */
import { describe, expect, it } from 'vitest';
import type { CDPSession } from 'playwright-core';
import { useHostileSession, expectPageUntouched, type ProbeReport } from './support/session';
import { cardDialog } from './support/card';
import { waitForSettled } from '../support/settled';

const session = useHostileSession();

/** Evaluates `expression` in a fresh isolated world of the page's main frame (pristine built-ins, same DOM). */
async function inReaderWorld<T>(cdp: CDPSession, expression: string): Promise<T> {
  const frameTree = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frameTree.frame.id, worldName: 'hostile-test-reader' });
  const result = await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, returnByValue: true, awaitPromise: true });
  if (result.exceptionDetails) throw new Error(`reader world: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text}`);
  return result.result.value as T;
}

/** Evaluates in the page's own (main) world without Playwright's helpers, which would call the page's built-ins. */
async function inMainWorld<T>(cdp: CDPSession, expression: string): Promise<T> {
  const result = await cdp.send('Runtime.evaluate', { expression, returnByValue: true });
  if (result.exceptionDetails) throw new Error(`main world: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text}`);
  return result.result.value as T;
}

const MARKS_EXPRESSION = `(() => {
  const highlight = CSS.highlights.get('rumor-context-mark');
  if (!highlight) return null;
  return [...highlight]
    .map((r) => { const range = document.createRange(); range.setStart(r.startContainer, r.startOffset); range.setEnd(r.endContainer, r.endOffset); return range; })
    .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))
    .map((range) => { const box = range.getClientRects()[0]; return { text: range.toString(), x: box.left + box.width / 2, y: box.top + box.height / 2 }; });
})()`;

describe('a page that replaced the built-ins before the content script ran', () => {
  it('is marked as usual, gets a working card, and none of its traps is ever called', async () => {
    const page = await session().open('/replaced-builtins.html');
    const cdp = await session().browser.context.newCDPSession(page);
    expect(await inMainWorld<string[]>(cdp, 'window.__trapCalls')).toEqual([]);
    expect(await inMainWorld<string>(cdp, 'typeof CSS + typeof MutationObserver + typeof Array.prototype.map')).toBe('functionfunctionfunction');
    expect(await inMainWorld<boolean>(cdp, 'Array.prototype.map.name === "trapped"')).toBe(true);

    await waitForSettled(page);
    const marks = await inReaderWorld<{ text: string; x: number; y: number }[]>(cdp, MARKS_EXPRESSION);
    expect(marks?.map((mark) => mark.text)).toEqual(['Paris Jackson', 'Cara Delevingne', 'Cara Delevingne']);

    const target = marks![1]!;
    await page.mouse.move(target.x - 20, target.y);
    await page.mouse.move(target.x, target.y, { steps: 4 });
    await cardDialog(page).waitFor({ state: 'visible', timeout: 5000 }).catch(() => undefined);
    expect(await cardDialog(page).isVisible()).toBe(true);
    expect(await cardDialog(page).locator('h2').textContent()).toBe('Cara Delevingne');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardDialog(page).count()).toBe(0);

    const report = await inMainWorld<ProbeReport>(cdp, 'window.__probe.compare()');
    expect(expectPageUntouched(report)).toEqual([]);
    expect(await inMainWorld<string[]>(cdp, 'window.__trapCalls')).toEqual([]);
    await cdp.detach();
    await page.close();
  });
});
