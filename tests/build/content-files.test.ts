/**
 * Adding or breaking a content file, as an editor would: each case builds the real site
 * from a temporary copy of content/ with one file added, never touching content/ itself.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import {
  buildSite,
  buildVariables,
  projectCopy,
  projectRoot,
  runCommand,
  siteDir,
  testOutput,
  TEST_BASE_PATH,
  TEST_SITE_URL,
  type BuildResult,
} from '../support/build.ts';
import { contentDir } from '../support/content.ts';
import { attr, listPages, readPage, select, selectAll, textOf } from '../support/html.ts';

const workDir = join(testOutput, 'content-files');
rmSync(workDir, { recursive: true, force: true });

const islamabad = readFileSync(join(contentDir, '2024-islamabad.md'), 'utf8');

/**
 * Starts a build of the site from the real reports plus one extra file; returns its output
 * folder and the build's end. Every build of this file starts when the file loads, so that
 * they run side by side (src/support/build.ts runs as many at once as there are cores).
 */
function buildWith(
  name: string,
  fileName: string,
  source: string | Buffer,
  address: { siteUrl?: string; basePath?: string } = {},
): { outDir: string; built: Promise<BuildResult> } {
  const dir = join(workDir, name);
  cpSync(contentDir, join(dir, 'content'), { recursive: true });
  writeFileSync(join(dir, 'content', fileName), source);
  const outDir = join(dir, 'dist');
  return { outDir, built: buildSite({ outDir, contentDir: join(dir, 'content'), ...address }) };
}

/** A third report, plainly synthetic, in the shape of the Xinhua one, by an outlet the code does not know. */
const thirdReport = islamabad
  .replace('publisher: Xinhua\npublisherFullName: Xinhua News Agency\n', 'publisher: Testland Gazette\n')
  .replace('publishedOn: "2024-10-17"', 'publishedOn: "2025-11-19"')
  .replace('meetingDate: "2024-10-16"', 'meetingDate: "2025-11-18"')
  .replace('city: Islamabad', 'city: Testville')
  .replace('country: Pakistan', 'country: Testland')
  .replace('ordinal: 23', 'ordinal: 24')
  .replace(/^title: .*$/m, 'title: "Synthetic report for a test"')
  .replace(/^photoCaption: .*\n/m, '')
  .replace(
    /^# The reporter tells[^\n]*\nattribution:\n.*\n/m,
    'attribution:\n  p5: { speaker: other, begins: "Testland Prime Minister" }\n',
  )
  .replace(
    /---\n\n[\s\S]*$/,
    '---\n\nTESTVILLE, Nov. 18 (Xinhua) -- Chinese Premier Li Qiang said here on Tuesday that China is willing to work with Russia to build a multipolar world. ' +
      'Li said the two countries should deepen cooperation in agriculture.\n\n' +
      // A participant's sentence, then another person's: each counts for its own speaker.
      'Mishustin said Russia would hold a Cultural Year with China. Zhao Long, an analyst, said the year would draw crowds.\n\n' +
      // Phrases no curated list names: the comparison must find them by itself.
      'Li proposed that the two sides open the Amur river ferry corridor and set up a joint polar research fleet.\n\n' +
      // A participant named with no reporting verb the rule knows: the build says so, with the line.
      'Mishustin made the remarks at a dinner.\n\n' +
      // Another person speaks: the reporter's paragraph, but not the reporter's words.
      'Testland Prime Minister Ann Example noted that the city was ready for the SCO.\n\n' +
      // The reporter's sentence, then another person's.
      'No date was set for the ferry. Ann Example said the city would host the next round.\n',
  );

// Saved as some editors save: with a byte-order mark and Windows line endings, which build the same site.
const third = buildWith('third', '2025-testville.md', `\uFEFF${thirdReport.replaceAll('\n', '\r\n')}`);

