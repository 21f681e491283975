/**
 * Adding or breaking a content file, as an editor would: each case builds the real site
 * from a temporary copy of content/ with one file added, never touching content/ itself.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnvironment, buildSite, projectRoot } from '../support/build.ts';
import { contentDir } from '../support/content.ts';
import { attr, listPages, readPage, select, selectAll, textOf } from '../support/html.ts';

const workDir = mkdtempSync(join(tmpdir(), 'sco-content-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const islamabad = readFileSync(join(contentDir, '2024-islamabad.md'), 'utf8');

/** Builds the site from the real reports plus one extra file; returns the result and the folders. */
function buildWith(name: string, fileName: string, source: string | Buffer) {
  const dir = join(workDir, name);
  cpSync(contentDir, join(dir, 'content'), { recursive: true });
  writeFileSync(join(dir, 'content', fileName), source);
  const outDir = join(dir, 'dist');
  return { ...buildSite({ outDir, contentDir: join(dir, 'content') }), outDir };
}

/** A third report, plainly synthetic, in the shape of the Xinhua one. */
const thirdReport = islamabad
  .replace('publishedOn: "2024-10-17"', 'publishedOn: "2025-11-19"')
  .replace('meetingDate: "2024-10-16"', 'meetingDate: "2025-11-18"')
  .replace('city: Islamabad', 'city: Testville')
  .replace('country: Pakistan', 'country: Testland')
  .replace('ordinal: 23', 'ordinal: 24')
  .replace(/^title: .*$/m, 'title: "Synthetic report for a test"')
  .replace(/^photoCaption: .*\n/m, '')
  .replace(
    /---\n\n[\s\S]*$/,
    '---\n\nTESTVILLE, Nov. 18 (Xinhua) -- Chinese Premier Li Qiang said here on Tuesday that China is willing to work with Russia to build a multipolar world. ' +
      'Li said the two countries should deepen cooperation in agriculture.\n\nMishustin said Russia would hold a Cultural Year with China.\n',
  );

describe('a third report', () => {
  const { status, output, outDir } = buildWith('third', '2025-testville.md', thirdReport);

  it('needs nothing but its Markdown file', () => {
    expect(status, output).toBe(0);
    const page = readPage(outDir, '/meetings/2025-testville/');
    expect(selectAll('.para', page).map((p) => attr(p, 'id'))).toEqual(['p1', 'p2']);
    const previous = select('a[rel=prev]', page);
    expect(previous && attr(previous, 'href')).toBe('/meetings/2024-islamabad/');
  });

  it('joins the timeline in date order, with its interval', () => {
    const timeline = readPage(outDir, '/');
    expect(selectAll('ol.timeline > li', timeline).map((li) => attr(li, 'id'))).toEqual([
      '2023-bishkek',
      '2024-islamabad',
      '2025-testville',
    ]);
    expect(textOf(select('[id="2025-testville"] .timeline__gap time', timeline)!)).toBe('1 year and 1 month later');
  });

  it('joins the overview: a column of facts and of topics, and what changed at the newest meeting', () => {
    const compare = readPage(outDir, '/compare/');
    expect(selectAll('.facts-table thead th[scope=col]', compare).map((th) => attr(th, 'id'))).toEqual([
      '2023-bishkek',
      '2024-islamabad',
      '2025-testville',
    ]);
    expect(selectAll('.topic-grid thead th[scope=col]', compare).map(textOf)).toEqual([
      'Topic',
      'Bishkek, 2023',
      'Islamabad, 2024',
      'Testville, 2025',
    ]);
    expect(textOf(select('#what-changed-heading', compare)!)).toBe('What changed from 2024 to 2025');
  });

  it("lists the newest pair's changes, computed as for the real pair", () => {
    const pair = readPage(outDir, '/compare/2024-islamabad--2025-testville/');
    const items = (group: string) => selectAll(`[aria-labelledby="changes-${group}"] li`, pair).map(textOf);
    // Read off the synthetic text: Li names a multipolar world and agriculture (Mishustin's in 2024);
    // Mishustin words the culture year as China Daily did in 2023.
    expect(items('new')).toEqual(['A multipolar world Li ¶1']);
    expect(items('handed-over')).toEqual(['Agriculture: 2024 Mishustin ¶8 → 2025 Li ¶1']);
    expect(items('reworded')).toEqual(['Culture Year(s): 2024 Years of Culture Mishustin ¶8 → 2025 Cultural Year Mishustin ¶2']);
    expect(items('dropped')).toContain('Strategic coordination Li ¶1 ¶3');
    expect(
      selectAll('[aria-labelledby="changes-handed-over"] a', pair)
        .map((a) => attr(a, 'href'))
        .slice(1),
    ).toEqual(['/meetings/2024-islamabad/#p8-s1', '/meetings/2025-testville/#p1-s2']);
  });

  it('gets a comparison with the meeting before it, and the older pair keeps its own', () => {
    expect(listPages(outDir).filter((path) => path.startsWith('/compare/'))).toEqual([
      '/compare/',
      '/compare/2023-bishkek--2024-islamabad/',
      '/compare/2023-bishkek--2024-islamabad/topics/',
      '/compare/2024-islamabad--2025-testville/',
      '/compare/2024-islamabad--2025-testville/topics/',
    ]);
    const older = readPage(outDir, '/compare/2023-bishkek--2024-islamabad/');
    expect(selectAll('.column', older).map((c) => attr(c, 'id'))).toEqual(['text-2023-bishkek', 'text-2024-islamabad']);
  });
});

