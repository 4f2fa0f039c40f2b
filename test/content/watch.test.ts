/** The watch over a page's text (lib/content/watch/page-watch.ts): it calls once, when a name may be there. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { people } from '@/utils/dataset/bundled-people';
import { nameWatchPattern } from '@/utils/detector/name-watch';
import { watchPage } from '@/lib/content/watch/page-watch';

const PATTERN = nameWatchPattern(people);
let stop = new AbortController();
afterEach(() => stop.abort());

/** Starts the watch on `html`; returns how many times it called so far. */
function watch(html: string): () => number {
  stop = new AbortController();
  document.body.innerHTML = html;
  const onMaybe = vi.fn();
  watchPage(document, PATTERN, onMaybe, stop.signal);
  return () => onMaybe.mock.calls.length;
}

/** MutationObserver callbacks run as microtasks. */
const mutationsDelivered = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the watch', () => {
  it('stays silent on a page of near-misses, and calls as soon as a full name is added', async () => {
    const calls = watch('<p>Paris Hilton met Michael Jackson.</p><p>Poppy Delevingne wore mascara.</p>');
    await mutationsDelivered();
    expect(calls()).toBe(0);
    document.body.insertAdjacentHTML('beforeend', '<article><p>Later: <b>Paris</b> Jackson.</p></article>');
    await mutationsDelivered();
    expect(calls()).toBe(1);
    // Once is enough: the scanner takes over from here.
    document.body.insertAdjacentHTML('beforeend', '<p>Cara Delevingne too.</p>');
    await mutationsDelivered();
    expect(calls()).toBe(1);
  });

  it('calls at once on a page that names someone', () => {
    expect(watch('<p>A word about Cara Delevingne.</p>')()).toBe(1);
  });

  it('reads the changed block whole: a name completed by new text next to old', async () => {
    const calls = watch('<p>Here is Paris <span id="rest"></span> again.</p>');
    document.getElementById('rest')!.textContent = 'Jackson';
    await mutationsDelivered();
    expect(calls()).toBe(1);
  });

  it('sees text data changed in place', async () => {
    const calls = watch('<p id="p">Nobody here.</p>');
    (document.getElementById('p')!.firstChild as Text).data = 'Now: Cara Delevingne.';
    await mutationsDelivered();
    expect(calls()).toBe(1);
  });

  it('reads open shadow roots, at start and when they arrive', async () => {
    document.body.innerHTML = '<news-card id="card"></news-card>';
    document.getElementById('card')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Paris Jackson inside.</p>';
    const onMaybe = vi.fn();
    stop = new AbortController();
    watchPage(document, PATTERN, onMaybe, stop.signal);
    expect(onMaybe).toHaveBeenCalledTimes(1);

    const calls = watch('<p>Nothing.</p>');
    const host = document.createElement('news-card');
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>@caradelevingne posted.</p>';
    document.body.append(host);
    await mutationsDelivered();
    expect(calls()).toBe(1);
  });

  it('stops when its signal aborts', async () => {
    const calls = watch('<p>Nothing.</p>');
    stop.abort();
    document.body.insertAdjacentHTML('beforeend', '<p>Paris Jackson.</p>');
    await mutationsDelivered();
    expect(calls()).toBe(0);
  });
});