describe('a third report', () => {
  const { outDir } = third;
  beforeAll(async () => {
    const { status, output } = await third.built;
    expect(status, output).toBe(0);
  });

  it('needs nothing but its Markdown file', () => {
    const page = readPage(outDir, '/meetings/2025-testville/');
    expect(selectAll('.para', page).map((p) => attr(p, 'id'))).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
    const previous = select('a[rel=prev]', page);
    expect(previous && attr(previous, 'href')).toBe('/meetings/2024-islamabad/');
    // Its outlet is named as the file names it: no list of publishers to extend.
    expect(selectAll('dd', page).map(textOf)).toContain('Testland Gazette, published Wednesday, 19 November 2025');
    expect(attr(select('meta[name=citation_publisher]', page)!, 'content')).toBe('Testland Gazette');
    // The occasion as the frontmatter names it, not "on the sidelines", which is the report's to say (Caixin's was "on the eve").
    // Its text prints no ordinal: the page says the 24th is the site's.
    expect(selectAll('dd', page).map(textOf)).toContain(
      "The 24th Meeting of the Council of Heads of Government of Member States of the Shanghai Cooperation Organization The report prints no ordinal; the 24th is this site's.",
    );
    expect(textOf(select('.site-footer p', page)!)).toMatch(
      /^The reports are reproduced word for word as published by China Daily, Xinhua, and Testland Gazette\./,
    );
  });

  it('warns, naming the file and the line, of a paragraph left to the reporter that names a participant', async () => {
    const { output } = await third.built;
    // Counted as the Markdown pipeline's own messages count: ¶1 on line 1, ¶2 on 3, ¶3 on 5, ¶4 on 7.
    expect(output).toContain(
      '2025-testville.md, line 7 of the text below the frontmatter: paragraph p4 is given to the reporter, yet names someone ("Mishustin made").',
    );
    // It says how to settle it, whoever speaks there.
    expect(output).toContain('if the reporter does, use speaker: narrative; if another person does, speaker: other.');
    expect(readFileSync(`${siteDir}.log`, 'utf8')).not.toContain('is given to the reporter, yet names someone');
  });

  it("labels another person's paragraph as another speaker's, not the reporter's", () => {
    const page = readPage(outDir, '/meetings/2025-testville/');
    expect(textOf(select('[id="p5"] .speaker', page)!)).toBe('Another speaker: (attribution set by hand)');
    // Shown, though the paragraph before is the reporter's too: the label changes.
    expect(attr(select('[id="p5"]', page)!, 'class')).toContain('para--other');
    expect(textOf(select('[id="p4"] .speaker', page)!)).toBe('Reporter:');
    expect(textOf(select('[id="p2"] .speaker', page)!)).toBe('Mishustin, then another speaker:');
    // Another person's paragraph that opens in the reporter's words says so.
    expect(textOf(select('[id="p6"] .speaker', page)!)).toBe('Reporter, then another speaker:');
  });

  it('joins the timeline in date order, with its interval', () => {
    const timeline = readPage(outDir, '/');
    expect(selectAll('ol.timeline > li', timeline).map((li) => attr(li, 'id'))).toEqual([
      '2023-bishkek',
      '2024-islamabad',
      '2025-testville',
    ]);
    expect(textOf(select('[id="2025-testville"] .timeline__gap time', timeline)!)).toBe('398 days later'); // 16 October 2024 to 18 November 2025, counted by hand
  });

  it('joins the overview: a column of the matrix, and what changed at the newest meeting', () => {
    const compare = readPage(outDir, '/compare/');
    expect(selectAll('.matrix--overview thead th[scope=col]', compare).map(textOf)).toEqual([
      'Topic',
      '2023, Bishkek',
      '2024, Islamabad',
      '2025, Testville',
    ]);
    expect(textOf(select('#what-changed-heading', compare)!)).toBe('What changed from 2024 to 2025');
  });

  /** A row of the newest pair's matrix: its group, its name and, per meeting, who raised it where. */
  const row = (id: string) => {
    const pair = readPage(outDir, '/compare/2024-islamabad--2025-testville/');
    const tr = select(`#what-changed tr[id="${id}"]`, pair)!;
    const group = selectAll('#what-changed tbody', pair).find((body) => selectAll('tr', body).includes(tr))!;
    const cells = selectAll('td', tr).map((td) =>
      selectAll('.cell-mark', td)
        .map((mark) => `${textOf(select('.visually-hidden', mark)!).replace(/:$/, '')} ${selectAll('a', mark).map(textOf).join(', ')}`)
        .join('; '),
    );
    return { group: attr(group, 'id'), name: textOf(select('summary', tr)!), cells, hrefs: selectAll('a', tr).map((a) => attr(a, 'href')) };
  };

  it("lists the newest pair's changes, computed as for the real pair", () => {
    // Read off the synthetic text: Li names agriculture (Mishustin's in 2024); Mishustin words the
    // culture year as China Daily did in 2023; Li names a multipolar world, last said in Bishkek.
    expect(row('area-agriculture')).toMatchObject({ group: 'shifted', cells: ['Mishustin ¶8', 'Li ¶1'] });
    expect(row('formula-culture-years')).toMatchObject({ group: 'shifted', cells: ['Mishustin ¶8', 'Mishustin ¶2'] });
    expect(row('formula-culture-years').name).toMatch(/^Culture Year\(s\) · reworded: /);
    expect(row('formula-strategic-coordination')).toMatchObject({ group: 'dropped', cells: ['Li ¶1, ¶3', ''] });
    // Only the host names the SCO in 2025 (p5, "Ann Example noted that the city was ready for the SCO"): it is in the
    // report, so not "not raised in the 2025 report", and in no participant's words.
    expect(row('area-sco')).toMatchObject({ group: 'shifted', cells: [expect.any(String), 'Another speaker ¶5'] });
    const pair = readPage(outDir, '/compare/2024-islamabad--2025-testville/');
    expect(textOf(select('tr[id="area-sco"]', pair)!)).toContain("Now only another speaker's words.");
    expect(selectAll('.matrix-legend__item', pair).map(textOf)).toContain('Another speaker');
  });

  it("counts another person's words apart in the who-speaks chart, and compares no reporter's share while a speaker is in doubt", () => {
    const pair = readPage(outDir, '/compare/2024-islamabad--2025-testville/');
    const testville = selectAll('#who-speaks-chart .shares__row', pair)[1]!;
    // p5, "Testland Prime Minister Ann Example noted that the city was ready for the SCO.", 14 words, p2's "Zhao Long, an
    // analyst, said the year would draw crowds.", 10, and p6's "Ann Example said the city would host the next round.", 10, are
    // 34 of the report's 113 words.
    expect(textOf(select('.shares__values', testville)!)).toContain('Another speaker 34 words (30%)');
    // p4 names Mishustin with no verb the rule knows; p5, set by hand (speaker: other), is in no doubt.
    expect(textOf(select('.shares__reading', pair)!)).toMatch(
      /The reporter's share is not compared: ¶4 of the Testville, 2025 report names a participant or someone speaking but is given to neither participant, so a speaker may have been misread\.$/,
    );
  });

  it('shows a topic that returns after a gap as back, naming the meeting it was last seen at', () => {
    expect(row('formula-multipolar-world')).toMatchObject({
      group: 'back',
      name: 'A multipolar world · last raised in Bishkek, 2023',
      cells: ['', 'Li ¶1'],
    });
    // The topic page keeps it apart from the new ones, as the counts do ("1 new, 3 back" was four under "New in 2025").
    const topics = readPage(outDir, '/compare/2024-islamabad--2025-testville/topics/');
    const byHeading = new Map<string, string[]>();
    let heading = '';
    for (const el of selectAll('h2.topics__heading, section.topic', topics)) {
      if (el.tagName === 'h2') byHeading.set((heading = textOf(el)), []);
      else byHeading.get(heading)?.push(attr(el, 'id'));
    }
    expect(byHeading.get('Back in 2025')).toContain('formula-multipolar-world');
    expect(byHeading.get('New in 2025') ?? []).not.toContain('formula-multipolar-world');
  });

  it('finds what no list names in the new report, with links, without anyone editing content/', () => {
    const pair = readPage(outDir, '/compare/2024-islamabad--2025-testville/');
    const novel = selectAll('#what-changed tr[id^="unlisted-"]', pair).filter((tr) => row(attr(tr, 'id')).group === 'new');
    const find = (words: string) => novel.find((tr) => textOf(select('summary', tr)!).includes(words));
    expect(row(attr(find('Amur river ferry corridor')!, 'id')).hrefs[0]).toBe('/meetings/2025-testville/#p3-s1');
    // "a joint polar research fleet" is no longer news to the lists: the Arctic and science are listed topics.
    expect(find('polar research')).toBeUndefined();
    expect(select('#what-changed tr[id="area-arctic"]', pair)).toBeDefined();
    // Words the 2024 report has already are no news: "cooperation", "the two countries".
    expect(novel.map((tr) => textOf(select('summary', tr)!)).some((t) => /two countries|^“?cooperation/.test(t))).toBe(false);
  });

  it('gets a comparison with the meeting before it, and the older pair keeps its own', () => {
    expect(listPages(outDir).filter((path) => path.startsWith('/compare/'))).toEqual([
      '/compare/',
      '/compare/2023-bishkek--2024-islamabad/',
      '/compare/2023-bishkek--2024-islamabad/topics/',
      '/compare/2024-islamabad--2025-testville/',
      '/compare/2024-islamabad--2025-testville/topics/',
      '/compare/method/',
    ]);
  });

  it('changes nothing in what the older pair found: its #what-changed is the two-meeting site’s, byte for byte', () => {
    const whatChanged = (dir: string) => toHtml(select('#what-changed', readPage(dir, '/compare/2023-bishkek--2024-islamabad/'))!);
    expect(whatChanged(outDir)).toBe(whatChanged(siteDir));
  });
});

