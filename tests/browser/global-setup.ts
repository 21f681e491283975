/**
 * Builds the site afresh and serves it on 127.0.0.1 for the browser tests: at the root
 * (SITE_ORIGIN tells the tests where) and under TEST_BASE_PATH (BASE_SITE_ORIGIN).
 */
import buildOnce from '../support/global-setup.ts';
import { basePathSiteDir, siteDir, TEST_BASE_PATH } from '../support/build.ts';
import { serve } from '../support/serve.ts';

export default async function setup(): Promise<() => Promise<void>> {
  buildOnce();
  const root = await serve(siteDir);
  const underBase = await serve(basePathSiteDir, TEST_BASE_PATH);
  process.env['SITE_ORIGIN'] = root.origin;
  process.env['BASE_SITE_ORIGIN'] = underBase.origin;
  return async () => {
    await new Promise((resolve) => root.server.close(resolve));
    await new Promise((resolve) => underBase.server.close(resolve));
  };
}
