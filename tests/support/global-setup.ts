import { rmSync, writeFileSync } from 'node:fs';
import { basePathSiteDir, buildSite, siteDir, TEST_BASE_PATH, TEST_SITE_URL } from './build.ts';

/**
 * Builds the site twice from the real content/, side by side: as `npm run build` does by
 * default, and as published at TEST_SITE_URL under TEST_BASE_PATH (the SITE_URL and
 * BASE_PATH variables).
 */
export default async function setup(): Promise<void> {
  const builds = [
    [siteDir, {}],
    [basePathSiteDir, { siteUrl: TEST_SITE_URL, basePath: TEST_BASE_PATH }],
  ] as const;
  await Promise.all(
    builds.map(async ([outDir, options]) => {
      rmSync(outDir, { recursive: true, force: true });
      const { status, output } = await buildSite({ outDir, ...options });
      if (status !== 0) throw new Error(`The site did not build into ${outDir}:\n${output}`);
      // What the build printed, for the tests that read its messages.
      writeFileSync(`${outDir}.log`, output);
    }),
  );
}
