/**
 * Builds the site (unless npm test has just built it) and serves it on 127.0.0.1 with Astro's
 * own preview server, as published: at the root, and under TEST_BASE_PATH. It answers a
 * missing page with 404.html and status 404, as a static host does.
 */
import { existsSync } from 'node:fs';
import { preview } from 'astro';
import buildOnce from '../support/global-setup.ts';
import { basePathSiteDir, projectRoot, siteDir, TEST_BASE_PATH } from '../support/build.ts';

async function serve(outDir: string, base: string) {
  const server = await preview({ root: projectRoot, outDir, base, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
  return { server, origin: `http://127.0.0.1:${server.port}` };
}

export default async function setup(): Promise<() => Promise<void>> {
  // npm test has just built both sites in Vitest's setup and says so; run alone, build them.
  const built = existsSync(`${siteDir}/index.html`) && existsSync(`${basePathSiteDir}/index.html`);
  if (!(process.env['REUSE_SITE'] === '1' && built)) await buildOnce();
  // Side by side: each start loads the project's config (~1.3 s).
  const [root, underBase] = await Promise.all([serve(siteDir, '/'), serve(basePathSiteDir, TEST_BASE_PATH)]);
  process.env['SITE_ORIGIN'] = root.origin;
  process.env['BASE_SITE_ORIGIN'] = underBase.origin;
  return async () => {
    await root.server.stop();
    await underBase.server.stop();
  };
}
