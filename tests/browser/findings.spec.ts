/**
 * The answer first, measured in the browser: on /compare/ and on the pair page, the headline and
 * the summary's first two sentences are on a phone's first screen, and every sentence on a
 * desktop's (the multipolar world and "third party" not in 2024, "strategic coordination" new, Li
 * taking up "core interests"); a finding's evidence link lands on its sentence, highlighted; a
 * topic's name opens its quotations.
 */
import { expect, test } from '@playwright/test';
import { siteOrigin } from './origins.ts';

/** Words the first screen must show, each in the summary, read off the two reports: on a phone the first two sentences', on a desktop all. */
const MAIN_CHANGES = ['multipolar world', 'third party', 'strategic coordination'];
const ON_A_DESKTOP_TOO = ['core interests', 'Shanghai Spirit', 'trade facilitation'];

for (const path of ['/compare/', '/compare/2023-bishkek--2024-islamabad/']) {
  test(`${path}: the headline and the main changes are on the first screen`, async ({ page }) => {
    await page.goto(`${siteOrigin()}${path}`);
    const viewport = page.viewportSize()!;
    const bottom = async (locator: ReturnType<typeof page.locator>) => {
      const box = await locator.boundingBox();
      expect(box).not.toBeNull();
      return box!.y + box!.height;
    };
    expect(await bottom(page.locator('#what-changed .headline')), 'the headline').toBeLessThanOrEqual(viewport.height);
    const lines = page.locator('.summary__line');
    const shown = viewport.width < 600 ? 2 : await lines.count();
    for (let i = 0; i < shown; i++) expect(await bottom(lines.nth(i)), `summary sentence ${i + 1}`).toBeLessThanOrEqual(viewport.height);
    for (const words of [...MAIN_CHANGES, ...(viewport.width < 600 ? [] : ON_A_DESKTOP_TOO)]) {
      const item = page.locator('.summary q', { hasText: words }).first();
      expect(await bottom(item), `"${words}" is on the first screen`).toBeLessThanOrEqual(viewport.height);
    }
    await expect(page.locator('.summary__line').first()).toContainText("Not raised in the 2024 report (2023's 4 topics on world order)");
  });
}

test('a finding links to its sentence, which lands in view and is highlighted', async ({ page }) => {
  await page.goto(`${siteOrigin()}/compare/2023-bishkek--2024-islamabad/`);
  // Mishustin's "core interests" in 2024 ¶8: the evidence of Li taking them up sits beside it.
  const link = page.locator('#formula-core-interests td a[href$="#p8-s1"]');
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
  // The first sentence quotes both sides' multipolar world (¶1), then Li's "third party" (¶3).
  await page.locator('.summary__line').first().locator('a.para-ref').nth(1).click();
  await expect(page).toHaveURL(/\/meetings\/2023-bishkek\/#p3-s1$/);
  await expect(page.locator('[id="p3-s1"]')).toContainText('neither targeted at nor influenced by any third party');
});

test('a row of the matrix opens, without script, to its words, and leads to the quotations side by side', async ({ page }) => {
  await page.goto(`${siteOrigin()}/compare/2023-bishkek--2024-islamabad/`);
  const row = page.locator('[id="formula-culture-years"]');
  await expect(row.locator('.matrix__words')).toBeHidden();
  await row.locator('summary').click();
  // 2023 ¶6, Li: "the upcoming China-Russia Cultural Year"; 2024 ¶8, Mishustin: "the Russia-China Years of Culture".
  await expect(row.locator('.matrix__words')).toContainText('Cultural Year');
  await expect(row.locator('.matrix__words')).toContainText('Years of Culture');
  await row.getByRole('link', { name: 'Every sentence on Culture Year(s)' }).click();
  await expect(page).toHaveURL(/\/topics\/#formula-culture-years$/);
  const topic = page.locator('[id="formula-culture-years"]');
  await expect(topic).toBeInViewport();
  await expect(topic.locator('.quotes li')).toHaveCount(2);
});
