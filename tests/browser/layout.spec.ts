/**
 * The layout, measured: a report page opens on the report, a paragraph link lands with some
 * context above it, the timeline's text keeps a readable measure on a phone, and print keeps
 * the paragraph numbers that citations use.
 */
import { expect, test } from '@playwright/test';
import { manyMeetingsOrigins, siteOrigin } from './origins.ts';

for (const id of ['2023-bishkek', '2024-islamabad']) {
  test(`/meetings/${id}/: paragraph 1 starts on the first screen`, async ({ page }) => {
    await page.goto(`${siteOrigin()}/meetings/${id}/`);
    const box = await page.locator('[id="p1"]').boundingBox();
    console.log(`${id} at ${page.viewportSize()!.width} px: paragraph 1 starts ${Math.round(box!.y)} px down`);
    expect(box!.y).toBeLessThan(page.viewportSize()!.height - 60);
  });
}

test('a link to #p3 lands with context above the paragraph, below the top edge', async ({ page }) => {
  await page.goto(`${siteOrigin()}/meetings/2024-islamabad/#p3`);
  const box = await page.locator('[id="p3"]').boundingBox();
  expect(box!.y).toBeGreaterThanOrEqual(40);
  expect(box!.y).toBeLessThan(page.viewportSize()!.height / 2);
});

test("a paragraph's number, which citations use, stands inside the screen at every width", async ({ page }) => {
  const outside: string[] = [];
  for (const width of [320, 375, 700, 768, 1024, 1100, 1280, 1600]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`${siteOrigin()}/meetings/2024-islamabad/#p3`);
    const box = (await page.locator('[id="p3"] .para-link').boundingBox())!;
    if (box.x < 0 || box.x + box.width > width)
      outside.push(`at ${width} px it spans ${Math.round(box.x)} to ${Math.round(box.x + box.width)}`);
  }
  expect(outside).toEqual([]);
});

test('the timeline starts on the first screen, with what changed named between the meetings', async ({ page }) => {
  await page.goto(`${siteOrigin()}/`);
  const title = await page.locator('.entry__title').first().boundingBox();
  expect(title!.y + title!.height, 'the first meeting is on the first screen').toBeLessThanOrEqual(page.viewportSize()!.height);
  // Read off the two reports: 14 topics new in 2024, 15 raised in both that shifted, 10 of 2023's not raised in the 2024 report.
  await expect(page.locator('[id="2024-islamabad"] .timeline__gap')).toContainText(
    '357 days later · 14 new, 15 shifted, 10 not raised in this report',
  );
});

/** How many average characters a line of each element holds, in its own font. */
const charactersALine = (elements: Element[]) =>
  elements.map((el) => {
    const style = getComputedStyle(el);
    const probe = document.createElement('span');
    probe.style.font = style.font;
    probe.textContent = 'abcdefghijklmnopqrstuvwxyz'; // an average character's width
    document.body.append(probe);
    const perCharacter = probe.getBoundingClientRect().width / 26;
    probe.remove();
    return Math.floor(el.getBoundingClientRect().width / perCharacter);
  });

test('the timeline keeps at least 40 characters a line', async ({ page }) => {
  await page.goto(`${siteOrigin()}/`);
  // Running text: the opening sentence and the source line (headlines are display type).
  const measures = await page.$$eval('.entry__lead, .entry__source', charactersALine);
  console.log(`timeline at ${page.viewportSize()!.width} px: ${Math.min(...measures)} characters a line at the narrowest`);
  expect(Math.min(...measures)).toBeGreaterThanOrEqual(40);
});

test('a report keeps at least 45 characters a line', async ({ page }) => {
  await page.goto(`${siteOrigin()}/meetings/2024-islamabad/`);
  // Characters of the report's own text, spaces and punctuation included, as a reader counts a line.
  const measures = await page.$$eval('.para-text', (elements) =>
    elements.map((el) => {
      const probe = document.createElement('span');
      probe.style.font = getComputedStyle(el).font;
      probe.style.whiteSpace = 'nowrap';
      probe.textContent = el.textContent;
      document.body.append(probe);
      const perCharacter = probe.getBoundingClientRect().width / el.textContent!.length;
      probe.remove();
      return Math.floor(el.getBoundingClientRect().width / perCharacter);
    }),
  );
  console.log(`report at ${page.viewportSize()!.width} px: ${Math.min(...measures)} characters a line at the narrowest`);
  expect(Math.min(...measures)).toBeGreaterThanOrEqual(45);
});

test("a link to a sentence (#p3-s2) lands with its paragraph's number in view", async ({ page }) => {
  await page.goto(`${siteOrigin()}/meetings/2024-islamabad/#p3-s2`);
  await expect(page.locator('[id="p3-s2"]')).toBeInViewport();
  await expect(page.locator('[id="p3"] .para-link')).toBeInViewport();
});

test('print keeps the paragraph numbers, before each paragraph', async ({ page }) => {
  await page.goto(`${siteOrigin()}/meetings/2024-islamabad/`);
  await page.emulateMedia({ media: 'print' });
  const number = page.locator('[id="p3"] .para-link');
  await expect(number).toBeVisible();
  await expect(number).toHaveText('3');
});

/** How tall the comparison pages may be on a phone (375 × 812): 4 screens for /compare/, 6 at 30 meetings, 8 for a pair's page. */
const SCREENS = 812;
for (const { count, path, screens } of [
  { count: 2, path: '/compare/', screens: 4 },
  { count: 30, path: '/compare/', screens: 6 },
  { count: 2, path: '/compare/2023-bishkek--2024-islamabad/', screens: 8 },
]) {
  test(`with ${count} meetings, ${path} is at most ${screens} screens long on a phone`, async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'phone', 'measured on a phone');
    const origin = count === 2 ? siteOrigin() : manyMeetingsOrigins().find((site) => site.count === count)!.origin;
    await page.goto(`${origin}${path}`);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(`${path} with ${count} meetings: ${height} px, ${(height / SCREENS).toFixed(1)} screens`);
    expect(height).toBeLessThanOrEqual(screens * SCREENS);
  });
}
