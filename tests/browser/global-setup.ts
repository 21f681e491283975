/** Builds the site afresh and serves it on 127.0.0.1 for the browser tests; SITE_ORIGIN tells them where. */
import buildOnce from '../support/global-setup.ts';
import { siteDir } from '../support/build.ts';
import { serve } from '../support/serve.ts';

export default async function setup(): Promise<() => Promise<void>> {
  buildOnce();
  const { origin, server } = await serve(siteDir);
  process.env['SITE_ORIGIN'] = origin;
  return () => new Promise((resolve) => server.close(() => resolve()));
}
