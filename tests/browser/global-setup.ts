/**
 * Builds the site (unless npm test has just built it) and serves it on 127.0.0.1 for the browser tests: at the root
 * (SITE_ORIGIN tells the tests where) and under TEST_BASE_PATH (BASE_SITE_ORIGIN).
 */
import { existsSync } from 'node:fs';
import buildOnce from '../support/global-setup.ts';
import { basePathSiteDir, siteDir, TEST_BASE_PATH } from '../support/build.ts';
import { serve } from '../support/serve.ts';

export default async function setup(): Promise<() => Promise<void>> {
  // npm test has just built both sites in Vitest's setup and says so; run alone, build them.
  const built = existsSync(`${siteDir}/index.html`) && existsSync(`${basePathSiteDir}/index.html`);
  if (!(process.env['REUSE_SITE'] === '1' && built)) buildOnce();
  const root = await serve(siteDir);
  const underBase = await serve(basePathSiteDir, TEST_BASE_PATH);
  process.env['SITE_ORIGIN'] = root.origin;
  process.env['BASE_SITE_ORIGIN'] = underBase.origin;
  return async () => {
    await new Promise((resolve) => root.server.close(resolve));
    await new Promise((resolve) => underBase.server.close(resolve));
  };
}
