/**
 * The locator map as drawn: with 2, 4 and 12 meetings, no marker or country name meets
 * another, and none crosses the map's frame, measured on the rendered SVG at a phone's width
 * and a desktop's. (That each name lies on its own country is tested in tests/unit/map.test.ts.)
 */
import { expect, test } from '@playwright/test';
import { manyMeetingsOrigins, siteOrigin } from './origins.ts';

const origins = () => [{ count: 2, origin: siteOrigin() }, ...manyMeetingsOrigins().filter(({ count }) => count <= 12)];

for (const count of [2, 4, 12]) {
  test(`with ${count} meetings, the map's markers and names stand clear of each other and of the frame`, async ({ page }) => {
    await page.goto(`${origins().find((o) => o.count === count)!.origin}/`);
    const problems = await page.locator('svg.locator__map').evaluate((svg) => {
      const frame = svg.getBoundingClientRect();
      const marks = [
        ...[...svg.querySelectorAll('.locator__place')].map((g) => ({
          what: `marker ${g.querySelector('text')?.textContent?.trim()}`,
          box: g.querySelector('circle:not(.locator__spot)')!.getBoundingClientRect(),
        })),
        ...[...svg.querySelectorAll('.locator__label')].map((t) => ({ what: t.textContent!.trim(), box: t.getBoundingClientRect() })),
      ];
      const meet = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      const found: string[] = [];
      marks.forEach((a, i) => {
        const { left, top, right, bottom } = a.box;
        if (left < frame.left || top < frame.top || right > frame.right || bottom > frame.bottom) found.push(`${a.what} crosses the frame`);
        for (const b of marks.slice(i + 1)) if (meet(a.box, b.box)) found.push(`${a.what} meets ${b.what}`);
      });
      return found;
    });
    expect(problems).toEqual([]);
    // Every place is named in the list under the map, numbered as its marker.
    await expect(page.locator('.locator__places li')).toHaveCount(count);
  });
}
