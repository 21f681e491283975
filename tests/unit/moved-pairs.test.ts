import { describe, expect, it } from 'vitest';
import { movedPairRedirects, movedPairs } from '../../src/lib/compare/moved-pairs.ts';

const BISHKEK_ISLAMABAD = '2023-bishkek--2024-islamabad';

describe('movedPairs', () => {
  it.each([
    // Every published pair still made: nothing moves, a new pair at the end included.
    ['nothing moved', [BISHKEK_ISLAMABAD], ['2023-bishkek', '2024-islamabad', '2025-minsk'], []],
    // Moscow inserted between the two: the comparison that now leads to Islamabad.
    [
      'a meeting inserted between',
      [BISHKEK_ISLAMABAD],
      ['2023-bishkek', '2024-moscow', '2024-islamabad'],
      [
        {
          slug: BISHKEK_ISLAMABAD,
          to: { kind: 'pair', first: '2024-moscow', second: '2024-islamabad' },
          why: 'a meeting now stands between the two',
        },
      ],
    ],
    // Bishkek deleted, an earlier meeting before it: the comparison that now leads to Islamabad.
    [
      'the older deleted',
      [BISHKEK_ISLAMABAD],
      ['2022-samarkand', '2024-islamabad'],
      [
        {
          slug: BISHKEK_ISLAMABAD,
          to: { kind: 'pair', first: '2022-samarkand', second: '2024-islamabad' },
          why: '2023-bishkek is no longer in content/: deleted, or the file renamed',
        },
      ],
    ],
    // Islamabad renamed: the comparison that leads on from Bishkek.
    [
      'the newer renamed',
      [BISHKEK_ISLAMABAD],
      ['2023-bishkek', '2024-islamabad-pakistan'],
      [
        {
          slug: BISHKEK_ISLAMABAD,
          to: { kind: 'pair', first: '2023-bishkek', second: '2024-islamabad-pakistan' },
          why: '2024-islamabad is no longer in content/: deleted, or the file renamed',
        },
      ],
    ],
    // One meeting left: its page.
    [
      'one meeting left',
      [BISHKEK_ISLAMABAD],
      ['2024-islamabad'],
      [
        {
          slug: BISHKEK_ISLAMABAD,
          to: { kind: 'meeting', id: '2024-islamabad' },
          why: expect.stringMatching(/^2023-bishkek is no longer/),
        },
      ],
    ],
    // Both gone: the overview.
    [
      'both gone',
      [BISHKEK_ISLAMABAD],
      ['2019-tashkent', '2020-moscow'],
      [
        {
          slug: BISHKEK_ISLAMABAD,
          to: { kind: 'overview' },
          why: '2023-bishkek and 2024-islamabad are no longer in content/: deleted, or the file renamed',
        },
      ],
    ],
    // A pair recorded in two versions moves once.
    [
      'recorded twice',
      [BISHKEK_ISLAMABAD, BISHKEK_ISLAMABAD],
      ['2023-bishkek', '2024-moscow', '2024-islamabad'],
      [expect.objectContaining({ slug: BISHKEK_ISLAMABAD })],
    ],
  ])('%s', (_case, published, meetings, moved) => {
    expect(movedPairs(published, meetings)).toEqual(moved);
  });
});

describe('movedPairRedirects', () => {
  it('leads a pair page and its topics page, keyed without the base, to the pair that now ends in its second meeting, under the base', () => {
    expect(movedPairRedirects(['2023-bishkek--2024-islamabad'], ['2023-bishkek', '2024-beijing', '2024-islamabad'], '/sco/')).toEqual({
      '/compare/2023-bishkek--2024-islamabad/': '/sco/compare/2024-beijing--2024-islamabad/',
      '/compare/2023-bishkek--2024-islamabad/topics/': '/sco/compare/2024-beijing--2024-islamabad/topics/',
    });
  });
});
