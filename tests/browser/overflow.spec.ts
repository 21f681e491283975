/**
 * Nothing scrolls sideways and no word breaks: the real site and the sites of 4, 12 and 30
 * meetings (one report ends with a 160-character word, which may break), on phones from 320
 * px and on screens up to 1600 px. A word of 16 letters or fewer ("Mishustin", "Bishkek",
 * "Multilateral") is never split across two lines: measured on the rendered text, word by
 * word, with ranges.
 */
import { expect, test, type Page } from '@playwright/test';
import { LONG_WORD, manyMeetingsOrigins, siteOrigin } from './origins.ts';

const REAL_PAGES = [
  '/',
  '/compare/',
  '/compare/method/',
  '/meetings/2023-bishkek/',
  '/compare/2023-bishkek--2024-islamabad/',
  '/compare/2023-bishkek--2024-islamabad/topics/',
];
const SYNTHETIC_PAGES = ['/', '/compare/', '/meetings/2002-synthetic-city-1/', '/compare/2002-synthetic-city-1--2002-synthetic-city-2/'];
/** The phone project measures the phones' widths, the desktop project the rest. */
const WIDTHS = { phone: [320, 375], desktop: [768, 1024, 1280, 1600] };

/** The words of 16 letters or fewer that the page shows split over two lines, with where. */
const splitWords = (page: Page) =>
  page.evaluate(() => {
    const split: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      for (const word of node.data.matchAll(/\p{L}+/gu)) {
        if (word[0].length > 16) continue;
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom)));
        if (lines.size > 1) split.push(`${word[0]} (in ${node.parentElement?.className || node.parentElement?.tagName})`);
      }
    }
    return split;
  });

const sites = () => [
  { count: 2, origin: siteOrigin(), pages: REAL_PAGES },
  ...manyMeetingsOrigins().map(({ count, origin }) => ({ count, origin, pages: SYNTHETIC_PAGES })),
];

for (const count of [2, 4, 12, 30]) {
  test(`with ${count} meetings, no page scrolls sideways and no word of 16 letters or fewer breaks`, async ({ page }, testInfo) => {
    const site = sites().find((s) => s.count === count)!;
    const widths = WIDTHS[testInfo.project.name as keyof typeof WIDTHS];
    const problems: string[] = [];
    for (const width of widths) {
      await page.setViewportSize({ width, height: 800 });
      for (const path of site.pages) {
        await page.goto(`${site.origin}${path}`);
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        if (scrollWidth > width) problems.push(`${path} at ${width} px is ${scrollWidth} px wide`);
        for (const word of await splitWords(page)) problems.push(`${path} at ${width} px splits ${word}`);
        if (path === '/meetings/2002-synthetic-city-1/') await expect(page.locator('main')).toContainText(LONG_WORD);
      }
    }
    expect(problems).toEqual([]);
  });
}