/**
 * The synthetic report dated between the two real ones: 1 March 2024, a Friday, of another
 * series of meetings (the councils, 22nd and 23rd, leave no number between them).
 */
const between = buildWith(
  'between',
  '2024-testville.md',
  thirdReport
    .replace('publishedOn: "2025-11-19"', 'publishedOn: "2024-03-02"')
    .replace('meetingDate: "2025-11-18"', 'meetingDate: "2024-03-01"')
    // Filed the next day, naming two days of the week it does not tell apart (RIA's style): the date is the site's.
    .replace('TESTVILLE, Nov. 18', 'TESTVILLE, March 2')
    .replace('here on Tuesday', 'here on Friday, a day after he spoke to the press on Thursday,')
    .replace(/ordinal: 24\n {2}name: .*/, 'ordinal: 28\n  name: Regular Meeting between Chinese and Russian Heads of Government'),
  // Published under a path, as on GitHub Pages: the URL it leads on to carries it.
  { siteUrl: TEST_SITE_URL, basePath: TEST_BASE_PATH },
);

describe('a report inserted between two published ones', () => {
  const { outDir } = between;
  beforeAll(async () => {
    const { status, output } = await between.built;
    expect(status, output).toBe(0);
  });

  /** Where a built page sends its reader: its meta refresh's address. */
  const leadsTo = (path: string): string | undefined => /url=([^"]+)"/.exec(readFileSync(join(outDir, path, 'index.html'), 'utf8'))?.[1];

  it('keeps the cited pair URL, which leads on to the comparison that now leads to the newer meeting', () => {
    expect(leadsTo('compare/2023-bishkek--2024-islamabad')).toBe('/sco-meetings/compare/2024-testville--2024-islamabad/');
    expect(leadsTo('compare/2023-bishkek--2024-islamabad/topics')).toBe('/sco-meetings/compare/2024-testville--2024-islamabad/topics/');
  });

  it("quotes the days of the week it names, and says the date is not printed but the site's", () => {
    const page = readPage(outDir, '/meetings/2024-testville/');
    expect(textOf(select('.facts-line', page)!)).toMatch(/^Friday, 1 March 2024 \(date not printed in the report\)/);
    expect(selectAll('dd', page).map(textOf)).toContainEqual(
      expect.stringContaining(
        "The report names “on Friday” and “on Thursday”, and this site does not tell for certain which was the meeting's; the date is this site's.",
      ),
    );
  });

  it('says, where no sentence of the pair is close in wording to one of the other, that none is, and where the pairs on one topic are', () => {
    // Its ¶1 and Xinhua's share only their frame ("Li Qiang said here on … that China is willing to work with Russia to"): a
    // multipolar world against strategic coordination. The rest shares no statement.
    const page = readPage(outDir, '/compare/2024-testville--2024-islamabad/');
    const intro = select('#parallels-heading + .section-intro', page)!;
    expect(textOf(intro)).toMatch(
      /^No sentence of one report is close in wording to one of the other\. (One pair speaks|\d+ pairs speak) to the same topic in other words: topic by topic\.$/,
    );
    expect(attr(select('a', intro)!, 'href')).toBe('/sco-meetings/compare/2024-testville--2024-islamabad/topics/#parallels-heading');
    expect(select('#parallels-heading ~ table', page)).toBeUndefined();
  });

  it('says so in the build, naming why', async () => {
    const { output } = await between.built;
    expect(output).toContain(
      'Note: /compare/2023-bishkek--2024-islamabad/ was published and is no longer a pair (a meeting now stands between the two): it now leads on to /sco-meetings/compare/2024-testville--2024-islamabad/.',
    );
  });

  it('leaves the moved URL out of the sitemap, which lists the pages that are', () => {
    const sitemap = readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).not.toContain('2023-bishkek--2024-islamabad');
    expect(sitemap).toContain('/sco-meetings/compare/2024-testville--2024-islamabad/</loc>');
  });
});

describe("a list broken after a good build, with that build's cache", () => {
  // Astro's content store keeps the last good entries of a list it cannot read: built again with
  // the third report's cache, an emptied formulae.yaml must fail, not publish the old formulae.
  let result: BuildResult;
  beforeAll(async () => {
    await third.built;
    const dir = join(workDir, 'stale-list');
    cpSync(join(workDir, 'third', 'content'), join(dir, 'content'), { recursive: true });
    writeFileSync(join(dir, 'content', 'formulae.yaml'), '# emptied by mistake\n');
    const outDir = join(dir, 'dist');
    const env = { ...buildVariables({ outDir, contentDir: join(dir, 'content') }), CACHE_DIR: `${third.outDir}-cache` };
    result = await runCommand(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
      cwd: projectCopy('content-files-stale-list'),
      env,
    });
  });

  it('fails, naming the list', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('formulae.yaml: has no entries');
  });
});

