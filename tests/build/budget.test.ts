/**
 * The page budget: every page renders from one request (HTML with its CSS inlined, no
 * script, no web font, no external stylesheet or image) of at most 14,336 B gzipped, about
 * what the first round trip of a new connection carries, as the site grows and moves. Built
 * at a long GitHub Pages address: the two real meetings, with at least 1,500 B to spare on
 * every page (a longer report, more formulae); three meetings, the third in Moscow (the map
 * takes in Russia's west); and 50 meetings (synthetic, as the bench makes them). The headroom
 * of every page is printed, so that a regression shows before it fails.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_BUDGET, pageSizes } from '../../src/integrations/page-budget.ts';
import { buildSite, siteDir, testOutput } from '../support/build.ts';
import { fileForPath, listPages, readPage, selectAll, attr } from '../support/html.ts';
import { writeContentWith, writeContentWithMoscow } from '../support/synthetic.ts';
import { readFileSync, writeFileSync } from 'node:fs';

/** An address as long as a GitHub Pages project site's can reasonably be: every internal link and canonical URL carries it. */
const LONG_ADDRESS = { siteUrl: 'https://china-studies-readouts.github.io', basePath: '/sco-heads-of-government-meetings/' };
/** What every page of the two-meeting site keeps free, so that a longer report or more formulae still fit. */
const HEADROOM = 1_500;

const sites = [
  {
    name: 'two meetings',
    dir: join(testOutput, 'budget-2'),
    write: (dir: string) => writeContentWith(dir, 2),
    limit: PAGE_BUDGET - HEADROOM,
  },
  {
    name: 'three meetings, the third in Moscow',
    dir: join(testOutput, 'budget-moscow'),
    write: writeContentWithMoscow,
    limit: PAGE_BUDGET,
  },
  { name: '50 meetings', dir: join(testOutput, 'budget-50'), write: (dir: string) => writeContentWith(dir, 50), limit: PAGE_BUDGET },
];
const report: string[] = [];

/** The 2024 report made 300 paragraphs long: its paragraphs from the third on repeated (¶2 has an override, which must name one paragraph). */
function writeLongReport(dir: string): void {
  writeContentWith(dir, 2);
  const file = join(dir, '2024-islamabad.md');
  const source = readFileSync(file, 'utf8');
  const paragraphs = source
    .slice(source.indexOf('\n---\n', 4) + 5)
    .trim()
    .split(/\n\s*\n/);
  const more = Array.from({ length: 300 - paragraphs.length }, (_, i) => paragraphs[2 + (i % (paragraphs.length - 2))]);
  writeFileSync(file, `${source.trimEnd()}\n\n${more.join('\n\n')}\n`);
}
const longReport = { dir: join(testOutput, 'budget-long-report'), output: '' };

beforeAll(async () => {
  // Each site is built once, side by side, and shared by every test below.
  await Promise.all(
    [...sites, { name: 'a report of 300 paragraphs', dir: longReport.dir, write: writeLongReport }].map(async (site) => {
      rmSync(site.dir, { recursive: true, force: true });
      site.write(join(site.dir, 'content'));
      const { status, output } = await buildSite({
        outDir: join(site.dir, 'dist'),
        contentDir: join(site.dir, 'content'),
        ...LONG_ADDRESS,
      });
      if (status !== 0) throw new Error(`The site of ${site.name} did not build:\n${output}`);
      if (site.dir === longReport.dir) longReport.output = output;
    }),
  );
});
afterAll(() =>
  console.log(`Page weights, gzipped, at ${LONG_ADDRESS.siteUrl}${LONG_ADDRESS.basePath} (budget ${PAGE_BUDGET} B):\n${report.join('\n')}`),
);

describe.each(sites)('$name', (site) => {
  it(`keeps every page at or under ${site.limit.toLocaleString('en')} B gzipped`, () => {
    const sizes = pageSizes(join(site.dir, 'dist'));
    const heaviest = [...sizes].sort((a, b) => b.gzipped - a.gzipped).slice(0, 8);
    report.push(`  ${site.name} (${sizes.length} pages), the heaviest:`);
    for (const page of heaviest)
      report.push(`    ${page.path.padEnd(64)} ${String(page.gzipped).padStart(6)} B, ${PAGE_BUDGET - page.gzipped} B to spare`);
    expect(sizes.length).toBeGreaterThan(0);
    expect(sizes.filter((page) => page.gzipped > site.limit).map((page) => `${page.path} ${page.gzipped} B`)).toEqual([]);
  });
});

describe('a report of 300 paragraphs', () => {
  // Its own page holds it whole, and its pair's pages every topic and sentence of it: those
  // three are over one round trip (docs/page-budget.md says why); the build names each, and
  // every other page stays within.
  it('puts only its own page and its pair’s pages over the budget, and the build names them', () => {
    const over = pageSizes(join(longReport.dir, 'dist')).filter((page) => page.gzipped > PAGE_BUDGET);
    expect(over.map((page) => page.path)).toEqual([
      '/compare/2023-bishkek--2024-islamabad/',
      '/compare/2023-bishkek--2024-islamabad/topics/',
      '/meetings/2024-islamabad/',
    ]);
    for (const page of over) expect(longReport.output).toContain(`${page.path} ${page.gzipped.toLocaleString('en')} B`);
  });
});

describe.each(listPages(siteDir))('%s', (path) => {
  it('needs no other request to render: no script, stylesheet, font or image', () => {
    const html = readFileSync(fileForPath(siteDir, path)!);
    const page = readPage(siteDir, path);
    expect(selectAll('script', page).filter((s) => attr(s, 'type') !== 'application/ld+json')).toEqual([]);
    expect(selectAll('link[rel=stylesheet], link[rel=preload], link[rel=modulepreload], img, video, iframe', page)).toEqual([]);
    expect(html.toString()).not.toMatch(/@font-face|@import/);
  });
});
