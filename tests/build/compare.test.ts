/** The comparison page as built from the real reports: every part, with its evidence linked. */
import { describe, expect, it } from 'vitest';
import { siteDir } from '../support/build.ts';
import { attr, readPage, select, selectAll, textOf } from '../support/html.ts';

const page = readPage(siteDir, '/compare/');
const pairPage = readPage(siteDir, '/compare/2023-bishkek--2024-islamabad/');
const section = (root: typeof page, headingId: string) => {
  const found = selectAll('section', root).find((s) => attr(s, 'aria-labelledby') === headingId);
  if (!found) throw new Error(`no section for #${headingId}`);
  return found;
};

describe.each([
  ['/compare/', page],
  ['/compare/2023-bishkek--2024-islamabad/', pairPage],
])('%s', (_path, root) => {
  it("shows each side's share of words per report", () => {
    const table = select('[id="figures-2023-bishkek"]', root)!;
    const rows = selectAll('tbody tr', table).map((tr) => selectAll('th, td', tr).map(textOf));
    expect(rows.map((cells) => cells.slice(1))).toEqual([
      ['5', '159', '49%'],
      ['2', '82', '25%'],
      ['2', '83', '26%'],
    ]);
    expect(rows[0]![0]).toMatch(/^Li Qiang \(China\)5 paragraphs: ¶3¶4¶5¶6¶7$/);
  });

  it('labels every paragraph of both texts with its speaker', () => {
    const labels = (id: string) => selectAll(`[id="text-${id}"] .para .speaker`, root).map(textOf);
    expect(labels('2023-bishkek')).toEqual(['Narrative:', 'Narrative:', 'Li (China):', 'Li (China):', 'Li (China):', 'Li (China):', 'Li (China):', 'Mishustin (Russia):', 'Mishustin (Russia):']);
    expect(labels('2024-islamabad')[1]).toBe('Narrative:');
    expect(labels('2024-islamabad')[6]).toBe('Mishustin (Russia):');
  });

  it('lists the areas in only one report, each with its evidence', () => {
    const areas = section(root, 'areas-heading');
    const items = (id: string) => selectAll(`[id="${id}"] li`, areas).map(textOf);
    expect(items('only-areas-first')).toEqual(['Automotive manufacturing: ¶5 “automotive”', 'Education: ¶6 “education”', 'Investment: ¶4 “investment”']);
    expect(items('only-areas-second')).toEqual(['Agriculture: ¶8 “agriculture”', 'BRICS: ¶9 “BRICS”', 'The United Nations: ¶9 “United Nations”']);
  });

  it('lists the recurring formulations and marks them in both texts with their number', () => {
    const items = selectAll('ol.phrases > li', root);
    const name = items.findIndex((li) => textOf(li).startsWith('“comprehensive strategic partnership of coordination for a new era”'));
    expect(name).toBeGreaterThanOrEqual(0);
    const number = String(name + 1);
    const marked = (id: string) => selectAll(`[id="text-${id}"] mark.shared`, root).filter((m) => attr(m, 'data-phrase') === number).map(textOf);
    expect(marked('2023-bishkek')).toEqual([]); // inside the longer phrase 2 there
    expect(marked('2024-islamabad')).toEqual(['comprehensive strategic partnership of coordination for a new era']);
    expect(selectAll('mark.shared', root).length).toBeGreaterThan(20);
  });

  it('sets parallel statements side by side, differences labelled by year', () => {
    const rows = selectAll('table.parallels tbody tr', root);
    expect(rows.map((tr) => attr(tr, 'id'))).toEqual(['parallel-1', 'parallel-2', 'parallel-3', 'parallel-4']);
    const [first] = rows;
    const cells = selectAll('td', first!);
    expect(textOf(cells[0]!)).toContain('[only in 2023:] The pledge was made when Premier');
    expect(textOf(cells[1]!)).toContain('[only in 2024:] made the remarks during his meeting');
    expect(textOf(select('summary', root)!)).toBe('Sentences with no counterpart: 5 in the 2023 report (China Daily), 6 in the 2024 report (Xinhua)');
  });

  it('keeps both texts word for word around the marks', () => {
    const text = (id: string) => selectAll(`[id="text-${id}"] .para-text`, root).map(textOf);
    expect(text('2024-islamabad')[6]).toBe(
      "Noting that this year marks the 75th anniversary of the founding of the People's Republic of China and the 75th anniversary of bilateral diplomatic ties, Mishustin said the Russia-China comprehensive strategic partnership of coordination for a new era stands at an unprecedented high level.",
    );
  });
});

describe('/compare/ across every meeting', () => {
  it('has a matrix of areas whose marks link to their evidence paragraphs', () => {
    const row = select('[id="area-agriculture"]', page)!;
    const cells = selectAll('td', row);
    expect(textOf(cells[0]!)).toBe('–Not mentioned'); // the dash is hidden from screen readers
    expect(selectAll('a', cells[1]!).map((a) => attr(a, 'href'))).toEqual(['/meetings/2024-islamabad/#p8']);
  });

  it('points to the permanent address of the latest pair', () => {
    expect(selectAll('a', page).map((a) => attr(a, 'href'))).toContain('/compare/2023-bishkek--2024-islamabad/');
  });
});