describe("a report's reading in the cache, made by other code", () => {
  // Astro keeps a report's rendering while its file is unchanged, though the site's code that reads it changed since (a
  // splitter that cuts sentences otherwise): a sentence altered in the reading cached for the third report must not reach the page.
  let result: BuildResult;
  let outDir: string;
  beforeAll(async () => {
    await third.built;
    const dir = join(workDir, 'stale-reading');
    outDir = join(dir, 'dist');
    const cacheDir = `${outDir}-cache`;
    cpSync(`${third.outDir}-cache`, cacheDir, { recursive: true });
    // The cached reading holds each sentence as a string of its own; the file's body holds it inside the whole text.
    const sentence = JSON.stringify('Li said the two countries should deepen cooperation in agriculture.');
    const store = readFileSync(join(cacheDir, 'data-store.json'), 'utf8');
    expect(store).toContain(sentence);
    writeFileSync(join(cacheDir, 'data-store.json'), store.replaceAll(sentence, JSON.stringify('Li said nothing of the kind.')));
    const env = { ...buildVariables({ outDir, contentDir: join(workDir, 'third', 'content') }), CACHE_DIR: cacheDir };
    result = await runCommand(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
      cwd: projectCopy('content-files-stale-reading'),
      env,
    });
  });

  it("shows the sentences as the site's code reads the text now", () => {
    expect(result.status, result.output).toBe(0);
    const page = textOf(readPage(outDir, '/meetings/2025-testville/'));
    expect(page).toContain('Li said the two countries should deepen cooperation in agriculture.');
    expect(page).not.toContain('nothing of the kind');
  });
});

