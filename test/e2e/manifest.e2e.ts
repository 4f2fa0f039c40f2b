/**
 * The built extension asks for as little as it can: `storage` (plus `activeTab` and `scripting`, see PERMISSIONS), host
 * access to http/https pages only (the content script's matches, top frame; the same hosts let the worker inject the
 * card's script there), nothing web-accessible, no channel a web page could use, and no remote endpoint
 * named anywhere in the bundle. Reads .output/chrome-mv3 (run `npm run build` first, as `npm run test:e2e` does).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR } from './support/browser';

const extensionDir = process.env.RUMOR_CONTEXT_EXTENSION_DIR ?? EXTENSION_DIR;
const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as Record<string, unknown>;

/** Every permission, with the reason it is needed (README "Permissions and privacy"); nothing else may appear. */
const PERMISSIONS: Record<string, string> = {
  storage: 'settings and "not this person" choices, on this device',
  activeTab: "the popup reads the current tab's address to say why it cannot run there; no install warning",
  scripting: 'the worker injects the card\'s script (content-scripts/mention.js) into a tab on its first mark; no install warning',
};

/** Host access: the same http/https pages as the content script's matches (scripting needs it), no more. */
const HOSTS = ['http://*/*', 'https://*/*'];

/** URLs that may appear in the bundle: XML namespaces, the content script's match patterns, WXT's error help links. */
const ALLOWED_URLS = [
  /^http:\/\/www\.w3\.org\/(1998\/Math\/MathML|1999\/xhtml|2000\/svg|1999\/xlink|XML\/1998\/namespace|2000\/xmlns\/)$/,
  /^https?:\/\/\*\/\*$/,
  /^https:\/\/(wxt\.dev|github\.com\/wxt-dev)\//,
];

function bundleFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return bundleFiles(path);
    return /\.(js|html|css|json)$/.test(name) ? [path] : [];
  });
}

describe('built manifest (chrome-mv3)', () => {
  it('asks only for the permissions listed with a reason', () => {
    expect([...(manifest.permissions as string[])].sort()).toEqual(Object.keys(PERMISSIONS).sort());
    expect([...(manifest.host_permissions as string[])].sort()).toEqual(HOSTS);
    for (const key of ['optional_permissions', 'optional_host_permissions']) expect(manifest[key]).toBeUndefined();
  });

  it('runs one top-frame content script on http and https pages', () => {
    const scripts = manifest.content_scripts as Record<string, unknown>[];
    expect(scripts).toHaveLength(1);
    const [script] = scripts;
    expect([...(script.matches as string[])].sort()).toEqual(HOSTS);
    expect(script.all_frames ?? false).toBe(false);
    expect(script.match_about_blank ?? false).toBe(false);
    expect(script.match_origin_as_fallback ?? false).toBe(false);
    expect(script.world ?? 'ISOLATED').toBe('ISOLATED');
    expect(script.exclude_matches).toBeUndefined();
  });

  it('exposes nothing to web pages and loosens no security policy', () => {
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.sandbox).toBeUndefined();
    expect(manifest.update_url).toBeUndefined();
  });

  it('names no remote endpoint in any bundled file', () => {
    const unexpected: string[] = [];
    for (const file of bundleFiles(extensionDir)) {
      for (const [url] of readFileSync(file, 'utf8').matchAll(/\b(?:https?|wss?|ftp):\/\/[^\s"'`)<>\\]+/g)) {
        if (!ALLOWED_URLS.some((allowed) => allowed.test(url))) unexpected.push(`${file.slice(extensionDir.length + 1)}: ${url}`);
      }
    }
    expect(unexpected).toEqual([]);
  });

  it('offers its keyboard commands with suggested keys (Chrome allows at most four)', () => {
    const commands = manifest.commands as Record<string, { suggested_key?: { default?: string } }>;
    expect(Object.keys(commands).sort()).toEqual(['next-mention', 'toggle-site']);
    expect(commands['next-mention'].suggested_key?.default).toBe('Alt+Shift+N');
    expect(Object.values(commands).filter((command) => command.suggested_key).length).toBeLessThanOrEqual(4);
  });
});
