/**
 * Browser tests: Playwright driving Debian's Chromium, its headless shell where installed
 * (tests/support/chromium.ts; never a downloaded browser), against the built site served on
 * 127.0.0.1, at a phone's size and a desktop's.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, TEST_BROWSER_PATH } from '../support/chromium.ts';

export default defineConfig({
  testDir: fileURLToPath(new URL('.', import.meta.url)),
  outputDir: fileURLToPath(new URL('../../test-output/playwright', import.meta.url)),
  globalSetup: fileURLToPath(new URL('./global-setup.ts', import.meta.url)),
  workers: 2,
  // Tests of one file spread over the workers too: the pages' tests are most of the time.
  fullyParallel: true,
  timeout: 120_000,
  reporter: [['list']],
  use: {
    launchOptions: {
      executablePath: TEST_BROWSER_PATH,
      args: CHROMIUM_FLAGS,
    },
  },
  projects: [
    { name: 'phone', use: { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true } },
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
  ],
});
