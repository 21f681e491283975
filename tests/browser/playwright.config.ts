/**
 * Browser tests: Playwright driving Debian's Chromium (never a downloaded browser) against the
 * built site served on 127.0.0.1, at a phone's size and a desktop's.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: fileURLToPath(new URL('.', import.meta.url)),
  outputDir: fileURLToPath(new URL('../../test-output/playwright', import.meta.url)),
  globalSetup: fileURLToPath(new URL('./global-setup.ts', import.meta.url)),
  workers: 2,
  timeout: 120_000,
  reporter: [['list']],
  use: {
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      // As root and offline: no sandbox, and no background calls to Google's services.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'phone', use: { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true } },
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
  ],
});
