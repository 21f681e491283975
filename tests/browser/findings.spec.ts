/**
 * The answer first, measured in the browser: on /compare/ and on the pair page, the summary's
 * main changes are on the first screen at a phone's size and a desktop's (the multipolar world
 * and "third party" dropped, "strategic coordination" new, Li taking up "core interests"); a
 * finding's evidence link lands on its sentence, highlighted; a topic's name opens its quotations.
 */
import { expect, test } from '@playwright/test';
import { siteOrigin } from './origins.ts';

/** Words the first screen must show, each in the summary, read off the two reports. */
const MAIN_CHANGES = ['multipolar world', 'third party', 'strategic coordination', 'core interests'];

for (const path of ['/compare/', '/compare/2023-bishkek--2024-islamabad/']) {
  test(`${path}: the main changes are on the first screen`, async ({ page }) => {
    await page.goto(`${siteOrigin()}${path}`);
    const viewport = page.viewportSize()!;
    for (const words of MAIN_CHANGES) {
      const item = page.locator('.summary q', { hasText: words }).first();
      const box = await item.boundingBox();
      expect(box, `"${words}" is in the summary`).not.toBeNull();
      expect(box!.y + box!.height, `"${words}" is on the first screen`).toBeLessThanOrEqual(viewport.height);
    }
    await expect(page.locator('.summary__line').first()).toContainText('Not in the 2024 report, on world order');
  });
}

test('a finding links to its sentence, which lands in view and is highlighted', async ({ page }) => {
  await page.goto(`${siteOrigin()}/compare/2023-bishkek--2024-islamabad/`);
  // Mishustin's "core interests" in 2024 ¶8: the evidence of Li taking them up sits beside it.
  const link = page.locator('#formula-core-interests a[href$="#p8-s1"]');
  await link.click();
  await expect(page).toHaveURL(/\/meetings\/2024-islamabad\/#p8-s1$/);
  const sentence = page.locator('[id="p8-s1"]');
  await expect(sentence).toBeInViewport();
  const background = await sentence.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).not.toBe('rgba(0, 0, 0, 0)');
  const box = await sentence.boundingBox();
  expect(box!.y, 'some context above the sentence').toBeGreaterThan(16);
});

test('a summary item links to its sentence: "third party" to Bishkek ¶3', async ({ page }) => {
  await page.goto(`${siteOrigin()}/compare/`);
  const item = page.locator('.summary__item', { hasText: 'third party' });
  await item.locator('a').first().click();
  await expect(page).toHaveURL(/\/meetings\/2023-bishkek\/#p3-s1$/);
  await expect(page.locator('[id="p3-s1"]')).toContainText('neither targeted at nor influenced by any third party');
});

test('a topic link opens its quotations side by side', async ({ page }) => {
  await page.goto(`${siteOrigin()}/compare/2023-bishkek--2024-islamabad/`);
  await page.locator('#what-changed a.change__topic', { hasText: 'Culture Year(s)' }).first().click();
  await expect(page).toHaveURL(/\/topics\/#formula-culture-years$/);
  const topic = page.locator('[id="formula-culture-years"]');
  await expect(topic).toBeInViewport();
  await expect(topic.locator('.quotes li')).toHaveCount(2);
});
