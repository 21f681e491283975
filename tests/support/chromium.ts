/**
 * Debian's Chromium, as the browser tests and Lighthouse start it: never a downloaded browser.
 * CHROMIUM_PATH (or CHROME_PATH) names another binary for both.
 */
import { existsSync } from 'node:fs';

const chosen = process.env['CHROMIUM_PATH'] ?? process.env['CHROME_PATH'];

/** The desktop browser: Lighthouse measures a page as a visitor's browser loads it. */
export const CHROMIUM_PATH = chosen ?? '/usr/bin/chromium';

/**
 * The browser tests' browser: Debian's headless shell (package chromium-headless-shell), where
 * it is installed, else the desktop browser. The same Chromium, built without the desktop
 * browser's GPU and display processes, which the tests do not need: it runs them with the same
 * results and less work.
 */
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
export const TEST_BROWSER_PATH = chosen ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : CHROMIUM_PATH);

/** As root and offline: no sandbox, and no background calls to Google's services. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
