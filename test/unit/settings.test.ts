import { describe, expect, it } from 'vitest';
import {
  applySettingsPatch,
  DEFAULT_SETTINGS,
  effectiveSiteSettings,
  HOVER_DELAY_MAX_MS,
  parseSettingsPatch,
  sanitizeSettings,
  type Settings,
} from '@/utils/settings';

const withSites = (sites: Settings['sites'], global: Partial<Settings['global']> = {}): Settings => ({
  global: { ...DEFAULT_SETTINGS.global, ...global },
  sites,
});

describe('effectiveSiteSettings: the per-site decision', () => {
  it.each([
    ['a new site follows the global default (on)', withSites({}), 'news.example', true, 'underline'],
    ['a new site follows the global default (off)', withSites({}, { enabledByDefault: false }), 'news.example', false, 'underline'],
    ['a site turned off stays off', withSites({ 'news.example': { enabled: false } }), 'news.example', false, 'underline'],
    ['a site turned on beats a global off', withSites({ 'news.example': { enabled: true } }, { enabledByDefault: false }), 'news.example', true, 'underline'],
    ['hostnames compare case-insensitively', withSites({ 'news.example': { enabled: false } }), 'NEWS.Example', false, 'underline'],
    ['a subdomain is its own site', withSites({ 'news.example': { enabled: false } }), 'www.news.example', true, 'underline'],
    ['a site style beats the global style', withSites({ 'a.example': { markStyle: 'none' } }, { markStyle: 'highlight' }), 'a.example', true, 'none'],
    ['the global style applies elsewhere', withSites({ 'a.example': { markStyle: 'none' } }, { markStyle: 'highlight' }), 'b.example', true, 'highlight'],
  ] as const)('%s', (_name, settings, hostname, enabled, markStyle) => {
    const site = effectiveSiteSettings(settings, hostname);
    expect(site.enabled).toBe(enabled);
    expect(site.markStyle).toBe(markStyle);
  });
});

describe('sanitizeSettings: stored values of any shape', () => {
  it.each([null, undefined, 42, 'settings', [], { global: 'x', sites: [] }])('falls back to defaults for %j', (stored) => {
    expect(sanitizeSettings(stored)).toEqual(DEFAULT_SETTINGS);
  });

  it('repairs each wrong field on its own and keeps the valid ones', () => {
    const stored = {
      global: { enabledByDefault: 'yes', markStyle: 'highlight', hoverDelayMs: 'slow', modifier: 'Hyper', people: { 'paris-jackson': false, x: 3 } },
      sites: { 'a.example': { enabled: false, markStyle: 'sparkles' }, 'b.example': 'off', 'c.example': { markStyle: 'none' } },
    };
    expect(sanitizeSettings(stored)).toEqual({
      global: { ...DEFAULT_SETTINGS.global, markStyle: 'highlight', people: { 'paris-jackson': false } },
      sites: { 'a.example': { enabled: false }, 'c.example': { markStyle: 'none' } },
    });
  });

  it('fills fields an older version did not store', () => {
    const older = { global: { enabledByDefault: false }, sites: { 'a.example': { enabled: true } } };
    expect(sanitizeSettings(older)).toEqual({
      global: { ...DEFAULT_SETTINGS.global, enabledByDefault: false },
      sites: { 'a.example': { enabled: true } },
    });
  });

  it('takes no array for an object of people or sites', () => {
    expect(sanitizeSettings({ global: { people: [true] }, sites: [{ enabled: true }] })).toEqual(DEFAULT_SETTINGS);
  });

  it('clamps the hover delay into its range', () => {
    expect(sanitizeSettings({ global: { hoverDelayMs: 1e9 } }).global.hoverDelayMs).toBe(HOVER_DELAY_MAX_MS);
  });

  it('hides no topic and is not quiet by default', () => {
    expect(DEFAULT_SETTINGS.global.hiddenTopics).toEqual([]);
    expect(DEFAULT_SETTINGS.global.quietMode).toBe(false);
  });

  it('keeps the known hidden topics once each and drops the rest; a broken quiet mode falls back to off', () => {
    const stored = { global: { hiddenTopics: ['sexuality', 'gossip', 3, 'sexuality', 'family'], quietMode: 'yes' } };
    expect(sanitizeSettings(stored).global).toEqual({ ...DEFAULT_SETTINGS.global, hiddenTopics: ['sexuality', 'family'] });
    expect(sanitizeSettings({ global: { hiddenTopics: { sexuality: true }, quietMode: true } }).global).toEqual({ ...DEFAULT_SETTINGS.global, quietMode: true });
  });
});

describe('applySettingsPatch', () => {
  it('changes one site and leaves the others alone', () => {
    const before = withSites({ 'a.example': { enabled: false }, 'b.example': { markStyle: 'none' } });
    const after = applySettingsPatch(before, { scope: 'site', hostname: 'B.example', patch: { enabled: false } });
    expect(after.sites).toEqual({ 'a.example': { enabled: false }, 'b.example': { markStyle: 'none', enabled: false } });
  });

  it('removes a site that no longer has its own choices', () => {
    const before = withSites({ 'a.example': { enabled: false } });
    expect(applySettingsPatch(before, { scope: 'site', hostname: 'a.example', patch: { enabled: undefined } }).sites).toEqual({});
  });

  it('changes global fields and sanitizes them', () => {
    const after = applySettingsPatch(DEFAULT_SETTINGS, { scope: 'global', patch: { hoverDelayMs: 5, modifier: 'Alt' } });
    expect(after.global.hoverDelayMs).toBe(150);
    expect(after.global.modifier).toBe('Alt');
  });
});

describe('parseSettingsPatch: change requests checked by the same schema, rejected whole', () => {
  it.each([
    [{ scope: 'site', hostname: 'a.example', patch: { enabled: false } }, true],
    [{ scope: 'site', hostname: 'a.example', patch: { enabled: undefined } }, true],
    [{ scope: 'global', patch: { hoverDelayMs: 300, modifier: 'Alt' } }, true],
    [{ scope: 'global', patch: { people: { 'paris-jackson': false } } }, true],
    [{ scope: 'site', hostname: '', patch: { enabled: false } }, false],
    [{ scope: 'site', hostname: 'a.example', patch: { enabled: 'no' } }, false],
    [{ scope: 'site', hostname: 'a.example', patch: { admin: true } }, false],
    [{ scope: 'global', patch: { hoverDelayMs: Number.NaN } }, false],
    [{ scope: 'global', patch: { people: { 'paris-jackson': 'no' } } }, false],
    [{ scope: 'global', patch: { unknown: 1 } }, false],
    [{ scope: 'global', patch: { hiddenTopics: ['sexuality', 'self-harm'], quietMode: true } }, true],
    [{ scope: 'global', patch: { hiddenTopics: ['gossip'] } }, false],
    [{ scope: 'global', patch: { hiddenTopics: 'sexuality' } }, false],
    [{ scope: 'global', patch: { quietMode: 'on' } }, false],
    [{ scope: 'everything', patch: {} }, false],
    [{ scope: 'global' }, false],
    ['global', false],
  ])('%j: %s', (change, accepted) => {
    expect(parseSettingsPatch(change) !== null).toBe(accepted);
  });

  it('clamps the hover delay as reading does', () => {
    expect(parseSettingsPatch({ scope: 'global', patch: { hoverDelayMs: 5 } })).toEqual({ scope: 'global', patch: { hoverDelayMs: 150 } });
  });
});