/*
 * One broken file per stage at which a build can fail, to prove that the build stops there and
 * names the file. Every other way a file can be wrong is a unit test of that stage (the schema
 * with safeParse, the Markdown checks through the site's pipeline, the joining of facts and
 * text): see tests/unit/content-schemas.test.ts, report-model.test.ts, meetings.test.ts,
 * meeting-date.test.ts, and the README's table.
 */
describe.each<[string, string | Buffer, RegExp]>([
  // Astro reads the frontmatter's YAML
  ['malformed frontmatter', islamabad.replace('city: Islamabad', 'city: [Islamabad'), /2030-broken\.md/],
  // the collection's schema
  [
    'an unknown publisher',
    islamabad.replace('publisher: Xinhua', 'publisher: Reuters'),
    /2030-broken\.md, line 4, publisher: must be one of: China Daily, Xinhua/,
  ],
  // the Markdown pipeline's checks
  // named by the file's own line, as an editor counts lines
  [
    'a <script> element',
    `${islamabad}\n<script>alert(1)</script>\n`,
    new RegExp(`line ${`${islamabad}\n<script>`.split('\n').length}: raw HTML is not allowed`),
  ],
  // the pages join facts and text
  [
    'a meeting date the text contradicts',
    islamabad.replace('meetingDate: "2024-10-16"', 'meetingDate: "2024-10-15"'),
    /meetingDate 2024-10-15 \(a Tuesday\) is not the "on Wednesday"/,
  ],
])('a content file with %s', (name, source, message) => {
  const { status, output, outDir } = buildWith(name.replaceAll(' ', '-'), '2030-broken.md', source);

  it('fails the build, writing no page', () => {
    expect(status).not.toBe(0);
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  });

  it('names the file and the problem', () => {
    expect(output).toContain('2030-broken.md');
    expect(output).toMatch(message);
  });
});

describe('npm run build with a broken file', () => {
  // A copy of the project (its code linked, its content copied) with a good dist/ from before.
  const dir = join(workDir, 'project');
  mkdirSync(dir);
  for (const name of ['package.json', 'astro.config.ts', 'tsconfig.json', 'src', 'node_modules']) {
    symlinkSync(join(projectRoot, name), join(dir, name));
  }
  cpSync(contentDir, join(dir, 'content'), { recursive: true });
  writeFileSync(join(dir, 'content', '2030-broken.md'), islamabad.replace('publisher: Xinhua', 'publisher: Reuters'));
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist', 'index.html'), 'an earlier build');
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...buildEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', CACHE_DIR: join(dir, 'cache') },
  });

  it('fails, and leaves no dist/ that could pass for a good build, nor a half-written dist.partial/', () => {
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain('2030-broken.md');
    expect(existsSync(join(dir, 'dist'))).toBe(false);
    expect(existsSync(join(dir, 'dist.partial'))).toBe(false);
  });
});
