import { rmSync, writeFileSync } from 'node:fs';
import { basePathSiteDir, buildSite, siteDir, TEST_BASE_PATH, TEST_SITE_URL } from './build.ts';

/**
 * Builds the site twice from the real content/: as `npm run build` does by default, and as
 * published at TEST_SITE_URL under TEST_BASE_PATH (the SITE_URL and BASE_PATH variables).
 */
export default function setup(): void {
  for (const [outDir, options] of [
    [siteDir, {}],
    [basePathSiteDir, { siteUrl: TEST_SITE_URL, basePath: TEST_BASE_PATH }],
  ] as const) {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(`${outDir}-cache`, { recursive: true, force: true });
    const { status, output } = buildSite({ outDir, ...options });
    if (status !== 0) throw new Error(`The site did not build into ${outDir}:\n${output}`);
    // What the build printed, for the tests that read its messages.
    writeFileSync(`${outDir}.log`, output);
  }
}
