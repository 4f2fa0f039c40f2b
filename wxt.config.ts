import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

/**
 * The content script's parts (entrypoints/content.ts, the one script every page runs, and the scanner and mention
 * parts injected after it) get the browser's own API instead of webextension-polyfill: they call only promise-returning
 * methods both browsers have natively (storage.local.get, runtime.sendMessage) and listen to storage changes, and the
 * one message listener answers with sendResponse, which needs no polyfill. The polyfill is 30 KB of unminified code
 * each page would evaluate. The worker and the popup keep it.
 */
const CONTENT_PARTS = new Set(['content', 'scanner', 'mention']);
const nativeBrowser = createRequire(import.meta.url).resolve('@wxt-dev/browser');

// See README "Permissions" for why each permission is needed.
export default defineConfig({
  // Every import is written out, so a reader can see where each name comes from.
  imports: false,
  // The benchmark's build records timings (lib/content/perf-probe.ts) and lives apart from the shipped one.
  outDir: process.env.WXT_BENCH === 'true' ? '.output-bench' : '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((entry) => CONTENT_PARTS.has(entry.name))) return;
      const alias = config.resolve?.alias ?? [];
      const aliases = Array.isArray(alias) ? alias : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = { ...config.resolve, alias: [{ find: /^wxt\/browser$/, replacement: nativeBrowser }, ...aliases] };
    },
    // A dataset that fails validation never ships: the build stops with the file, the claim and the reason.
    // The gate runs through tsx, in a child process, so it can use the `@/` alias (this config's loader cannot).
    'build:before': () => {
      const dataDir = process.env.RUMOR_CONTEXT_DATA_DIR ?? 'data';
      const gate = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/dataset.ts', '--check', '--data', dataDir], { encoding: 'utf8' });
      if (gate.status !== 0) throw new Error(gate.stderr.trim() || `the dataset gate failed (exit ${gate.status})`);
    },
  },
  manifest: ({ browser }) => ({
    name: 'Rumor Context',
    description: 'Sourced context behind celebrity rumors, right where you read.',
    permissions: ['storage', 'activeTab', 'scripting'],
    commands: {
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: 'Turn Rumor Context on or off for this site',
      },
      // No mouse needed: the next name on the page, its card open with focus in it (Esc returns to where you were).
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Go to the next marked name and open its card',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'rumor-context@example.org',
              // 140: the first Firefox with the CSS Custom Highlight API the marks are painted with.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
