/**
 * The comparison pages as built from the real reports: what changed first (a ranked summary,
 * then every finding linked to its sentences), then who speaks, the topics, the parallel
 * statements and the texts.
 * The expected findings were read off the two reports, not copied from the program.
 */
import type { Element } from 'hast';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { siteDir } from '../support/build.ts';
import { contentDir } from '../support/content.ts';
import { RANKING } from '../../src/lib/compare/findings.ts';
import { attr, readPage, select, selectAll, textOf } from '../support/html.ts';

const overview = readPage(siteDir, '/compare/');
const pairPage = readPage(siteDir, '/compare/2023-bishkek--2024-islamabad/');
const topicsPage = readPage(siteDir, '/compare/2023-bishkek--2024-islamabad/topics/');

/** A row of the pair page's matrix: its group, its name and notes, and per meeting who raised it where ("Li ¶1, ¶3; Mishustin ¶8"). */
function matrixRow(id: string): { group: string; name: string; cells: string[]; hrefs: string[][]; words: string } {
  const tr = select(`#what-changed tr[id="${id}"]`, pairPage);
  if (!tr) throw new Error(`no row ${id} in what changed`);
  const group = selectAll('#what-changed tbody', pairPage).find((body) => selectAll('tr', body).includes(tr))!;
  const cells = selectAll('td', tr).map((td) =>
    selectAll('.cell-mark', td)
      .map((mark) => `${textOf(select('.visually-hidden', mark)!).replace(/:$/, '')} ${selectAll('a', mark).map(textOf).join(', ')}`)
      .join('; '),
  );
  return {
    group: attr(group, 'id'),
    name: textOf(select('summary', tr)!),
    cells,
    hrefs: selectAll('td', tr).map((td) => selectAll('a', td).map((a) => attr(a, 'href'))),
    words: textOf(select('.matrix__words', tr)!),
  };
}
/** The row ids of one group of the pair page's matrix. */
const groupRows = (status: string) => selectAll(`#what-changed tbody[id="${status}"] tr[id]`, pairPage).map((tr) => attr(tr, 'id'));
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

  it('opens with the headline, then a ranked summary: world order gone, the new framing, what Li takes up, the concrete asks gone, the SCO', () => {
    expect(textOf(select('#what-changed .headline', root)!)).toMatch(
      /^The leading change: not raised in the 2024 report \(2023's 4 topics on world order\), said in 2023 by both sides and Li\. Of 41 tracked topics: 10 not raised, 14 new, 15 shifted, 2 unchanged\.$/,
    );
    const lines = selectAll('#what-changed .summary__line', root).map((li) => textOf(select('.summary__title', li)!));
    expect(lines).toEqual([
      "Not raised in the 2024 report (2023's 4 topics on world order)",
      expect.stringMatching(/^New in 2024 \(6 of 2024's \d+ topics on the relationship's framing\)$/),
      "Taken up by Li in 2024 (on the relationship's framing)",
      "Not raised in the 2024 report (4 of 2023's 11 topics on economy and trade)",
      "New in 2024 (2 of 2024's 4 topics on the SCO)",
    ]);
  });

  it("quotes each change's clause in the report's own words, names who, and links to its sentence", () => {
    const first = select('#what-changed .summary__line', root)!;
    const quotes = selectAll('q', first).map(textOf);
    expect(quotes.map((q) => ['multipolar world', 'third party', 'global development'].findIndex((p) => q.includes(p)))).toEqual([0, 1, 2]);
    expect(textOf(first)).toMatch(/: both sides: .*; Li: /);
    expect(selectAll('a.para-ref', first).map((a) => attr(a, 'href'))).toEqual([bishkek(1), bishkek(3), bishkek(3)]);
    const takenUp = selectAll('#what-changed .summary__line', root)[2]!;
    expect(selectAll('q', takenUp).some((q) => textOf(q).includes('core interests'))).toBe(true);
    expect(selectAll('a.para-ref', takenUp).map((a) => attr(a, 'href'))).toContain(islamabad(3, 2));
    // Mishustin said it first, in 2023 ¶9
    expect(selectAll('a.para-ref', takenUp).map((a) => attr(a, 'href'))).toContain(bishkek(9));
  });

  it('says how long the two reports are and that two outlets wrote them, whose choices may explain a change or an absence', () => {
    expect(textOf(select('#what-changed .caution', root)!)).toBe(
      // China Daily's 2023 report has 324 words, Xinhua's 2024 report 479 (counted in the texts): the 2023 report is much the shorter.
      "China Daily's 2023 report has 324 words, Xinhua's 2024 report 479, so what the 2023 report lacks weighs less. Two outlets may word a thing differently, or leave a topic out.",
    );
  });
});

