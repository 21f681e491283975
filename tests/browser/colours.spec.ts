/**
 * A colour means one thing: each side's mark in the matrix, the reporter's, the links and the
 * focus ring tell apart at a glance, in light and dark, read from the computed styles of the
 * pair page (a CIEDE2000 difference of at least 20 between any two).
 */
import { expect, test } from '@playwright/test';
import { differenceCiede2000 } from 'culori';
import { siteOrigin } from './origins.ts';

const difference = differenceCiede2000();
/** Where each colour is read: a mark's fill, a swatch, a link's text, the focus ring of a focused link. */
const COLOURS = {
  Li: ['.matrix-legend .mark--china', 'backgroundColor'],
  Mishustin: ['.matrix-legend .mark--russia', 'backgroundColor'],
  'both sides': ['.matrix-legend .mark--both', 'backgroundColor'],
  // No topic is the reporter's alone on this pair, so its mark is read off the who-speaks chart.
  reporter: ['.shares__value.side--narrative .swatch', 'color'],
  link: ['#what-changed a.para-ref', 'color'],
  focus: ['#what-changed a.para-ref', 'outlineColor'],
} as const;

for (const colorScheme of ['light', 'dark'] as const) {
  test(`in ${colorScheme}, the sides, the reporter, the links and the focus ring each have a colour of their own`, async ({
    page,
  }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'colours do not depend on the width');
    await page.emulateMedia({ colorScheme });
    await page.goto(`${siteOrigin()}/compare/2023-bishkek--2024-islamabad/`);
    // The ring shows on a link reached by the keyboard.
    await page.keyboard.press('Tab');
    await page.locator('#what-changed a.para-ref').first().focus();
    const colours: Record<string, string> = {};
    for (const [name, [selector, property]] of Object.entries(COLOURS)) {
      colours[name] = await page
        .locator(selector)
        .first()
        .evaluate((el, key) => getComputedStyle(el)[key], property);
    }
    const names = Object.keys(colours);
    for (const [index, a] of names.entries()) {
      for (const b of names.slice(index + 1)) {
        expect(difference(colours[a]!, colours[b]!), `${a} (${colours[a]}) against ${b} (${colours[b]})`).toBeGreaterThanOrEqual(20);
      }
    }
  });
}
