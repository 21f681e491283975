/**
 * A colour means one thing: each speaker's colour, the reporter's and the links' tell apart at a
 * glance, in light and dark, read from the computed styles of the pair page (a CIEDE2000
 * difference of at least 20 between any two).
 */
import { expect, test } from '@playwright/test';
import { differenceCiede2000 } from 'culori';
import { siteOrigin } from './origins.ts';

const difference = differenceCiede2000();
const MARKS = {
  Li: '.who__name--china',
  Mishustin: '.who__name--russia',
  'both sides': '.key .who__name--both',
  reporter: '.key .who__name--narrative',
  link: '#what-changed a.para-ref',
};

for (const colorScheme of ['light', 'dark'] as const) {
  test(`in ${colorScheme}, the speakers, the reporter and the links each have a colour of their own`, async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'colours do not depend on the width');
    await page.emulateMedia({ colorScheme });
    await page.goto(`${siteOrigin()}/compare/2023-bishkek--2024-islamabad/`);
    const colours = Object.fromEntries(
      await Promise.all(
        Object.entries(MARKS).map(
          async ([name, selector]) =>
            [
              name,
              await page
                .locator(selector)
                .first()
                .evaluate((el) => getComputedStyle(el).color),
            ] as const,
        ),
      ),
    );
    const names = Object.keys(colours);
    for (const [index, a] of names.entries()) {
      for (const b of names.slice(index + 1)) {
        expect(difference(colours[a]!, colours[b]!), `${a} (${colours[a]}) against ${b} (${colours[b]})`).toBeGreaterThanOrEqual(20);
      }
    }
  });
}
