/**
 * Nothing scrolls sideways: every page of the real site (pages.spec.ts), and the pages that grow
 * with the number of meetings, at 4 and 30 meetings, with a 160-character word in a report,
 * at a phone's width and a desktop's.
 */
import { expect, test } from '@playwright/test';
import { LONG_WORD, manyMeetingsOrigins } from './origins.ts';

const PAGES = ['/', '/compare/', '/meetings/2002-synthetic-city-1/', '/compare/2002-synthetic-city-1--2002-synthetic-city-2/'];

for (const [index, count] of [4, 30].entries()) {
  for (const path of PAGES) {
    test(`with ${count} meetings, ${path} stays inside the screen`, async ({ page }) => {
      const { origin } = manyMeetingsOrigins()[index]!;
      await page.goto(`${origin}${path}`);
      // The viewport's width, not window.innerWidth: a phone's browser zooms out to a page wider than the screen.
      const width = page.viewportSize()!.width;
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth, `${path} is ${scrollWidth} px wide on a ${width} px screen`).toBeLessThanOrEqual(width);
      if (path === '/meetings/2002-synthetic-city-1/') await expect(page.locator('main')).toContainText(LONG_WORD);
    });
  }
}
