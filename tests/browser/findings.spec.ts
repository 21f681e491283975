/**
 * The answer first, measured in the browser: on /compare/ and on the pair page, the list of
 * what changed starts within the first screen, at a phone's size and a desktop's; and a
 * finding's evidence link lands on its sentence, highlighted.
 */
import { expect, test } from '@playwright/test';
import { siteOrigin } from './origins.ts';

for (const path of ['/compare/', '/compare/2023-bishkek--2024-islamabad/']) {
  test(`${path}: what changed starts on the first screen, its first finding in view`, async ({ page }) => {
    await page.goto(`${siteOrigin()}${path}`);
    const viewport = page.viewportSize()!;
    const heading = await page.locator('#what-changed-heading').boundingBox();
    const firstItem = await page.locator('#what-changed li').first().boundingBox();
    expect(heading!.y).toBeLessThan(viewport.height);
    expect(firstItem!.y + firstItem!.height, 'the first finding is on the first screen').toBeLessThanOrEqual(viewport.height);
  });
}

test('a finding links to its sentence, which lands in view and is highlighted', async ({ page }) => {
  await page.goto(`${siteOrigin()}/compare/2023-bishkek--2024-islamabad/`);
  const link = page.locator('#what-changed [aria-labelledby="changes-handed-over"] a[href$="#p8-s1"]');
  await link.click();
  await expect(page).toHaveURL(/\/meetings\/2024-islamabad\/#p8-s1$/);
  const sentence = page.locator('[id="p8-s1"]');
  await expect(sentence).toBeInViewport();
  const background = await sentence.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).not.toBe('rgba(0, 0, 0, 0)');
  const box = await sentence.boundingBox();
  expect(box!.y, 'some context above the sentence').toBeGreaterThan(16);
});

test('a topic link opens its quotations side by side', async ({ page }) => {
  await page.goto(`${siteOrigin()}/compare/2023-bishkek--2024-islamabad/`);
  await page.locator('#what-changed a.change__topic', { hasText: 'Culture Year(s)' }).first().click();
  await expect(page).toHaveURL(/\/topics\/#formula-culture-years$/);
  const topic = page.locator('[id="formula-culture-years"]');
  await expect(topic).toBeInViewport();
  await expect(topic.locator('.quotes li')).toHaveCount(2);
});
