import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds the real site once, into test-output/site, before any test reads it.
    globalSetup: ['tests/support/global-setup.ts'],
    // Test files run side by side, one worker per core; each build test builds in a copy of
    // the project (tests/support/build.ts), so that no two builds share an .astro/ folder.
    maxWorkers: availableParallelism(),
    // The files of a worker share their imports (the Markdown pipeline, the HTML parsers, the
    // analysis): importing them again for each file cost more than all the unit tests. No test
    // changes a module's state.
    isolate: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
