/**
 * `npm run screenshots`: every page of test-output/site at phone and desktop widths, light
 * and dark, full length, into test-output/screenshots/, for a person to look at.
 * Uses Debian's Chromium (/usr/bin/chromium, or CHROMIUM_PATH); never downloads a browser.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { listPages } from './html.ts';
import { serve } from './serve.ts';
import { siteDir, testOutput } from './build.ts';

const outDir = `${testOutput}/screenshots`;
mkdirSync(outDir, { recursive: true });
const { origin, server } = await serve(siteDir);
const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium' });
try {
  for (const path of listPages(siteDir)) {
    for (const [label, viewport] of [['phone', { width: 375, height: 812 }], ['desktop', { width: 1280, height: 800 }]] as const) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({ viewport, colorScheme });
        await page.goto(`${origin}${path}`);
        const name = path === '/' ? 'home' : path.replace(/^\/|\/$/g, '').replaceAll('/', '_').replace('.html', '');
        await page.screenshot({ path: `${outDir}/${name}-${label}-${colorScheme}.png`, fullPage: true });
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`Screenshots in ${outDir}`);