describe('/compare/ and the pair page do not repeat each other', () => {
  it('the overview has the summary and a link to the pair, not the pair’s matrix', () => {
    expect(select('#what-changed .matrix', overview)).toBeUndefined();
    expect(selectAll('#what-changed a', overview).map((a) => attr(a, 'href'))).toContain('/compare/2023-bishkek--2024-islamabad/');
  });
});

describe('every change, in the pair page’s matrix (read off the two reports)', () => {
  it.each([
    ['formula-third-party', 'Not targeted at any third party', 'Li ¶3', [bishkek(3)]],
    ['formula-multipolar-world', 'A multipolar world', 'Both sides ¶1', [bishkek(1)]],
    ['formula-fairness-and-justice', 'Fairness and justice', 'Li ¶3', [bishkek(3)]],
    ['formula-global-development', 'Global development', 'Li ¶3', [bishkek(3)]],
    ['formula-belt-and-road-forum', 'The Belt and Road Forum', 'Mishustin ¶8', [bishkek(8)]],
    ['formula-trade-facilitation', 'Trade facilitation', 'Li ¶4', [bishkek(4)]],
    ['area-investment', 'Investment', 'Li ¶4', [bishkek(4)]],
    ['area-automotive-manufacturing', 'Automotive manufacturing', 'Li ¶5', [bishkek(5)]],
    ['area-education', 'Education', 'Li ¶6', [bishkek(6)]],
    ['area-industrial-manufacturing', 'Industrial manufacturing', 'Li ¶7', [bishkek(7)]],
  ])('%s is not in 2024: %s, 2023 %s', (id, name, cell, hrefs) => {
    const row = matrixRow(id);
    expect([row.group, row.name, row.cells, row.hrefs]).toEqual(['dropped', name, [cell, ''], [hrefs, []]]);
  });

  // "within the SCO framework" frames its own clause; the third clause after it is SCO-wide only with doubt
  it('opens industrial manufacturing to its words, SCO-wide with doubt', () => {
    expect(matrixRow('area-industrial-manufacturing').words).toMatch(/^2023 · Li .*industrial manufacturing.* ¶7 \(SCO-wide\?\)/);
  });

  it.each([
    ['formula-strategic-coordination', 'Strategic coordination', 'Li ¶1, ¶3', [islamabad(1), islamabad(3, 2)]],
    ['formula-strategic-guidance', 'Strategic guidance of the two presidents', 'Li ¶3', [islamabad(3)]],
    [
      'formula-heads-of-state-consensus',
      'Consensus reached by the two heads of state',
      'Li ¶4; Mishustin ¶8',
      [islamabad(4), islamabad(8)],
    ],
    ['formula-anniversary-of-ties', 'The anniversary of diplomatic ties', 'Li ¶4; Mishustin ¶7', [islamabad(4), islamabad(7)]],
    ['formula-anniversary-of-the-prc', "The anniversary of the People's Republic of China", 'Mishustin ¶7', [islamabad(7)]],
    ['formula-shanghai-spirit', 'The Shanghai Spirit', 'Li ¶6', [islamabad(6)]],
    ['formula-strategic-mutual-trust', 'Strategic mutual trust', 'Li ¶6', [islamabad(6)]],
    ['formula-mutual-benefit', 'Mutual benefit', 'Li ¶1, ¶6', [islamabad(1), islamabad(6)]],
    ['formula-international-situation', 'The international situation', 'Mishustin ¶8', [islamabad(8)]],
    ['area-agriculture', 'Agriculture', 'Mishustin ¶8', [islamabad(8)]],
    ['area-brics', 'BRICS', 'Mishustin ¶9', [islamabad(9)]],
    ['area-united-nations', 'The United Nations', 'Mishustin ¶9', [islamabad(9)]],
  ])('%s is new in 2024: %s, %s', (id, name, cell, hrefs) => {
    const row = matrixRow(id);
    expect([row.group, row.name, row.cells, row.hrefs]).toEqual(['new', name, ['', cell], [[], hrefs]]);
  });

  it.each([
    // "mutually beneficial cooperation" (¶1) is the two countries'; "mutual benefit and win-win" (¶6) the SCO's
    ['formula-mutual-benefit', /¶1 .*¶6 \(SCO-wide\)/],
    ['formula-shanghai-spirit', /¶6 \(SCO-wide\)/],
    ['area-brics', /¶9 \(Multilateral\)/],
  ])('opens %s to its words, with its level', (id, level) => {
    expect(matrixRow(id).words).toMatch(level);
  });

  it('Li takes up core interests, the partnership and the high level, which only Mishustin said in 2023', () => {
    expect(matrixRow('formula-core-interests')).toMatchObject({
      group: 'shifted',
      name: 'Mutual support on core interests',
      cells: ['Mishustin ¶9', 'Li ¶3; Mishustin ¶8'],
    });
    expect(matrixRow('formula-partnership-name').cells).toEqual(['Mishustin ¶8', 'Li ¶3; Mishustin ¶7']);
    expect(matrixRow('formula-high-level').cells).toEqual(['Mishustin ¶8', 'Li ¶3; Mishustin ¶7']);
    expect(matrixRow('formula-core-interests').words).toMatch(/^Taken up by Li\./);
  });

  it('the Culture Year(s) are handed over from Li to Mishustin, in other words', () => {
    const culture = matrixRow('formula-culture-years');
    expect(culture).toMatchObject({
      group: 'shifted',
      name: 'Culture Year(s) · reworded: “Cultural Year” → “Years of Culture”',
      cells: ['Li ¶6', 'Mishustin ¶8'],
      hrefs: [[bishkek(6)], [islamabad(8)]],
    });
    // The row shows the new words; opened, it says what the marks show too.
    expect(culture.words).toMatch(/^Handed over from Li to Mishustin\.\s*2023 · Li /);
    expect(selectAll('a', select('tr[id="formula-culture-years"] .matrix__words', pairPage)!).map((a) => attr(a, 'href'))).toEqual([
      bishkek(6),
      islamabad(8),
      '/compare/2023-bishkek--2024-islamabad/topics/#formula-culture-years',
    ]);
  });

  // 2023 ¶7 lists them after "cooperation with Russia within the SCO framework,": SCO-wide, probably, as the cell says too.
  it('supply chains move from within the SCO framework, probably, to between the two countries', () => {
    const chains = matrixRow('area-industrial-and-supply-chains');
    expect([chains.group, chains.name, chains.cells]).toEqual([
      'shifted',
      'Industrial and supply chains · level: SCO-wide? → bilateral',
      ['Li ¶7', 'Li ¶5'],
    ]);
  });

  it('keeps apart only what the same side says at the same level in the same words', () => {
    expect(groupRows('kept')).toEqual(['formula-benefits-to-the-peoples', 'area-belt-and-road-and-eaeu']);
  });

  it('has a row for each phrase no curated list names, linked to its sentence', () => {
    const traditional = matrixRow('unlisted-traditional-areas');
    expect([traditional.group, traditional.name, traditional.cells, traditional.hrefs]).toEqual([
      'new',
      'traditional areas', // quoted by its <q>, as a phrase of the report
      ['', 'Li ¶5'],
      [[], [islamabad(5)]],
    ]);
    expect(select('tr[id="unlisted-traditional-areas"] summary > q', pairPage)).toBeDefined();
    expect(matrixRow('unlisted-high-quality-russian-products').group).toBe('dropped');
  });

  it('has every topic once, by what became of it: 10 not in 2024, 15 shifted, 2 kept, 14 new', () => {
    const topics = (status: string) => groupRows(status).filter((id) => !id.startsWith('unlisted-'));
    expect(['dropped', 'shifted', 'kept', 'new'].map((status) => topics(status).length)).toEqual([10, 15, 2, 14]);
  });

  it('is a table with column and row headers, each mark named for screen readers', () => {
    const table = select('#what-changed table.matrix', pairPage)!;
    expect(selectAll('thead th[scope="col"]', table).map(textOf)).toEqual(['Topic', '2023, Bishkek', '2024, Islamabad']);
    expect(selectAll('tbody th[scope="row"]', table)).toHaveLength(selectAll('tbody tr[id]', table).length);
    for (const mark of selectAll('.cell-mark', table))
      expect(textOf(select('.visually-hidden', mark)!)).toMatch(/^(Li|Mishustin|Both sides|Reporter):$/);
  });
});