/*
 * One broken file per stage at which a build can fail, to prove that the build stops there and
 * names the file: the content checks before Astro's loaders (the frontmatter's YAML and schema,
 * the folder, the lists: src/content-checks.ts), the Markdown pipeline's checks, and the pages'
 * joining of facts and text. Every other way a file can be wrong is a unit test of its stage
 * (tests/unit/content-checks.test.ts, content-schemas.test.ts, report-model.test.ts,
 * meetings.test.ts, meeting-date.test.ts; see docs/content-rules.md).
 */
/** The real 2024 report moved to 16 October 2019 (a Wednesday too), so that its file name, 2019-islamabad.md, says what it says. */
const islamabad2019 = islamabad
  .replace('publishedOn: "2024-10-17"', 'publishedOn: "2019-10-17"')
  .replace('meetingDate: "2024-10-16"', 'meetingDate: "2019-10-16"')
  .replace('ordinal: 23', 'ordinal: 18')
  .replaceAll('23rd Meeting', '18th Meeting');
/** The line of the <script> added below the real report, counted as an editor counts lines. */
const scriptLine = `${islamabad2019}\n<script>`.split('\n').length;
const brokenFiles: [string, string, RegExp, string?][] = [
  // the Markdown pipeline's checks, named by the file's own line, as an editor counts lines
  [
    'a <script> element',
    `${islamabad2019}\n<script>alert(1)</script>\n`,
    new RegExp(`2019-islamabad\\.md:${scriptLine}:1: [\\s\\S]*line ${scriptLine}: raw HTML is not allowed`),
  ],
  // the pages join facts and text
  [
    'a meeting date the text contradicts',
    islamabad2019.replace('meetingDate: "2019-10-16"', 'meetingDate: "2019-10-15"'),
    // the field's line: meetingDate is on line 7 of the file
    /2019-islamabad\.md, line 7, meetingDate: 2019-10-15 \(a Tuesday\) is not the "on Wednesday"/,
  ],
  // one meeting, two files: the 2024 report saved again under its city and country
  [
    'the same meeting as another file',
    islamabad.replace('city: Islamabad', 'city: Islamabad, Pakistan'),
    /2024-islamabad\.md and 2024-islamabad-pakistan\.md both report the meeting of Li Qiang and Mikhail Mishustin on 2024-10-16; keep one/,
    '2024-islamabad-pakistan.md',
  ],
];
const brokenBuilds = brokenFiles.map(([name, source, , fileName]) =>
  buildWith(name.replaceAll(' ', '-').replace(/[<>]/g, ''), fileName ?? '2019-islamabad.md', source),
);

