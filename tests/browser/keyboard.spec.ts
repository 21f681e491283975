/** Keyboard use and paragraph links, as a reader would try them. */
import { expect, test, type Page } from '@playwright/test';
import { siteOrigin } from './origins.ts';

/** Tabs through the whole page; returns each focused element's description in order. */
async function tabThrough(page: Page): Promise<{ label: string; outline: string; shadow: string; order: number }[]> {
  const total = await page.evaluate(() => document.querySelectorAll('a[href], [tabindex="0"], summary, button, input').length);
  const seen: { label: string; outline: string; shadow: string; order: number }[] = [];
  for (let i = 0; i < total; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      const all = [...document.querySelectorAll('a[href], [tabindex="0"], summary, button, input')];
      return {
        label: `${element.tagName.toLowerCase()} ${element.getAttribute('href') ?? ''} ${element.textContent?.trim().slice(0, 30) ?? ''}`,
        outline: `${style.outlineStyle} ${style.outlineWidth}`,
        shadow: style.boxShadow,
        order: all.indexOf(element),
      };
    });
    if (!focused) break;
    seen.push(focused);
  }
  return seen;
}

test.describe('keyboard', () => {
  for (const path of ['/', '/meetings/2024-islamabad/', '/compare/']) {
    test(`${path}: skip link first, every stop visibly focused, in reading order`, async ({ page }) => {
      await page.goto(`${siteOrigin()}${path}`);
      const stops = await tabThrough(page);
      expect(stops[0]?.label).toMatch(/^a #main Skip to content/);
      for (const stop of stops) {
        expect(stop.outline === 'none 0px' && stop.shadow === 'none', `no visible focus on ${stop.label}`).toBe(false);
      }
      const orders = stops.map((s) => s.order);
      expect(orders, 'tab order follows the page').toEqual([...orders].sort((a, b) => a - b));
      expect(await page.locator('[tabindex]:not([tabindex="0"]):not([tabindex="-1"])').count(), 'no positive tabindex').toBe(0);
    });
  }

  test('the skip link moves focus to the main content', async ({ page }) => {
    await page.goto(`${siteOrigin()}/meetings/2023-bishkek/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  test('every paragraph permalink can be reached with the keyboard', async ({ page }) => {
    await page.goto(`${siteOrigin()}/meetings/2024-islamabad/`);
    const stops = await tabThrough(page);
    const permalinks = stops.filter((s) => /^a #p\d+ /.test(s.label)).map((s) => s.label.split(' ')[1]);
    expect(permalinks).toEqual(['#p1', '#p2', '#p3', '#p4', '#p5', '#p6', '#p7', '#p8', '#p9']);
  });
});

test('a link to /meetings/2024-islamabad/#p3 scrolls to paragraph 3 and highlights it', async ({ page }) => {
  await page.goto(`${siteOrigin()}/meetings/2024-islamabad/#p3`);
  const p3 = page.locator('#p3');
  await expect(p3).toBeInViewport();
  const background = (id: string) => page.locator(id).evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(await background('#p3')).not.toBe(await background('#p4'));
  expect(await p3.evaluate((element) => element.matches(':target'))).toBe(true);
});
