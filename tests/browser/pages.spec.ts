/**
 * Every page, found by crawling from /, in a real browser at the project's size: no console
 * error, no failed request, no request to another host, no sideways scrolling, no axe
 * violation (WCAG 2.2 AA) in light or dark; with SCREENSHOTS=1 (`npm run screenshots`), a
 * screenshot of each for people to look at. One test per page, so that pages spread over the
 * workers.
 */
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { testOutput } from '../support/build.ts';
import { readContent } from '../support/content.ts';
import { siteOrigin } from './origins.ts';

const isPage = (path: string): boolean => path.endsWith('/') || path.endsWith('.html');

/** Internal pages reachable from /, by following links; other files they link to are checked to load. */
async function crawl(page: Page): Promise<{ pages: string[]; files: string[] }> {
  const found = new Set<string>(['/']);
  const queue = ['/'];
  while (queue.length > 0) {
    const path = queue.shift()!;
    await page.goto(`${siteOrigin()}${path}`);
    const hrefs = await page.$$eval('a[href], link[href]', (links) => links.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== siteOrigin() || found.has(url.pathname)) continue;
      found.add(url.pathname);
      if (isPage(url.pathname)) queue.push(url.pathname);
    }
  }
  const all = [...found].sort();
  return { pages: all.filter(isPage), files: all.filter((path) => !isPage(path)) };
}

/** The pages the site must have, read off content/: each meeting, and each pair of consecutive meetings. */
const ids = readContent()
  .sort((a, b) => a.data.meetingDate.localeCompare(b.data.meetingDate))
  .map((file) => file.id);
const pairs = ids.slice(1).map((id, index) => `${ids[index]}--${id}`);
const PAGES = [
  '/',
  '/compare/',
  '/compare/method/',
  ...pairs.flatMap((pair) => [`/compare/${pair}/`, `/compare/${pair}/topics/`]),
  ...ids.map((id) => `/meetings/${id}/`),
].sort();

// Screenshots for people to look at are made by `npm run screenshots` (SCREENSHOTS=1), not on
// every test run: they took a third of the browser tests' time.
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The rules of WCAG 2.2 AA whose outcome depends on colours (axe-core 4's ids). */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

const screenshotDir = process.env['SCREENSHOTS'] === '1' ? `${testOutput}/screenshots` : undefined;
if (screenshotDir) mkdirSync(screenshotDir, { recursive: true });

test('every page can be reached from /, and every file it links to loads', async ({ page }, testInfo) => {
  // Links and files are the same HTML at every size: one crawl says it.
  test.skip(testInfo.project.name !== 'desktop', 'the pages link to the same pages and files at every size');
  const { pages, files } = await crawl(page);
  expect(pages).toEqual(PAGES);
  console.log(`${testInfo.project.name}: ${pages.length} pages: ${pages.join(' ')}; ${files.length} other files: ${files.join(' ')}`);
  for (const file of files) {
    const response = await page.request.get(`${siteOrigin()}${file}`);
    expect(response.status(), file).toBe(200);
  }
});

for (const path of [...PAGES, '/no-such-page/']) {
  test(`${path} works, is accessible in light and dark, and stays inside the screen`, async ({ page }, testInfo) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && path !== '/no-such-page/') problems.push(`console: ${message.text()}`);
    });
    page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
    page.on('request', (request) => {
      if (!request.url().startsWith(siteOrigin()) && !request.url().startsWith('data:')) problems.push(`other host: ${request.url()}`);
    });
    const response = await page.goto(`${siteOrigin()}${path}`);
    expect(response?.status()).toBe(path === '/no-such-page/' ? 404 : 200);
    await page.waitForLoadState('load');
    expect(problems).toEqual([]);

    // Against the viewport's width: a phone's browser zooms out to a page wider than the screen, growing innerWidth.
    const overflow = (await page.evaluate(() => document.documentElement.scrollWidth)) - page.viewportSize()!.width;
    expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);

    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      // The scheme changes colours only: in dark, the rules about colour; in light, every rule.
      // Legacy mode runs axe in the page itself instead of gathering frames' results in a new
      // page: the same results for pages without frames, as here, in about half the time.
      const axe = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
      const results = await (colorScheme === 'dark' ? axe.withRules(COLOUR_RULES) : axe.withTags(WCAG_22_AA)).analyze();
      const violations = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(violations, `${colorScheme}`).toEqual([]);
      if (screenshotDir) {
        const name = path === '/' ? 'home' : path.replace(/^\/|\/$/g, '').replaceAll('/', '_');
        await page.screenshot({ path: `${screenshotDir}/${name}-${testInfo.project.name}-${colorScheme}.png`, fullPage: true });
      }
    }
  });
}
