import { describe, expect, it } from 'vitest';
import { goneComparisons, whyGone } from '../../src/integrations/gone-comparisons.ts';

describe('goneComparisons', () => {
  it.each([
    // A meeting inserted between Bishkek and Islamabad: their pair page is gone.
    [['2023-bishkek--2024-islamabad'], ['2023-bishkek--2024-moscow', '2024-moscow--2024-islamabad'], ['2023-bishkek--2024-islamabad']],
    // A meeting added at the end: every old pair stays.
    [['2023-bishkek--2024-islamabad'], ['2023-bishkek--2024-islamabad', '2024-islamabad--2025-x'], []],
    // No previous build.
    [[], ['2023-bishkek--2024-islamabad'], []],
  ])('%j → %j', (before, after, gone) => {
    expect(goneComparisons(before, after)).toEqual(gone);
  });
});

describe('whyGone', () => {
  it.each([
    // Moscow inserted between them: both meetings are still there.
    [
      '2023-bishkek--2024-islamabad',
      ['2023-bishkek', '2024-moscow', '2024-islamabad'],
      '/compare/2023-bishkek--2024-islamabad/ (a meeting now stands between the two)',
    ],
    // The 2024 report deleted (or its file renamed).
    [
      '2023-bishkek--2024-islamabad',
      ['2023-bishkek'],
      '/compare/2023-bishkek--2024-islamabad/ (2024-islamabad is no longer in content/: deleted, or the file renamed)',
    ],
  ])('%s with %j', (pair, meetings, why) => {
    expect(whyGone(pair, meetings)).toBe(why);
  });
});
