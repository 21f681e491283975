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

/** Teal means a link: on every page, nothing but a link (or a disclosure's summary, which opens like one) is drawn in it. */
for (const path of [
  '/',
  '/compare/',
  '/compare/2023-bishkek--2024-islamabad/',
  '/compare/2023-bishkek--2024-islamabad/topics/',
  '/meetings/2024-islamabad/',
  '/compare/method/',
]) {
  test(`${path}: teal marks links only`, async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'colours do not depend on the width');
    await page.goto(`${siteOrigin()}${path}`);
    const misused = await page.evaluate(() => {
      const accent = getComputedStyle(document.querySelector('a[href]')!).color;
      const found: string[] = [];
      for (const el of document.querySelectorAll('body *')) {
        if (el.closest('a, summary')) continue;
        const style = getComputedStyle(el);
        const painted = [
          style.color,
          style.backgroundColor,
          style.fill,
          style.stroke,
          ...(['Top', 'Right', 'Bottom', 'Left'] as const)
            .filter((side) => parseFloat(style[`border${side}Width`]) > 0)
            .map((side) => style[`border${side}Color`]),
        ];
        // Text colour counts only where the element holds text of its own.
        const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
        if (painted.slice(1).includes(accent) || (ownText && style.color === accent))
          found.push(`${el.tagName.toLowerCase()}.${el.className}`);
      }
      return found;
    });
    expect(misused).toEqual([]);
  });
}
