/**
 * `npm run bench`: the build's cost, as ratios to a baseline built in the same run. It builds
 * this site with 2 meetings (the real reports), 10 and 50 (the real ones and synthetic ones,
 * tests/support/synthetic.ts), and a plain Astro site (one page per Markdown file, Astro's
 * own Markdown) from the same files, cold, taking turns three times, and prints the fastest of
 * each, then the weight of each kind of page (its heaviest, gzipped) at each size. The guard it
 * measures: 50 meetings build within 4 times the plain site.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGE_BUDGET, pageSizes } from '../../src/integrations/page-budget.ts';
import { buildEnvironment, projectRoot, testOutput } from '../support/build.ts';
import { writeContentWith } from '../support/synthetic.ts';

const work = join(testOutput, 'bench');
const astro = join(projectRoot, 'node_modules/astro/bin/astro.mjs');

/** A plain Astro site: one page per Markdown file of CONTENT_DIR, through a one-file layout. */
function writePlainSite(dir: string): void {
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  writeFileSync(join(dir, 'astro.config.mjs'), "export default { logLevel: 'warn', cacheDir: process.env.CACHE_DIR };\n");
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\n" +
      "export const collections = { posts: defineCollection({ loader: glob({ pattern: '*.md', base: process.env.CONTENT_DIR }) }) };\n",
  );
  writeFileSync(
    join(dir, 'src/pages/[id].astro'),
    "---\nimport { getCollection, render } from 'astro:content';\n" +
      "export async function getStaticPaths() {\n  return (await getCollection('posts')).map((post) => ({ params: { id: post.id }, props: { post } }));\n}\n" +
      'const { Content } = await render(Astro.props.post);\n---\n<html lang="en"><head><meta charset="utf-8" /><title>{Astro.props.post.id}</title></head><body><Content /></body></html>\n',
  );
}

/** Seconds of one cold build of the site in `root` from `contentDir`. */
function build(root: string, contentDir: string, name: string): number {
  const cache = join(work, `${name}-cache`);
  rmSync(cache, { recursive: true, force: true });
  const started = performance.now();
  const result = spawnSync(process.execPath, [astro, 'build', '--outDir', join(work, `${name}-dist`)], {
    cwd: root,
    env: { ...buildEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: contentDir, CACHE_DIR: cache },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`${name} did not build:\n${result.stdout}${result.stderr}`);
  return (performance.now() - started) / 1000;
}

rmSync(work, { recursive: true, force: true });
const plain = join(work, 'plain-site');
writePlainSite(plain);
const cases = [2, 10, 50].map((count) => {
  const contentDir = join(work, `content-${count}`);
  writeContentWith(contentDir, count);
  return { count, contentDir, site: Infinity, plain: Infinity };
});
for (let turn = 0; turn < 3; turn++) {
  for (const c of cases) {
    c.site = Math.min(c.site, build(projectRoot, c.contentDir, `site-${c.count}`));
    c.plain = Math.min(c.plain, build(plain, c.contentDir, `plain-${c.count}`));
  }
}
console.log('| meetings | this site | plain Astro site | ratio |\n| ---: | ---: | ---: | ---: |');
for (const c of cases) console.log(`| ${c.count} | ${c.site.toFixed(2)} s | ${c.plain.toFixed(2)} s | ${(c.site / c.plain).toFixed(2)} |`);

/** A page's kind, from its path: the home page, a meeting, a pair, its topics, and so on. */
const kindOf = (path: string): string =>
  path === '/'
    ? 'home'
    : path.startsWith('/meetings/')
      ? 'meeting'
      : /^\/compare\/[^/]+--[^/]+\/topics\/$/.test(path)
        ? 'pair topics'
        : /^\/compare\/[^/]+--[^/]+\/$/.test(path)
          ? 'pair'
          : path;
const kinds = ['home', 'meeting', '/compare/', 'pair', 'pair topics', '/compare/method/'];
console.log(
  `\nThe heaviest page of each kind, gzipped (budget ${PAGE_BUDGET} B):\n| meetings | ${kinds.join(' | ')} |\n| ---: |${' ---: |'.repeat(kinds.length)}`,
);
for (const c of cases) {
  const heaviest = new Map<string, number>();
  for (const page of pageSizes(join(work, `site-${c.count}-dist`))) {
    const kind = kindOf(page.path);
    heaviest.set(kind, Math.max(heaviest.get(kind) ?? 0, page.gzipped));
  }
  console.log(`| ${c.count} | ${kinds.map((kind) => `${heaviest.get(kind) ?? '–'} B`).join(' | ')} |`);
}
