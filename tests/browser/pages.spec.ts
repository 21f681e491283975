/**
 * Every page, found by crawling from /, in a real browser at the project's size: no console
 * error, no failed request, no request to another host, no sideways scrolling, no axe
 * violation (WCAG 2.2 AA) in light or dark; a screenshot of each for people to look at.
 */
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { testOutput } from '../support/build.ts';
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

const screenshotDir = `${testOutput}/screenshots`;
mkdirSync(screenshotDir, { recursive: true });

test('every page works, is accessible and stays inside the screen', async ({ page }, testInfo) => {
  const { pages, files } = await crawl(page);
  expect(pages).toEqual(expect.arrayContaining(['/', '/compare/', '/meetings/2023-bishkek/', '/meetings/2024-islamabad/']));
  console.log(`${testInfo.project.name}: ${pages.length} pages: ${pages.join(' ')}; ${files.length} other files: ${files.join(' ')}`);
  for (const file of files) {
    const response = await page.request.get(`${siteOrigin()}${file}`);
    expect(response.status(), file).toBe(200);
  }

  for (const path of [...pages, '/no-such-page/']) {
    await test.step(path, async () => {
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
      page.removeAllListeners('console');
      page.removeAllListeners('requestfailed');
      page.removeAllListeners('request');

      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);

      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        const violations = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(violations, `${colorScheme}`).toEqual([]);
        const name = path === '/' ? 'home' : path.replace(/^\/|\/$/g, '').replaceAll('/', '_');
        await page.screenshot({ path: `${screenshotDir}/${name}-${testInfo.project.name}-${colorScheme}.png`, fullPage: true });
      }
      await page.emulateMedia({ colorScheme: 'light' });
    });
  }
});
