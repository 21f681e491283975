/**
 * The comparison pages as built from the real reports: what changed first, with every finding
 * linked to its sentences, then who speaks, the topics, the parallel statements and the texts.
 * The expected findings were read off the two reports, not copied from the program.
 */
import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { siteDir } from '../support/build.ts';
import { SPEAKER_LABELS } from '../support/content.ts';
import { attr, readPage, select, selectAll, textOf } from '../support/html.ts';

const overview = readPage(siteDir, '/compare/');
const pairPage = readPage(siteDir, '/compare/2023-bishkek--2024-islamabad/');
const topicsPage = readPage(siteDir, '/compare/2023-bishkek--2024-islamabad/topics/');

/** The items of one group of the what-changed list, each as its text and the hrefs of its links. */
function group(root: Root, id: string): { text: string; hrefs: string[] }[] {
  const section = select(`#what-changed [aria-labelledby="changes-${id}"]`, root);
  if (!section) throw new Error(`no group ${id}`);
  return selectAll('li', section).map((li) => ({ text: textOf(li), hrefs: selectAll('a', li).map((a) => attr(a, 'href')) }));
}
const item = (root: Root, id: string, name: string) => {
  const found = group(root, id).find((i) => i.text.startsWith(name));
  if (!found)
    throw new Error(
      `no item "${name}" in ${id}: ${group(root, id)
        .map((i) => i.text)
        .join(' | ')}`,
    );
  return found;
};
const bishkek = (p: number, s = 1) => `/meetings/2023-bishkek/#p${p}-s${s}`;
const islamabad = (p: number, s = 1) => `/meetings/2024-islamabad/#p${p}-s${s}`;

describe.each([
  ['/compare/', overview],
  ['/compare/2023-bishkek--2024-islamabad/', pairPage],
])('what changed, on %s', (_path, root) => {
  it('comes first: the first section after the page title', () => {
    const main = select('main', root)!;
    const firstHeading = selectAll('h2', main)[0]!;
    expect(attr(firstHeading, 'id')).toBe('what-changed-heading');
    expect(textOf(firstHeading)).toBe('What changed from 2023 to 2024');
  });

  it('says the Culture Year(s) were raised by Li in 2023 and by Mishustin in 2024', () => {
    const culture = item(root, 'handed-over', 'Culture Year(s)');
    expect(culture.text).toBe('Culture Year(s): 2023 Li ¶6 → 2024 Mishustin ¶8');
    expect(culture.hrefs.slice(1)).toEqual([bishkek(6), islamabad(8)]);
  });

  it.each([
    ['Not targeted at any third party', 'Li ¶3', [bishkek(3)]],
    ['A multipolar world', 'Narrative ¶1 Multilateral', [bishkek(1)]],
    ['Fairness and justice', 'Li ¶3', [bishkek(3)]],
    ['The Belt and Road Forum', 'Mishustin ¶8', [bishkek(8)]],
    ['Trade facilitation', 'Li ¶4', [bishkek(4)]],
    ['Investment', 'Li ¶4', [bishkek(4)]],
    ['Automotive manufacturing', 'Li ¶5', [bishkek(5)]],
    ['Education', 'Li ¶6', [bishkek(6)]],
  ])('lists %s as dropped, raised by %s in 2023', (name, who, hrefs) => {
    const found = item(root, 'dropped', name);
    expect(found.text).toBe(`${name} ${who}`);
    expect(found.hrefs.slice(1)).toEqual(hrefs);
  });

  it.each([
    ['Strategic coordination', 'Li ¶1 ¶3', [islamabad(1), islamabad(3, 2)]],
    ['Strategic guidance of the two presidents', 'Li ¶3', [islamabad(3)]],
    ['Consensus reached by the two heads of state', 'Li ¶4; Mishustin ¶8', [islamabad(4), islamabad(8)]],
    ['Anniversaries', 'Li ¶4; Mishustin ¶7', [islamabad(4), islamabad(7)]],
    ['The Shanghai Spirit', 'Li ¶6 SCO-wide', [islamabad(6)]],
    ['The international situation', 'Mishustin ¶8', [islamabad(8)]],
    ['Agriculture', 'Mishustin ¶8', [islamabad(8)]],
    ['BRICS', 'Mishustin ¶9 Multilateral', [islamabad(9)]],
    ['The United Nations', 'Mishustin ¶9 Multilateral', [islamabad(9)]],
  ])('lists %s as new, raised by %s in 2024', (name, who, hrefs) => {
    const found = item(root, 'new', name);
    expect(found.text).toBe(`${name} ${who}`);
    expect(found.hrefs.slice(1)).toEqual(hrefs);
  });

  it.each([
    [
      'Alignment or synergy of development strategies',
      '2023 synergy Narrative ¶1 Multilateral, alignment Mishustin ¶9 → 2024 synergy Mishustin ¶8',
    ],
    ['Culture Year(s)', '2023 Cultural Year Li ¶6 → 2024 Years of Culture Mishustin ¶8'],
    ['Connectivity and transport', '2023 connectivity Li ¶4; Mishustin ¶9 → 2024 transportation Mishustin ¶8'],
    ['Green development', '2023 green development Li ¶7 SCO-wide → 2024 green industry Li ¶6 SCO-wide'],
  ])('lists the wording of %s as changed', (name, wording) => {
    expect(item(root, 'reworded', name).text).toBe(`${name}: ${wording}`);
  });

  it.each([
    'Comprehensive strategic partnership of coordination for a new era',
    'Relations at an unprecedented high level',
    'Mutual support on core interests',
    'The Belt and Road with the Eurasian Economic Union',
    'Energy',
    'Trade and economy',
    'Digital economy',
    'Industrial and supply chains',
  ])('lists %s as kept', (name) => {
    expect(item(root, 'kept', name).text).toMatch(/ 2023 .+ 2024 /);
  });

  it('shows the topics at a glance: one square each, and the counts in words', () => {
    expect(textOf(select('#what-changed .balance__legend', root)!)).toBe(
      '8 only in 2023 17 in both 12 only in 2024 of the 37 tracked topics the two reports raise',
    );
    const squares = selectAll('#what-changed .balance__squares rect', root).map((r) => attr(r, 'class'));
    expect([
      squares.length,
      squares.filter((c) => c === 'balance__only-first').length,
      squares.filter((c) => c === 'balance__only-second').length,
    ]).toEqual([37, 8, 12]);
  });

  it('cautions that two outlets wrote the reports', () => {
    expect(textOf(select('#what-changed .caution', root)!)).toBe(
      "Two outlets (China Daily, 2023; Xinhua, 2024): a change of wording may be house style, not the speakers'.",
    );
  });

  it('links each topic to its sentences side by side', () => {
    expect(item(root, 'handed-over', 'Culture Year(s)').hrefs[0]).toBe(
      '/compare/2023-bishkek--2024-islamabad/topics/#formula-culture-years',
    );
  });
});

