import { describe, expect, it } from 'vitest';
import { parseToBackgroundMessage, parseToContentMessage } from '@/utils/messages';

describe('messages are checked at the receiver', () => {
  it.each([
    [{ type: 'get-page-status' }, { type: 'get-page-status' }],
    [{ type: 'toggle-site', extra: 'dropped' }, { type: 'toggle-site' }],
    [{ type: 'jump-to-mention', person: 'paris-jackson' }, { type: 'jump-to-mention', person: 'paris-jackson' }],
    [{ type: 'jump-to-mention' }, null],
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
    [{ type: 'patch-settings', change: { scope: 'everything', patch: {} } }, false],
    [{ type: 'patch-settings' }, false],
  ])('background: %j accepted=%s', (raw, accepted) => {
    expect(parseToBackgroundMessage(raw) !== null).toBe(accepted);
  });
});
