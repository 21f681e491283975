/** Runs the real Astro build, as `npm run build` does, into a folder of the test's choosing. */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
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

/** What a copy of the project needs besides node_modules, which it links. */
const PROJECT_FILES = ['package.json', 'astro.config.ts', 'tsconfig.json', 'src', 'public', 'scripts'];

/**
 * A copy of the project for one build, in test-output/ (so that node_modules is found above
 * it): Astro writes its generated files and the chunks it renders with into the project's
 * .astro/, so builds from one folder cannot run at the same time; from copies they can.
 * The files are copied, not linked: Vite inlines no stylesheet of a source outside the root.
 */
export function projectCopy(name: string): string {
  const root = join(testOutput, 'projects', name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const file of PROJECT_FILES) cpSync(join(projectRoot, file), join(root, file), { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'));
  return root;
}

/** Runs a command to its end without blocking the test process: builds run side by side. */
export function runCommand(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<BuildResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, options);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (status) => resolve({ status, output: stripVTControlCharacters(output) }));
  });
}

// As many builds at once as the machine has cores: more would only share them.
const slots = Math.max(1, availableParallelism());
let running = 0;
const waiting: (() => void)[] = [];

async function inTurn<T>(work: () => Promise<T>): Promise<T> {
  if (running >= slots) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/** The environment of a test build: its content, its own cache, and the site's address. */
export function buildVariables(options: { outDir: string; contentDir?: string; siteUrl?: string; basePath?: string }): NodeJS.ProcessEnv {
  return {
    ...buildEnvironment(),
    ASTRO_TELEMETRY_DISABLED: '1',
    CONTENT_DIR: options.contentDir ?? join(projectRoot, 'content'),
    // Its own content cache per output folder, so that no build reuses another's.
    CACHE_DIR: `${options.outDir}-cache`,
    ...(options.siteUrl ? { SITE_URL: options.siteUrl } : {}),
    ...(options.basePath ? { BASE_PATH: options.basePath } : {}),
  };
}

/**
 * Builds the site as `astro build` does, from a copy of the project named after the output
 * folder, into that folder (which must lie in test-output/). Several may run at once.
 */
export function buildSite(options: { outDir: string; contentDir?: string; siteUrl?: string; basePath?: string }): Promise<BuildResult> {
  return inTurn(() => {
    // Cold, as in CI: no content layer or preview images kept from an earlier run.
    rmSync(`${options.outDir}-cache`, { recursive: true, force: true });
    const root = projectCopy(relative(testOutput, options.outDir).replaceAll('/', '-'));
    return runCommand(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', options.outDir], {
      cwd: root,
      env: buildVariables(options),
    });
  });
}