describe('the pair page', () => {
  it("charts each side's share of words, with the figures in words beside the bars", () => {
    const rows = selectAll('#who-speaks-chart .shares__row', pairPage);
    expect(rows.map((row) => textOf(select('.shares__values', row)!))).toEqual([
      'Li 49% (159 words) Mishustin 25% (82 words) Narrative 26% (83 words)',
      'Li 61% (293 words) Mishustin 31% (150 words) Narrative 8% (36 words)',
    ]);
    expect(selectAll('#who-speaks-chart svg rect', pairPage).map((r) => attr(r, 'width'))).toEqual([
      '49.07',
      '25.31',
      '25.62',
      '61.17',
      '31.32',
      '7.52',
    ]);
  });

  it('keeps the table of figures, each side with its paragraphs', () => {
    const table = select('[id="figures-2023-bishkek"]', pairPage)!;
    const rows = selectAll('tbody tr', table).map((tr) => selectAll('th, td', tr).map(textOf));
    expect(rows.map((cells) => cells.slice(1))).toEqual([
      ['5', '159', '49%'],
      ['2', '82', '25%'],
      ['2', '83', '26%'],
    ]);
    expect(rows[0]![0]).toMatch(/^Li Qiang \(China\)5 paragraphs: ¶3¶4¶5¶6¶7$/);
  });

  it('gives every topic raised by either report an id of its own, so that #area-energy still lands', () => {
    for (const id of ['area-energy', 'area-agriculture', 'formula-culture-years', 'formula-third-party']) {
      expect(select(`[id="${id}"]`, pairPage), id).toBeDefined();
    }
  });

  it('sets statements made twice side by side, closest first, marking only words the other sentence lacks', () => {
    const rows = selectAll('table[aria-labelledby="parallels-restated"] tbody tr', pairPage);
    expect(rows.map((tr) => attr(tr, 'id'))).toEqual(['parallel-1', 'parallel-2', 'parallel-3', 'parallel-4', 'parallel-5']);
    const [first, second] = selectAll('td', rows[0]!);
    const marked = (cell: Element) => selectAll('mark.diff', cell).map(textOf);
    expect(marked(first!)).toEqual(['pledge was', 'when Premier', 'Qiang met', '22nd', 'or', 'in Bishkek', 'capital', 'Kyrgyzstan']);
    expect(marked(second!)).toEqual(['remarks during his', '23rd']);
  });

  it('sets sentences on the same topic side by side, with the topics they share', () => {
    const rows = selectAll('table[aria-labelledby="parallels-related"] tbody tr', pairPage).map(textOf);
    expect(rows.some((r) => r.includes('Cultural Year') && r.includes('Years of Culture') && r.includes('Both on: Culture Year(s)'))).toBe(
      true,
    );
    expect(rows.some((r) => r.includes('multilateral institutions') && r.includes('United Nations'))).toBe(true);
  });

  it('says which sentences were not paired automatically, without calling them unmatched', () => {
    expect(textOf(select('#unpaired summary', pairPage)!)).toBe('Not paired automatically: 1 sentence of 2023, 2 of 2024');
  });

  it('lists the substantive shared formulations first and the stock wording of news copy after', () => {
    const listed = selectAll('ol.phrases > li .phrases__text', pairPage).map(textOf);
    expect(listed).toContain('“the Russia-China comprehensive strategic partnership of coordination for a new era”');
    expect(listed).toContain('“at an unprecedented high level”');
    expect(listed).not.toContain('“is willing to work with”');
    expect(textOf(select('.phrases__stock', pairPage)!)).toContain('“is willing to work with”');
  });

  it('marks the shared formulations in both texts, labelled with their speaker', () => {
    const labels = selectAll('[id="text-2023-bishkek"] .para .speaker', pairPage).map(textOf);
    expect(labels).toEqual(SPEAKER_LABELS['2023-bishkek']);
    expect(selectAll('mark.shared', pairPage).length).toBeGreaterThan(20);
    expect(textOf(selectAll('[id="text-2024-islamabad"] .para-text', pairPage)[6]!)).toBe(
      "Noting that this year marks the 75th anniversary of the founding of the People's Republic of China and the 75th anniversary of bilateral diplomatic ties, Mishustin said the Russia-China comprehensive strategic partnership of coordination for a new era stands at an unprecedented high level.",
    );
  });
});

