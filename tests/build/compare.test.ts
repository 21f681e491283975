/**
 * The comparison pages as built from the real reports: what changed first (a ranked summary,
 * then every finding linked to its sentences), then who speaks, the topics, the parallel
 * statements and the texts.
 * The expected findings were read off the two reports, not copied from the program.
 */
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { siteDir } from '../support/build.ts';
import { RANKING } from '../../src/lib/compare/findings.ts';
import { attr, readPage, select, selectAll, textOf } from '../support/html.ts';

const overview = readPage(siteDir, '/compare/');
const pairPage = readPage(siteDir, '/compare/2023-bishkek--2024-islamabad/');
const topicsPage = readPage(siteDir, '/compare/2023-bishkek--2024-islamabad/topics/');

/** A topic's line on the pair page (each topic is listed once, with its id): its text and the hrefs of its links. */
function topicLine(id: string): { text: string; hrefs: string[] } {
  const li = select(`#what-changed li[id="${id}"]`, pairPage);
  if (!li) throw new Error(`no topic ${id} in what changed`);
  return { text: textOf(li), hrefs: selectAll('a', li).map((a) => attr(a, 'href')) };
}
/** The topic ids listed in one group of findings on the pair page. */
const groupTopics = (groupId: string) => selectAll(`section[id="${groupId}"] li`, pairPage).map((li) => attr(li, 'id'));
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

  it('opens with the headline, then a ranked summary: world order gone, the new framing, what Li takes up, the SCO, the concrete asks gone', () => {
    expect(textOf(select('#what-changed .headline', root)!)).toMatch(
      /^Of 41 tracked topics, 10 are not in the 2024 report, 14 new, 15 shifted and 2 unchanged; first among the changes, not in the 2024 report \(world order\): both sides and Li\.$/,
    );
    const lines = selectAll('#what-changed .summary__line', root).map((li) => textOf(select('.summary__title', li)!));
    expect(lines).toEqual([
      'Not in the 2024 report (world order)',
      "New in 2024 (the relationship's framing)",
      "Taken up by Li in 2024 (the relationship's framing)",
      'New in 2024 (the SCO)',
      'Not in the 2024 report (economy and trade)',
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

  it('says how long the two reports are and that two outlets wrote them', () => {
    expect(textOf(select('#what-changed .caution', root)!)).toBe(
      'The 2023 report (China Daily) has 324 words, the 2024 report (Xinhua) 479. Two outlets: a change of wording may be house style, not the speakers’.',
    );
  });
});

describe('/compare/ and the pair page do not repeat each other', () => {
  it('the overview has the summary and a link to the pair, not the full list', () => {
    expect(select('#what-changed .findings', overview)).toBeUndefined();
    expect(selectAll('#what-changed a', overview).map((a) => attr(a, 'href'))).toContain('/compare/2023-bishkek--2024-islamabad/');
  });
});

describe('every change, on the pair page (read off the two reports)', () => {
  it.each([
    ['formula-third-party', 'Not targeted at any third party: 2023 Li ¶3', [bishkek(3)]],
    ['formula-multipolar-world', 'A multipolar world: 2023 Both sides ¶1', [bishkek(1)]],
    ['formula-fairness-and-justice', 'Fairness and justice: 2023 Li ¶3', [bishkek(3)]],
    ['formula-global-development', 'Global development: 2023 Li ¶3', [bishkek(3)]],
    ['formula-belt-and-road-forum', 'The Belt and Road Forum: 2023 Mishustin ¶8', [bishkek(8)]],
    ['formula-trade-facilitation', 'Trade facilitation: 2023 Li ¶4', [bishkek(4)]],
    ['area-investment', 'Investment: 2023 Li ¶4', [bishkek(4)]],
    ['area-automotive-manufacturing', 'Automotive manufacturing: 2023 Li ¶5', [bishkek(5)]],
    ['area-education', 'Education: 2023 Li ¶6', [bishkek(6)]],
    // "within the SCO framework" frames its own clause; the third clause after it is SCO-wide only with doubt
    ['area-industrial-manufacturing', 'Industrial manufacturing: 2023 Li ¶7 (SCO-wide?)', [bishkek(7)]],
  ])('%s is dropped: %s', (id, text, hrefs) => {
    expect(topicLine(id).text).toBe(text);
    expect(topicLine(id).hrefs.slice(1)).toEqual(hrefs);
  });

  it.each([
    ['formula-strategic-coordination', 'Strategic coordination: 2024 Li ¶1, ¶3', [islamabad(1), islamabad(3, 2)]],
    ['formula-strategic-guidance', 'Strategic guidance of the two presidents: 2024 Li ¶3', [islamabad(3)]],
    [
      'formula-heads-of-state-consensus',
      'Consensus reached by the two heads of state: 2024 Li ¶4; Mishustin ¶8',
      [islamabad(4), islamabad(8)],
    ],
    ['formula-anniversary-of-ties', 'The anniversary of diplomatic ties: 2024 Li ¶4; Mishustin ¶7', [islamabad(4), islamabad(7)]],
    ['formula-anniversary-of-the-prc', "The anniversary of the People's Republic of China: 2024 Mishustin ¶7", [islamabad(7)]],
    ['formula-shanghai-spirit', 'The Shanghai Spirit: 2024 Li ¶6 (SCO-wide)', [islamabad(6)]],
    ['formula-strategic-mutual-trust', 'Strategic mutual trust: 2024 Li ¶6 (SCO-wide)', [islamabad(6)]],
    // "mutually beneficial cooperation" (¶1) is the two countries'; "mutual benefit and win-win" (¶6) the SCO's
    ['formula-mutual-benefit', 'Mutual benefit: 2024 Li ¶1, ¶6 (SCO-wide)', [islamabad(1), islamabad(6)]],
    ['formula-international-situation', 'The international situation: 2024 Mishustin ¶8', [islamabad(8)]],
    ['area-agriculture', 'Agriculture: 2024 Mishustin ¶8', [islamabad(8)]],
    ['area-brics', 'BRICS: 2024 Mishustin ¶9 (Multilateral)', [islamabad(9)]],
    ['area-united-nations', 'The United Nations: 2024 Mishustin ¶9 (Multilateral)', [islamabad(9)]],
  ])('%s is new: %s', (id, text, hrefs) => {
    expect(topicLine(id).text).toBe(text);
    expect(topicLine(id).hrefs.slice(1)).toEqual(hrefs);
  });

  it('Li takes up core interests, the partnership and the high level, which only Mishustin said in 2023', () => {
    expect(groupTopics('framing-taken-up-to-li').sort()).toEqual([
      'formula-core-interests',
      'formula-high-level',
      'formula-partnership-name',
    ]);
    expect(topicLine('formula-core-interests').text).toBe('Mutual support on core interests: 2023 Mishustin ¶9 → 2024 Li ¶3; Mishustin ¶8');
    expect(topicLine('formula-high-level').text).toMatch(
      /^Relations at a high level: 2023 Mishustin ¶8 → 2024 Li ¶3; Mishustin ¶7 · also in other words: /,
    );
  });

  it('the Culture Year(s) are handed over from Li to Mishustin, in other words', () => {
    expect(groupTopics('people-handed-over-li-to-mishustin')).toEqual(['formula-culture-years']);
    const culture = topicLine('formula-culture-years');
    expect(culture.text).toMatch(
      /^Culture Year\(s\): 2023 Li ¶6 → 2024 Mishustin ¶8 · also in other words: Cultural Year Li ¶6 → Years of Culture Mishustin ¶8$/,
    );
    expect(culture.hrefs.slice(1, 3)).toEqual([bishkek(6), islamabad(8)]);
    expect(culture.hrefs[0]).toBe('/compare/2023-bishkek--2024-islamabad/topics/#formula-culture-years');
  });

  it('supply chains move from within the SCO framework to between the two countries', () => {
    expect(topicLine('area-industrial-and-supply-chains').text).toBe('Industrial and supply chains: 2023 Li ¶7 (SCO-wide?) → 2024 Li ¶5');
    expect(groupTopics('economy-scope')).toContain('area-industrial-and-supply-chains');
  });

  it('keeps, below the findings, only what the same side says at the same level in the same words', () => {
    expect(selectAll('#kept li', pairPage).map((li) => attr(li, 'id'))).toEqual([
      'formula-benefits-to-the-peoples',
      'area-belt-and-road-and-eaeu',
    ]);
  });

  it('lists what no curated list names, each linked to its sentence', () => {
    const items = selectAll('section[id="unlisted-new"] li', pairPage);
    const traditional = items.find((li) => textOf(li).includes('traditional areas'))!;
    expect(attr(select('a', traditional)!, 'href')).toBe(islamabad(5));
    // Each has an anchor of its own, from its words, that a reader can cite.
    expect(attr(traditional, 'id')).toBe('unlisted-traditional-areas');
    const gone = selectAll('section[id="unlisted-dropped"] li', pairPage).map(textOf);
    expect(gone.some((t) => t.includes('high-quality Russian products'))).toBe(true);
  });

  it('shows every topic once at a glance, its name the mark, in four columns', () => {
    const column = (id: string) => selectAll(`.topic-marks__column--${id} li`, pairPage);
    // Culture is raised in both: the Cultural Year (2023 ¶6), "people-to-people" and the Years of Culture (2024 ¶3, ¶8).
    expect(['dropped', 'shifted', 'kept', 'new'].map((id) => column(id).length)).toEqual([10, 15, 2, 14]);
    expect(textOf(column('dropped').find((li) => textOf(li).startsWith('Fairness'))!)).toBe('Fairness and justice Li');
    expect(textOf(column('dropped').find((li) => textOf(li).startsWith('A multipolar'))!)).toBe('A multipolar world Both sides');
  });
});

describe('the pair page', () => {
  it('charts who speaks: the participants, both sides, the reporter, each bar as long as its report', () => {
    const rows = selectAll('#who-speaks-chart .shares__row', pairPage);
    // Bishkek: Li ¶3–7 159 words, Mishustin ¶8–9 82, both sides ¶1 37, the reporter ¶2 46; of 324.
    expect(rows.map((row) => textOf(select('.shares__values', row)!))).toEqual([
      'Li 159 words (49%) Mishustin 82 words (25%) Both sides 37 words (11%) Reporter 46 words (14%)',
      'Li 293 words (61%) Mishustin 150 words (31%) Reporter 36 words (8%)',
    ]);
    // 324 and 479 words: the shorter report's bar is 324/479 of the longer's.
    expect(selectAll('#who-speaks-chart svg', pairPage).map((svg) => attr(svg, 'width'))).toEqual(['67.6%', '100.0%']);
    expect(textOf(select('#who-speaks-chart .shares__reading', pairPage)!)).toBe(
      "Li's words against Mishustin's: about 2 to 1 in both reports (159 to 82; 293 to 150). The reporter's own words: 46 → 36.",
    );
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
    // On the topic-by-topic page, where the sentences on each topic are: the pair's page has the statements made twice.
    expect(select('table[aria-labelledby="parallels-related"]', pairPage)).toBeUndefined();
    const rows = selectAll('table[aria-labelledby="parallels-related"] tbody tr', topicsPage).map(textOf);
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

  it('links each shared formulation to its paragraphs on the meetings’ pages, where the texts are', () => {
    const partnership = selectAll('ol.phrases > li', pairPage).find((li) => textOf(li).includes('comprehensive strategic partnership'))!;
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
  it('has a grid of topics whose marks name the speaker and link to the sentences', () => {
    const cells = (id: string) => selectAll('td', select(`[id="${id}"]`, overview)!);
    const [before, after] = cells('area-agriculture');
    expect(textOf(before!)).toBe('–Not raised'); // the dash is hidden from screen readers
    expect([textOf(after!), selectAll('a', after!).map((a) => attr(a, 'href'))]).toEqual(['Mishustin ¶8', [islamabad(8)]]);
    expect(cells('formula-culture-years').map(textOf)).toEqual(['Li ¶6', 'Mishustin ¶8']);
    expect(cells('formula-shanghai-spirit').map(textOf)).toEqual(['–Not raised', 'Li ¶6 (SCO-wide)']);
  });

  it('states every number of the ranking as the code has it', () => {
    const method = textOf(select('#method', overview)!);
    expect(method).toContain(`times ${RANKING.formula} for a political formula`);
    expect(method).toContain(`counts ${RANKING.uncertainLevel} of that`);
    expect(method).toContain(`adds ${RANKING.extraShift} of its weight`);
    expect(method).toContain(`at most ${RANKING.unlisted}`);
    expect(method).toContain(`under ${RANKING.shorterReport * 100}% of the earlier`);
    expect(method).toContain(`sum of its ${RANKING.countedPerGroup} heaviest`);
    expect(method).toContain(`the ${RANKING.summaryLines} heaviest groups`);
    for (const factor of new Set(Object.values(RANKING.kind))) expect(method).toMatch(new RegExp(`[a-z] ${factor}(,| and|\\.)`));
  });

  it('points to the permanent address of each pair, and ends on how it is computed', () => {
    expect(selectAll('a', overview).map((a) => attr(a, 'href'))).toContain('/compare/2023-bishkek--2024-islamabad/');
    const headings = selectAll('main h2', overview);
    expect(attr(headings.at(-1)!, 'id')).toBe('method-heading');
  });
});
