/** Builds the two extensions the benchmark loads: the bench build (records timings) and the shipped one (its size). */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/** This repository: where the pages and results go. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** Where the builds of the project at `project` (this repository, or a patched copy of it) are. */
export function buildPaths(project: string) {
  return {
    benchExtension: resolve(project, '.output-bench/chrome-mv3'),
    shippedExtension: resolve(project, '.output/chrome-mv3'),
    shippedContentScript: resolve(project, '.output/chrome-mv3/content-scripts/content.js'),
    firefoxContentScript: resolve(project, '.output/firefox-mv2/content-scripts/content.js'),
  };
}

/** Runs `wxt build` three times in `project` (bench, shipped, shipped for Firefox); output goes to stderr so stdout stays one JSON line per figure. */
export function buildExtensions(project: string): void {
  for (const [bench, args] of [[true, []], [false, []], [false, ['-b', 'firefox']]] as const) {
    execFileSync('npx', ['wxt', 'build', ...args], {
      cwd: project,
      env: { ...process.env, WXT_BENCH: bench ? 'true' : 'false' },
      stdio: ['ignore', process.stderr, process.stderr],
    });
  }
}