describe('the topic page', () => {
  it('quotes the Culture Year(s) in both reports, each linked to its sentence', () => {
    const topic = select('[id="formula-culture-years"]', topicsPage)!;
    const quotes = selectAll('.quotes li', topic);
    expect(quotes.map(textOf)).toEqual([
      // the quotation marks are the <q> element's, drawn by the browser
      '…to jointly organize activities of the upcoming China-Russia Cultural Year and expand exchanges in education and at the… Li ¶6',
      '…agriculture, as well as jointly hold the Russia-China Years of Culture. Mishustin ¶8',
    ]);
    expect(quotes.map((q) => attr(select('a', q)!, 'href'))).toEqual([bishkek(6), islamabad(8)]);
  });

  it('has every topic either report raises: all 21 formulae and 16 areas of the curated lists', () => {
    expect(selectAll('section.topic', topicsPage).length).toBe(37);
  });
});

describe('/compare/ across every meeting', () => {
  it('has a grid of topics whose marks name the speaker and link to the sentences', () => {
    const cells = (id: string) => selectAll('td', select(`[id="${id}"]`, overview)!);
    const [before, after] = cells('area-agriculture');
    expect(textOf(before!)).toBe('–Not raised'); // the dash is hidden from screen readers
    expect([textOf(after!), selectAll('a', after!).map((a) => attr(a, 'href'))]).toEqual(['Mishustin ¶8', [islamabad(8)]]);
    expect(cells('formula-culture-years').map(textOf)).toEqual(['Li ¶6', 'Mishustin ¶8']);
    expect(cells('formula-shanghai-spirit').map(textOf)).toEqual(['–Not raised', 'Li ¶6 SCO-wide']);
  });

  it('points to the permanent address of each pair, and ends on how it is computed', () => {
    expect(selectAll('a', overview).map((a) => attr(a, 'href'))).toContain('/compare/2023-bishkek--2024-islamabad/');
    const headings = selectAll('main h2', overview);
    expect(attr(headings.at(-1)!, 'id')).toBe('method-heading');
  });
});
