/** Keyboard use and paragraph links, as a reader would try them. */
import { expect, test, type Page } from '@playwright/test';
import { siteOrigin } from './origins.ts';

interface Stop {
  label: string;
  outline: string;
  shadow: string;
  order: number;
}

/**
 * Tabs through the whole page; returns each focused element's description in order. The page
 * notes each focus itself, so that a stop costs one key press and no round trip; once
 * focus leaves the page, later stops are not noted (focus may come round to the top again).
 */
async function tabThrough(page: Page): Promise<Stop[]> {
  const total = await page.evaluate(() => {
    const focusable = 'a[href], [tabindex="0"], summary, button, input';
    const stops: Stop[] = [];
    let left = false;
    document.addEventListener('focusout', (event) => {
      if (!event.relatedTarget) left = true;
    });
    document.addEventListener('focusin', (event) => {
      const element = event.target as HTMLElement;
      if (left || element === document.body) return;
      const style = getComputedStyle(element);
      stops.push({
        label: `${element.tagName.toLowerCase()} ${element.getAttribute('href') ?? ''} ${element.textContent?.trim().slice(0, 30) ?? ''}`,
        outline: `${style.outlineStyle} ${style.outlineWidth}`,
        shadow: style.boxShadow,
        order: [...document.querySelectorAll(focusable)].indexOf(element),
      });
    });
    (window as unknown as { tabStops: Stop[] }).tabStops = stops;
    return document.querySelectorAll(focusable).length;
  });
  await pressTab(page, total);
  return page.evaluate(() => (window as unknown as { tabStops: Stop[] }).tabStops);
}

/**
 * Presses Tab `count` times. The key events go as page.keyboard.press sends them (Chromium's
 * Input.dispatchKeyEvent), but all at once rather than each after the last one's answer: the
 * browser handles them in order, without a round trip per stop on /compare/'s long tab order.
 */
async function pressTab(page: Page, count: number): Promise<void> {
  const browser = await page.context().newCDPSession(page);
  const tab = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9 };
  const events = Array.from({ length: count }, () => [
    browser.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...tab }),
    browser.send('Input.dispatchKeyEvent', { type: 'keyUp', ...tab }),
  ]);
  await Promise.all(events.flat());
  await browser.detach();
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
