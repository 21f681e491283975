/** Runs the real Astro build, as `npm run build` does, into a folder of the test's choosing. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
export const testOutput = `${projectRoot}test-output`;
/** Where the global setup builds the site from the real content/. */
export const siteDir = `${testOutput}/site`;

export interface BuildResult {
  status: number | null;
  /** stdout and stderr together, as a person would read them (without colour codes). */
  output: string;
}

/**
 * The environment of a build started from a test: the test runner's own variables removed
 * (Vitest sets NODE_ENV, MODE, BASE_URL, PROD… which Vite would read as the build's own).
 */
export function buildEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) {
    if (/^(VITEST|TEST$|NODE_ENV$|MODE$|BASE_URL$|PROD$|DEV$|SSR$|TINYPOOL)/.test(name)) delete env[name];
  }
  return env;
}

/** Where the global setup builds the site as published under a sub-path. */
export const basePathSiteDir = `${testOutput}/site-base`;
export const TEST_SITE_URL = 'https://sco.example.org';
export const TEST_BASE_PATH = '/sco-meetings/';

export function buildSite(options: { outDir: string; contentDir?: string; siteUrl?: string; basePath?: string }): BuildResult {
  const args = ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', options.outDir];
  const result = spawnSync(process.execPath, args, {
    cwd: projectRoot,
    encoding: 'utf8',
    env: {
      ...buildEnvironment(),
      ASTRO_TELEMETRY_DISABLED: '1',
      // Its own content cache per output folder, so that no build reuses another's.
      CACHE_DIR: `${options.outDir}-cache`,
      ...(options.contentDir ? { CONTENT_DIR: options.contentDir } : {}),
      ...(options.siteUrl ? { SITE_URL: options.siteUrl } : {}),
      ...(options.basePath ? { BASE_PATH: options.basePath } : {}),
    },
  });
  return { status: result.status, output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`) };
}
