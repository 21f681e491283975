import { describe, expect, it } from 'vitest';
import { PAGE_BUDGET, pagesOverBudget } from '../../src/integrations/page-budget.ts';

describe('pagesOverBudget', () => {
  it('is 14,336 bytes, as the site promises', () => {
    expect(PAGE_BUDGET).toBe(14_336);
  });

  it.each([
    ['none over', [{ path: '/', gzipped: 9_554 }], []],
    ['exactly at the budget is inside it', [{ path: '/compare/', gzipped: PAGE_BUDGET }], []],
    [
      'each page over it, largest first, with its size',
      [
        { path: '/meetings/2025-moscow/', gzipped: 15_753 },
        { path: '/', gzipped: 9_554 },
        { path: '/meetings/2024-islamabad/', gzipped: 15_931 },
      ],
      ['/meetings/2024-islamabad/ 15,931 B', '/meetings/2025-moscow/ 15,753 B'],
    ],
  ])('%s', (_case, pages, expected) => {
    expect(pagesOverBudget(pages)).toEqual(expected);
  });
});
