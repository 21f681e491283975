/** The site published under a sub-path, served there and clicked through like a reader would. */
import { expect, test } from '@playwright/test';
import { baseSiteOrigin } from './origins.ts';

test('under /sco-meetings/: timeline → report → paragraph → what changed → evidence → overview → pair → timeline', async ({ page }) => {
  const origin = baseSiteOrigin();
  const failures: string[] = [];
  // A request cut short because the click moved on to the next page (the favicon, say) is
  // the browser's doing, not a broken link.
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') failures.push(`${request.failure()?.errorText} ${request.url()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  });

  await page.goto(`${origin}/sco-meetings/`);
  await expect(page.locator('h1')).toContainText('Li Qiang and Mikhail Mishustin');
  await page
    .locator('[id="2024-islamabad"]')
    .getByRole('link', { name: /strategic coordination/ })
    .click();
  await expect(page).toHaveURL(`${origin}/sco-meetings/meetings/2024-islamabad/`);
  await page.getByRole('link', { name: 'Paragraph 3: link to this paragraph' }).click();
  await expect(page).toHaveURL(/#p3$/);
  await expect(page.locator('#p3')).toBeInViewport();
  await page.getByRole('navigation', { name: 'Other meetings' }).getByRole('link', { name: 'What changed since Bishkek' }).click();
  await expect(page).toHaveURL(`${origin}/sco-meetings/compare/2023-bishkek--2024-islamabad/`);
  // The Culture Year(s), raised by Mishustin in 2024: the link lands on his sentence.
  await page.locator('[id="formula-culture-years"]').getByRole('link', { name: '¶8' }).first().click();
  await expect(page).toHaveURL(`${origin}/sco-meetings/meetings/2024-islamabad/#p8-s1`);
  await expect(page.locator('[id="p8-s1"]')).toBeInViewport();
  await page.goBack();
  await page.getByRole('link', { name: 'Compare', exact: true }).first().click();
  await expect(page).toHaveURL(`${origin}/sco-meetings/compare/`);
  await page.getByRole('link', { name: 'Every change, with its evidence' }).click();
  await expect(page).toHaveURL(`${origin}/sco-meetings/compare/2023-bishkek--2024-islamabad/`);
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Timeline' }).click();
  await expect(page).toHaveURL(`${origin}/sco-meetings/`);
  expect(failures).toEqual([]);
});
