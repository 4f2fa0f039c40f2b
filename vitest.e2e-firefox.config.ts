import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The Firefox tier drives the Firefox build (.output/firefox-mv2) in Debian's firefox-esr over WebDriver BiDi. Launches
// are slow (5-25 s on a shared 2-core machine), hence the long hook timeout; one file at a time, like the Chromium tier.
export default defineConfig({
  // Some tests import the project's pure modules (the detector, for the mentions command), which use the `@/` alias.
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['test/e2e-firefox/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
