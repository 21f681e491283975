import { describe, expect, it } from 'vitest';
import { goneComparisons } from '../../src/integrations/gone-comparisons.ts';

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
