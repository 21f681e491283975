import { describe, expect, it } from 'vitest';
import { paragraphId, sentenceId, sitePaths, topicId, unlistedId } from '../../src/lib/paths.ts';

describe('the URL contract', () => {
  it.each([
    ['/', '/meetings/2024-islamabad/#p8-s1', '/compare/2023-bishkek--2024-islamabad/'],
    ['/sco-meetings/', '/sco-meetings/meetings/2024-islamabad/#p8-s1', '/sco-meetings/compare/2023-bishkek--2024-islamabad/'],
    ['/sco-meetings', '/sco-meetings/meetings/2024-islamabad/#p8-s1', '/sco-meetings/compare/2023-bishkek--2024-islamabad/'],
  ])('under %s', (base, sentence, comparison) => {
    const paths = sitePaths(base);
    expect(paths.sentence('2024-islamabad', 8, 1)).toBe(sentence);
    expect(paths.comparison('2023-bishkek', '2024-islamabad')).toBe(comparison);
  });

  it('names paragraphs, sentences and topics', () => {
    expect([paragraphId(3), sentenceId(3, 2)]).toEqual(['p3', 'p3-s2']);
    // Slugged as GitHub and rehype-slug slug a heading: punctuation dropped, not made a hyphen.
    expect(
      ['traditional areas', '“high-quality Russian products”', "China's market", 'the U.S. market', 'Шанхайский дух'].map(unlistedId),
    ).toEqual([
      'unlisted-traditional-areas',
      'unlisted-high-quality-russian-products',
      'unlisted-chinas-market',
      'unlisted-the-us-market',
      'unlisted-шанхайский-дух',
    ]);
    expect(sitePaths('/sco/').paragraph('2024-islamabad', 3)).toBe('/sco/meetings/2024-islamabad/#p3');
    expect([topicId({ kind: 'area', id: 'energy' }), topicId({ kind: 'formula', id: 'culture-years' })]).toEqual([
      'area-energy',
      'formula-culture-years',
    ]);
  });
});
