import { describe, expect, it } from 'vitest';
import { areasOnlyIn, findAreas, type CooperationArea } from '../../src/lib/compare/areas.ts';
import { segmentText } from '../../src/lib/compare/marks.ts';
import { figuresOf } from '../../src/lib/compare/figures.ts';
import { attributeParagraphs } from '../../src/lib/compare/attribution.ts';
import { paragraphsOf, realAreas, realReports } from '../support/reports.ts';

const energy: CooperationArea = { id: 'energy', name: 'Energy', phrases: ['energy'] };
const sco: CooperationArea = { id: 'sco', name: 'SCO', phrases: ['the SCO', 'SCO member states'] };
const digital: CooperationArea = { id: 'digital', name: 'Digital', phrases: ['digital economy'] };

describe('findAreas', () => {
  it.each([
    ['Cooperation in energy.', 'energy', [[0, 'energy']]],
    ['ENERGY and Energy.', 'energy', [[0, 'ENERGY']]],
    ['Energetic talks.', 'energy', []],
    ['Within the SCO framework.', 'sco', [[0, 'the SCO']]],
    ['Shanghai Cooperation Organization, or SCO, met.', 'sco', []],
    ['the digital\neconomy grows', 'digital', [[0, 'digital\neconomy']]],
    ['', 'energy', []],
  ])('%j: %s → %j', (text, area, expected) => {
    const found = findAreas(paragraphsOf(text), [energy, sco, digital]).get(area);
    expect(found?.map((e) => [e.paragraph, e.matched])).toEqual(expected);
  });

  it('lists the areas one report has and the other lacks', () => {
    const first = findAreas(paragraphsOf('Energy and the SCO.'), [energy, sco, digital]);
    const second = findAreas(paragraphsOf('Energy and the digital economy.'), [energy, sco, digital]);
    expect(areasOnlyIn([energy, sco, digital], first, second).map((a) => a.id)).toEqual(['sco']);
    expect(areasOnlyIn([energy, sco, digital], second, first).map((a) => a.id)).toEqual(['digital']);
  });
});

describe('cooperation areas of the real reports (checked by reading them)', () => {
  const { bishkek, islamabad } = realReports();
  const areas = realAreas();
  const first = findAreas(bishkek.paragraphs, areas);
  const second = findAreas(islamabad.paragraphs, areas);

  it('only in 2023: investment, automotive manufacturing, education', () => {
    expect(areasOnlyIn(areas, first, second).map((a) => a.id).sort()).toEqual(['automotive-manufacturing', 'education', 'investment']);
  });

  it('only in 2024: agriculture, BRICS, the United Nations', () => {
    expect(areasOnlyIn(areas, second, first).map((a) => a.id).sort()).toEqual(['agriculture', 'brics', 'united-nations']);
  });

  it('gives the paragraphs as evidence', () => {
    expect(first.get('education')?.map((e) => e.paragraph + 1)).toEqual([6]);
    expect(second.get('culture-and-people-to-people-exchange')?.map((e) => [e.paragraph + 1, e.matched])).toEqual([
      [3, 'people-to-people'],
      [8, 'Years of Culture'],
    ]);
  });

  it('has at least one phrase for every area', () => {
    for (const area of areas) expect(area.phrases.length).toBeGreaterThan(0);
  });
});

describe('segmentText', () => {
  it.each([
    ['abcdef', [], [['abcdef', undefined]]],
    ['abcdef', [{ start: 1, end: 3, mark: 0 }], [['a', undefined], ['bc', 0], ['def', undefined]]],
    ['abcdef', [{ start: 0, end: 6, mark: 0 }, { start: 2, end: 4, mark: 1 }], [['abcdef', 0]]],
    ['abcdef', [{ start: 4, end: 6, mark: 1 }, { start: 0, end: 2, mark: 0 }], [['ab', 0], ['cd', undefined], ['ef', 1]]],
    ['abcdef', [{ start: 0, end: 3, mark: 0 }, { start: 2, end: 5, mark: 1 }], [['abc', 0], ['def', undefined]]],
  ])('%s with %j', (text, ranges, expected) => {
    expect(segmentText(text, ranges).map((s) => [s.text, s.mark])).toEqual(expected);
  });
});

describe('figuresOf', () => {
  it('counts the real reports per side, and the shares add up', () => {
    const { bishkek } = realReports();
    const attributions = attributeParagraphs(bishkek.paragraphs, bishkek.speakers);
    const figures = figuresOf(bishkek.paragraphs.map((p, i) => ({ ...p, attribution: attributions[i]! })), bishkek.speakers);
    expect(figures.total).toEqual({ paragraphs: 9, sentences: 9, words: 324 });
    expect(figures.bySide.map((s) => [s.side, s.paragraphs])).toEqual([['China', 5], ['Russia', 2], ['narrative', 2]]);
    expect(figures.bySide.reduce((sum, s) => sum + s.words, 0)).toBe(324);
    expect(figures.bySide.reduce((sum, s) => sum + s.share, 0)).toBeCloseTo(1, 10);
  });

  it('gives a report with no words zero shares, not NaN', () => {
    expect(figuresOf([], []).bySide).toEqual([{ side: 'narrative', speaker: undefined, paragraphs: 0, sentences: 0, words: 0, share: 0 }]);
  });
});
