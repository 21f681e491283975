/**
 * Builds the site (unless npm test has just built it) and serves it on 127.0.0.1 with Astro's
 * own preview server, as published: at the root, and under TEST_BASE_PATH. It answers a
 * missing page with 404.html and status 404, as a static host does. Also builds and serves
 * the site with 4 meetings (one with a 160-character word) and with 30, for the layout tests.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'astro';
import buildOnce from '../support/global-setup.ts';
import { basePathSiteDir, buildSite, projectRoot, siteDir, testOutput, TEST_BASE_PATH } from '../support/build.ts';
import { writeContentWith } from '../support/synthetic.ts';
import { LONG_WORD, MANY_MEETINGS } from './origins.ts';

/** Builds the site from the real reports and `count` − 2 synthetic ones; the first of those ends with a long word. */
async function buildWithMeetings(count: number): Promise<string> {
  const dir = join(testOutput, `site-${count}-meetings`);
  rmSync(dir, { recursive: true, force: true });
  writeContentWith(join(dir, 'content'), count, `A word longer than any line: ${LONG_WORD}.`);
  const outDir = join(dir, 'dist');
  const { status, output } = await buildSite({ outDir, contentDir: join(dir, 'content') });
  if (status !== 0) throw new Error(`The site of ${count} meetings did not build:\n${output}`);
  return outDir;
}

async function serve(outDir: string, base: string) {
  const server = await preview({ root: projectRoot, outDir, base, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
  return { server, origin: `http://127.0.0.1:${server.port}` };
}

export default async function setup(): Promise<() => Promise<void>> {
  // npm test has just built both sites in Vitest's setup and says so; run alone, build them.
  const built = existsSync(`${siteDir}/index.html`) && existsSync(`${basePathSiteDir}/index.html`);
  if (!(process.env['REUSE_SITE'] === '1' && built)) await buildOnce();
  const manyDirs = await Promise.all(MANY_MEETINGS.map(buildWithMeetings));
  // Side by side: each start loads the project's config.
  const [root, underBase, ...many] = await Promise.all([
    serve(siteDir, '/'),
    serve(basePathSiteDir, TEST_BASE_PATH),
    ...manyDirs.map((dir) => serve(dir, '/')),
  ]);
  process.env['SITE_ORIGIN'] = root.origin;
  process.env['BASE_SITE_ORIGIN'] = underBase.origin;
  process.env['MANY_MEETINGS_ORIGINS'] = many.map((m) => m.origin).join(' ');
  return async () => {
    for (const { server } of [root, underBase, ...many]) await server.stop();
  };
}
