import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// Test tiers, one folder each: test/unit (pure logic and components, fast), test/content (the content script's
// runtime and features in happy-dom with fake timers and a stubbed background), test/e2e (the built extension in
// Chromium, vitest.e2e.config.ts).
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.{ts,tsx}'], environment: 'node' } },
      { extends: true, test: { name: 'content', include: ['test/content/**/*.test.{ts,tsx}'], environment: 'happy-dom', setupFiles: ['test/content/support/browser-shims.ts'] } },
    ],
  },
});