describe.each(brokenFiles.map(([name, source, message], index) => [name, source, message, brokenBuilds[index]!] as const))(
  'a content file with %s',
  (_name, _source, message, { outDir, built }) => {
    let result: BuildResult;
    beforeAll(async () => {
      result = await built;
    });

    it('fails the build, writing no page', () => {
      expect(result.status).not.toBe(0);
      expect(existsSync(join(outDir, 'index.html'))).toBe(false);
    });

    it('names the file and the problem', () => {
      expect(result.output).toMatch(message);
    });
  },
);

// The content checks' stage, through `npm run build` in a copy of the project with a good dist/
// from before: the build stops, names file, line and field, and leaves no dist/ behind.
const project = projectCopy('content-files-npm-build');
cpSync(contentDir, join(project, 'content'), { recursive: true });
writeFileSync(join(project, 'content', '2030-broken.md'), islamabad.replace('titleSource: publisher', 'titleSource: printed'));
mkdirSync(join(project, 'dist'));
writeFileSync(join(project, 'dist', 'index.html'), 'an earlier build');
const npmBuild = runCommand('npm', ['run', 'build'], {
  cwd: project,
  env: buildVariables({ outDir: join(project, 'dist'), contentDir: join(project, 'content') }),
});

describe('npm run build with a file the content checks refuse', () => {
  let result: BuildResult;
  beforeAll(async () => {
    result = await npmBuild;
  });

  it('fails, naming the file, the line and the field', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/2030-broken\.md, line 3, titleSource: must be "publisher" \(the headline as printed\) or "site"/);
  });

  it('leaves no dist/ that could pass for a good build, nor a half-written dist.partial/', () => {
    expect(existsSync(join(project, 'dist'))).toBe(false);
    expect(readdirSync(project).filter((name) => name.startsWith('dist.partial'))).toEqual([]);
  });
});

