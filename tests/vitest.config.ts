import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds the real site once, into test-output/site, before any test reads it.
    globalSetup: ['tests/support/global-setup.ts'],
    // Build tests run Astro, which writes its generated types into .astro/: one at a time.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
