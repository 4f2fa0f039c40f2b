import { describe, expect, it } from 'vitest';
import { parseToBackgroundMessage, parseToContentMessage } from '@/utils/messages';

describe('messages are checked at the receiver', () => {
  it.each([
    [{ type: 'get-page-status' }, { type: 'get-page-status' }],
    [{ type: 'get-page-status', settled: 'wait', extra: 'dropped' }, { type: 'get-page-status', settled: 'wait' }],
    [{ type: 'get-page-status', settledOn: 'abc' }, { type: 'get-page-status', settledOn: 'abc' }],
    // Toggling the site is the background worker's now (the keyboard command no longer goes through the page).
    [{ type: 'toggle-site' }, null],
    [{ type: 'jump-to-mention', person: 'paris-jackson' }, { type: 'jump-to-mention', person: 'paris-jackson' }],
    [{ type: 'jump-to-mention' }, null],
    [{ type: 'jump-to-mention', person: 'paris-jackson', openCard: true }, { type: 'jump-to-mention', person: 'paris-jackson', openCard: true }],
    [{ type: 'jump-to-mention', person: 'paris-jackson', openCard: 'yes' }, { type: 'jump-to-mention', person: 'paris-jackson' }],
    [{ type: 'open-next-mention', person: 'dropped' }, { type: 'open-next-mention' }],
    [{ type: 'eval', code: 'alert(1)' }, null],
    ['get-page-status', null],
    [null, null],
  ])('content: %j', (raw, expected) => {
    expect(parseToContentMessage(raw)).toEqual(expected);
  });

  it.each([
    [{ type: 'patch-settings', change: { scope: 'site', hostname: 'a.example', patch: { enabled: false } } }, true],
    [{ type: 'patch-settings', change: { scope: 'global', patch: { hoverDelayMs: 300, modifier: 'Alt' } } }, true],
    [{ type: 'patch-settings', change: { scope: 'site', hostname: '', patch: { enabled: false } } }, false],
    [{ type: 'patch-settings', change: { scope: 'site', hostname: 'a.example', patch: { enabled: 'no' } } }, false],
    [{ type: 'patch-settings', change: { scope: 'site', hostname: 'a.example', patch: { __proto__: 1, admin: true } } }, false],
    [{ type: 'patch-settings', change: { scope: 'global', patch: { hoverDelayMs: Number.NaN } } }, false],
    [{ type: 'patch-settings', change: { scope: 'global', patch: { unknown: 1 } } }, false],
    [{ type: 'patch-settings', change: { scope: 'global', patch: { hiddenTopics: ['self-harm'], quietMode: true } } }, true],
    [{ type: 'patch-settings', change: { scope: 'global', patch: { hiddenTopics: ['gossip'] } } }, false],
    [{ type: 'patch-settings', change: { scope: 'global', patch: { quietMode: 1 } } }, false],
    [{ type: 'patch-settings', change: { scope: 'everything', patch: {} } }, false],
    [{ type: 'patch-settings' }, false],
    [{ type: 'toggle-site', hostname: 'a.example' }, true],
    [{ type: 'toggle-site', hostname: '' }, false],
    [{ type: 'dismiss-mention', pageUrl: 'https://a.example/x', key: 'paris-jackson||Paris|' }, true],
    [{ type: 'dismiss-mention', pageUrl: 'chrome://settings', key: 'k' }, false],
    [{ type: 'dismiss-mention', pageUrl: 'https://a.example/x', key: 'k'.repeat(201) }, false],
    [{ type: 'get-card-data', person: 'cara-delevingne' }, true],
    [{ type: 'match-passage', text: 'Paris kissed Cara.', focus: { start: 0, end: 18 } }, true],
    [{ type: 'match-passage', text: 'Paris kissed Cara.', focus: { start: 5, end: 40 } }, false],
    [{ type: 'match-passage', text: 'Paris kissed Cara.', focus: { start: 9, end: 2 } }, false],
    [{ type: 'match-passage', text: 'Paris kissed Cara.', focus: { start: 0.5, end: 2 } }, false],
    [{ type: 'match-passage', text: 'x'.repeat(5000), focus: { start: 0, end: 1 } }, false],
    [{ type: 'match-passage', text: 'Paris kissed Cara.' }, false],
    [{ type: 'hasOwnProperty' }, false],
  ])('background: %j accepted=%s', (raw, accepted) => {
    expect(parseToBackgroundMessage(raw) !== null).toBe(accepted);
  });
});