describe('the pair page', () => {
  it('charts who speaks: the participants, both sides, the reporter, each bar as long as its report', () => {
    const rows = selectAll('#who-speaks-chart .shares__row', pairPage);
    // Bishkek: Li ¶3–7 159 words, Mishustin ¶8–9 82, both sides ¶1 37, the reporter ¶2 46; of 324.
    expect(rows.map((row) => textOf(select('.shares__values', row)!))).toEqual([
      'Li 159 words (49%) Mishustin 82 words (25%) Both sides 37 words (11%) Reporter 46 words (14%)',
      // Islamabad: the dateline "ISLAMABAD, Oct. 16 (Xinhua) --" (4 words) is the reporter's, with ¶2 (36); Li ¶1, ¶3–6 289, Mishustin ¶7–9 150.
      'Li 289 words (60%) Mishustin 150 words (31%) Reporter 40 words (8%)',
    ]);
    // 324 and 479 words: the shorter report's bar is 324/479 of the longer's.
    expect(selectAll('#who-speaks-chart svg', pairPage).map((svg) => attr(svg, 'width'))).toEqual(['67.6%', '100.0%']);
    expect(textOf(select('#who-speaks-chart .shares__reading', pairPage)!)).toBe(
      "Li's words against Mishustin's: about 2 to 1 in both reports (159 to 82; 289 to 150). The reporter's own words: 46 → 40.",
    );
  });

  it('gives every topic raised by either report an id of its own, so that #area-energy still lands', () => {
    for (const id of ['area-energy', 'area-agriculture', 'formula-culture-years', 'formula-third-party']) {
      expect(select(`[id="${id}"]`, pairPage), id).toBeDefined();
    }
  });

  it('sets sentences close in wording side by side with their speakers, closest first, marking only words the other sentence lacks', () => {
    const rows = selectAll('table[aria-labelledby="parallels-heading"] tbody tr', pairPage);
    // Close in wording, which need not be one statement: the page claims no more than that.
    expect(textOf(select('#parallels-heading', pairPage)!)).toBe('In similar words');
    expect(textOf(select('table[aria-labelledby="parallels-heading"] caption', pairPage)!)).toMatch(/^Pairs of sentences close in wording/);
    expect(textOf(select('#parallels-heading + .section-intro', pairPage)!)).toMatch(/^The closest first; words the other sentence lacks/);
    // The closest pair, each report's ¶2 (the meeting's setting), shares no tracked topic: it folds away below the others.
    expect(rows.map((tr) => attr(tr, 'id'))).toEqual(['parallel-2', 'parallel-3', 'parallel-4', 'parallel-5']);
    const setting = selectAll('[id="parallels-no-topic"] tbody tr', pairPage);
    expect(setting.map((tr) => attr(tr, 'id'))).toEqual(['parallel-1']);
    const [first, second] = selectAll('td', setting[0]!);
    const marked = (cell: Element) => selectAll('mark.diff', cell).map(textOf);
    expect(marked(first!)).toEqual(['pledge was', 'when Premier', 'Qiang met', '22nd', 'or', 'in Bishkek', 'capital', 'Kyrgyzstan']);
    expect(marked(second!)).toEqual(['remarks during his', '23rd']);
    // 2023 ¶9 is Mishustin's (“…, he said”), 2024 ¶8 too (“he noted that Russia stands ready”).
    const core = rows.find((tr) => textOf(tr).includes('core interests'))!;
    expect(selectAll('.parallels__who', core).map(textOf)).toEqual(['Mishustin', 'Mishustin']);
    expect(textOf(core)).not.toMatch(/similarity/);
  });

  it('sets sentences on the same topic side by side, with the topics they share', () => {
    // On the topic-by-topic page, where the sentences on each topic are: the pair's page has the statements made twice.
    expect(select('table[aria-labelledby="parallels-related"]', pairPage)).toBeUndefined();
    const rows = selectAll('table[aria-labelledby="parallels-related"] tbody tr', topicsPage).map(textOf);
    expect(rows.some((r) => r.includes('Cultural Year') && r.includes('Years of Culture') && r.includes('Both on: Culture Year(s)'))).toBe(
      true,
    );
    expect(rows.some((r) => r.includes('multilateral institutions') && r.includes('United Nations'))).toBe(true);
  });

  it('says which sentences were not paired automatically, without calling them unmatched', () => {
    expect(textOf(select('#unpaired summary', topicsPage)!)).toBe('Not paired automatically: 1 sentence of 2023, 2 of 2024');
    // An unpaired sentence may share a tracked topic with one of the other report, too few of their words alike (a fact-check found such).
    expect(textOf(select('#unpaired .note', topicsPage)!)).toMatch(
      /^These sentences have too few words in common with any sentence of the other report, even one on the same tracked topic/,
    );
    expect(select('#unpaired', pairPage)).toBeUndefined();
  });

  it('lists the substantive shared formulations first and the stock wording of news copy after', () => {
    const listed = selectAll('ol.phrases > li .phrases__text', topicsPage).map(textOf);
    expect(listed).toContain('“the Russia-China comprehensive strategic partnership of coordination for a new era”');
    expect(listed).toContain('“at an unprecedented high level”');
    expect(listed).not.toContain('“is willing to work with”');
    expect(textOf(select('.phrases__stock', topicsPage)!)).toContain('“is willing to work with”');
  });

  it('links each shared formulation to its paragraphs on the meetings’ pages, where the texts are', () => {
    const partnership = selectAll('ol.phrases > li', topicsPage).find((li) => textOf(li).includes('comprehensive strategic partnership'))!;
    // "the Russia-China comprehensive strategic partnership of coordination for a new era": 2023 ¶8, 2024 ¶7
    expect(selectAll('a.para-ref', partnership).map((a) => attr(a, 'href'))).toEqual([
      '/meetings/2023-bishkek/#p8',
      '/meetings/2024-islamabad/#p7',
    ]);
    expect(select('[id="text-2023-bishkek"]', pairPage)).toBeUndefined();
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

  it('has every topic either report raises, once: 10 not in 2024, 14 new, 15 shifted, 2 kept', () => {
    expect(selectAll('section.topic', topicsPage).length).toBe(41);
  });
});

describe('/compare/ across every meeting', () => {
  const method = readPage(siteDir, '/compare/method/');
  /** Per column, who raised it at that meeting, as a screen reader hears each mark. */
  const cells = (id: string) =>
    selectAll('td', select(`[id="${id}"]`, overview)!).map((td) => selectAll('.cell-mark', td).map(textOf).join('; '));

  it('has a matrix of every topic by meeting, each mark naming the speaker and the paragraphs', () => {
    expect(cells('area-agriculture')).toEqual(['', 'Mishustin ¶8']);
    expect(cells('formula-culture-years')).toEqual(['Li ¶6', 'Mishustin ¶8']);
    // 2024 ¶5 and ¶6: Li on trade; 2024 ¶8: Mishustin. The count says two paragraphs.
    expect(cells('area-trade-and-economy')).toEqual(['Li ¶4; Mishustin ¶9', '2Li ¶5, ¶6; Mishustin ¶8']);
    // A row leads to its pair's pages: the name to the topic's sentences, its marks at the newer meeting to what changed.
    expect(attr(select('[id="area-agriculture"] th a', overview)!, 'href')).toBe(
      '/compare/2023-bishkek--2024-islamabad/topics/#area-agriculture',
    );
    expect(selectAll('[id="area-agriculture"] td a', overview).map((a) => attr(a, 'href'))).toEqual([
      '/compare/2023-bishkek--2024-islamabad/#area-agriculture',
    ]);
    // Not raised in the 2024 report: the 2023 marks lead there.
    expect(selectAll('[id="area-education"] td', overview).map((td) => selectAll('a', td).map((a) => attr(a, 'href')))).toEqual([
      ['/compare/2023-bishkek--2024-islamabad/#area-education'],
      [],
    ]);
  });

  it('groups the rows by what became of each topic at the latest meeting, and lists no topic no report raises', () => {
    const groups = selectAll('table.matrix--overview tbody', overview).map((body) => [
      textOf(select('.matrix__group th', body)!),
      selectAll('tr[id]', body).length,
    ]);
    expect(groups).toEqual([
      ['Not raised in the 2024 report 10', 10],
      ['Shifted in 2024 15', 15],
      ['Unchanged in 2024 2', 2],
      ['New in 2024 14', 14],
    ]);
  });

  it('states every number of the ranking as the code has it, on the page of the method', () => {
    const text = textOf(select('.method', method)!);
    expect(text).toContain(`times ${RANKING.formula} for a political formula`);
    expect(text).toContain(`counts ${RANKING.uncertainLevel} of that`);
    expect(text).toContain(`adds ${RANKING.extraShift} of its weight`);
    expect(text).toContain(`at most ${RANKING.unlisted}`);
    expect(text).toContain(`under ${RANKING.shorterReport * 100}% of the earlier`);
    expect(text).toContain(`under ${RANKING.shorterReport * 100}% of the later one's, so do what is new`);
    expect(text).toContain(`sum of its ${RANKING.countedPerGroup} heaviest`);
    expect(text).toContain(`the ${RANKING.summaryLines} heaviest groups`);
    // The themes with their weights from content/themes.yaml, an acronym kept as written, no comma adrift.
    expect(text).toContain('world order (5), ');
    expect(text).toContain('the SCO (3)');
    expect(text).not.toMatch(/\s,/);
    // No number glued to the word before it, as markup does where a line opens with an expression ("words0.5").
    expect(text).not.toMatch(/\p{Ll}\d/u);
    for (const factor of new Set(Object.values(RANKING.kind))) expect(text).toMatch(new RegExp(`[a-z] ${factor}(,| and|\\.)`));
  });

  it('points to the permanent address of each pair, and ends on how it is computed', () => {
    expect(selectAll('a', overview).map((a) => attr(a, 'href'))).toContain('/compare/2023-bishkek--2024-islamabad/');
    const last = selectAll('main .compare > *', overview).at(-1)!;
    expect(attr(last, 'id')).toBe('method');
    expect(attr(select('a', last)!, 'href')).toBe('/compare/method/');
  });
});

describe('the version a pair page names', () => {
  // The store keeps the changelog's entries in its own order ("10" before "9", as text): the page names the newest, the highest.
  it('is the last of content/changelog.yaml', () => {
    const versions = parse(readFileSync(`${contentDir}/changelog.yaml`, 'utf8')) as { id: string }[];
    expect(versions.length).toBeGreaterThanOrEqual(10);
    expect(textOf(pairPage)).toContain(`with version ${versions.at(-1)!.id} of the lists and the method`);
  });
});
