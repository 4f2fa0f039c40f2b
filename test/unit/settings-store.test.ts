import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createSettingsWriter, toggleSite } from '@/lib/settings-store';
import { loadSettings } from '@/lib/settings-read';
import { DEFAULT_SETTINGS } from '@/utils/settings';

describe('settings store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('repairs a corrupt stored value field by field, keeping other sites', async () => {
    await fakeBrowser.storage.local.set({
      settings: { global: { hoverDelayMs: 'fast', enabledByDefault: false }, sites: { 'a.example': { enabled: false }, 'b.example': 7 } },
    });
    const settings = await loadSettings();
    expect(settings.global.enabledByDefault).toBe(false);
    expect(settings.global.hoverDelayMs).toBe(DEFAULT_SETTINGS.global.hoverDelayMs);
    expect(settings.sites).toEqual({ 'a.example': { enabled: false } });
  });

  it('loses no update when many changes arrive at the same moment', async () => {
    const write = createSettingsWriter();
    const hostnames = Array.from({ length: 20 }, (_, i) => `site${i}.example`);
    await Promise.all([
      ...hostnames.map((hostname) => write({ scope: 'site', hostname, patch: { enabled: false } })),
      write({ scope: 'global', patch: { hoverDelayMs: 700 } }),
      write({ scope: 'site', hostname: 'site3.example', patch: { markStyle: 'highlight' } }),
    ]);
    const settings = await loadSettings();
    expect(Object.keys(settings.sites).sort()).toEqual([...hostnames].sort());
    expect(settings.sites['site3.example']).toEqual({ enabled: false, markStyle: 'highlight' });
    expect(settings.global.hoverDelayMs).toBe(700);
  });
});

describe('the keyboard command\'s toggle', () => {
  beforeEach(() => fakeBrowser.reset());

  it('flips the site against the stored value, one write after another', async () => {
    const write = createSettingsWriter();
    await Promise.all([write(toggleSite('a.example')), write(toggleSite('a.example')), write(toggleSite('a.example'))]);
    expect((await loadSettings()).sites['a.example']).toEqual({ enabled: false });
    await write(toggleSite('a.example'));
    expect((await loadSettings()).sites['a.example']).toEqual({ enabled: true });
  });
});
