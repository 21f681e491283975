import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    // Test files run side by side, one worker per core; each build test builds in a copy of
    // the project (tests/support/build.ts), so that no two builds share an .astro/ folder.
    maxWorkers: availableParallelism(),
    // The files of a worker share their imports (the Markdown pipeline, the HTML parsers, the
    // analysis): importing them again for each file cost more than all the unit tests. No test
    // changes a module's state.
    isolate: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    projects: [
      // The pure functions, the schemas and the content checks: no build (npm run test:unit).
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // What only a build shows (npm run test:build): the real site is built once, into
      // test-output/site, before any test reads it; some tests build variants of their own.
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'], globalSetup: ['tests/support/global-setup.ts'] } },
    ],
  },
});