// Two `npm run build`s at once in one folder: the second stops at once, naming the lock, and the
// first builds one site, with no second site left inside dist/.
const twice = projectCopy('content-files-twice');
cpSync(contentDir, join(twice, 'content'), { recursive: true });
const twiceEnv = buildVariables({ outDir: join(twice, 'dist'), contentDir: join(twice, 'content') });
const firstBuild = runCommand('npm', ['run', 'build'], { cwd: twice, env: twiceEnv });
const secondBuild = new Promise<BuildResult>((resolve) => setTimeout(resolve, 1500)).then(() =>
  runCommand('npm', ['run', 'build'], { cwd: twice, env: twiceEnv }),
);

describe('two npm run builds at once', () => {
  let results: BuildResult[];
  beforeAll(async () => {
    results = await Promise.all([firstBuild, secondBuild]);
  });

  it('the second stops, naming the lock; the first builds one site', () => {
    expect(results[1]!.status).not.toBe(0);
    expect(results[1]!.output).toMatch(/Another build is running in this folder \(build\.lock, process \d+\)/);
    expect(results[0]!.status, results[0]!.output).toBe(0);
    expect(existsSync(join(twice, 'dist', 'index.html'))).toBe(true);
    expect(existsSync(join(twice, 'dist', 'dist.partial'))).toBe(false);
    expect(existsSync(join(twice, 'build.lock'))).toBe(false);
  });
});

/**
 * A build killed in any of three ways is followed by a build that succeeds: stopped by Ctrl-C
 * (SIGINT) or a CI's cancel (SIGTERM), it leaves no lock and no half-written folder; killed
 * outright (SIGKILL, the out-of-memory killer), it leaves both, and the next build takes the
 * lock over from the dead process and clears the folder.
 */
const stopped = (['SIGINT', 'SIGTERM'] as const).map((signal) => {
  const root = projectCopy(`content-files-${signal}`);
  const env = buildVariables({ outDir: join(root, 'dist'), contentDir });
  const result = new Promise<{ code: number | null; files: string[] }>((resolve) => {
    const build = spawn(process.execPath, ['scripts/build.ts'], { cwd: root, env, stdio: 'ignore' });
    setTimeout(() => build.kill(signal), 2500);
    build.on('exit', (code) => resolve({ code, files: readdirSync(root) }));
  }).then(async (stop) => ({ ...stop, next: await runCommand('npm', ['run', 'build'], { cwd: root, env }), root }));
  return { signal, result };
});
/** A process id that no longer runs: a node that has exited. */
const deadPid = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' }).stdout.trim();
const killed = (() => {
  const root = projectCopy('content-files-SIGKILL');
  writeFileSync(join(root, 'build.lock'), deadPid);
  mkdirSync(join(root, `dist.partial-${deadPid}`));
  writeFileSync(join(root, `dist.partial-${deadPid}`, 'index.html'), 'half a site');
  return {
    root,
    next: runCommand('npm', ['run', 'build'], { cwd: root, env: buildVariables({ outDir: join(root, 'dist'), contentDir }) }),
  };
})();

describe.each(stopped)('a build stopped by $signal', ({ result }) => {
  it('exits failing, leaving no lock, no half-written folder and no dist/; the next build succeeds', async () => {
    const { code, files, next, root } = await result;
    expect(code).not.toBe(0);
    expect(files.filter((name) => name === 'build.lock' || name.startsWith('dist'))).toEqual([]);
    expect(next.status, next.output).toBe(0);
    expect(existsSync(join(root, 'dist', 'index.html'))).toBe(true);
  });
});

describe('a build after one killed outright (SIGKILL), which left its lock and its folder', () => {
  it('takes the lock over from the dead process, clears the folder and succeeds', async () => {
    const next = await killed.next;
    expect(next.status, next.output).toBe(0);
    expect(readFileSync(join(killed.root, 'dist', 'index.html'), 'utf8')).not.toBe('half a site');
    expect(readdirSync(killed.root).filter((name) => name === 'build.lock' || name.startsWith('dist.partial'))).toEqual([]);
  });
});
