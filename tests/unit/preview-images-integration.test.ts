/**
 * The integration that tells a build where preview images are kept: the folder is named after
 * the drawing code's version, and after a build only the images that build used are left.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import previewImages from '../../src/integrations/preview-images.ts';
import { projectRoot } from '../support/build.ts';

const cacheDir = mkdtempSync(`${tmpdir()}/astro-cache-`);
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

type Hooks = AstroIntegration['hooks'];
type SetupOptions = Parameters<NonNullable<Hooks['astro:config:setup']>>[0];
type DoneOptions = Parameters<NonNullable<Hooks['astro:build:done']>>[0];

/** Runs the integration's setup as Astro would for `command`; returns what it defines for Vite. */
async function setUp(integration: AstroIntegration, command: 'build' | 'dev'): Promise<Record<string, string>> {
  let define: Record<string, string> = {};
  const options = {
    command,
    config: { cacheDir: pathToFileURL(`${cacheDir}/`), root: pathToFileURL(projectRoot) },
    updateConfig: (config: { vite: { define: Record<string, string> } }) => (define = config.vite.define),
  };
  await integration.hooks['astro:config:setup']!(options as unknown as SetupOptions);
  return define;
}

describe('the preview-images integration', () => {
  it('leaves the dev server without a cache, drawing each image as it is now', async () => {
    expect(await setUp(previewImages(), 'dev')).toEqual({});
  });

  it('keeps the images a build used, and removes the rest and older drawing code', async () => {
    const stale = `${cacheDir}/preview-images/0123456789abcdef`;
    mkdirSync(stale, { recursive: true });
    writeFileSync(`${stale}/old.png`, 'drawn by older code');
    const integration = previewImages();
    const define = await setUp(integration, 'build');
    const folder = JSON.parse(define['import.meta.env.PREVIEW_IMAGE_CACHE']!) as string;
    expect(folder).toMatch(new RegExp(`^${cacheDir}/preview-images/[0-9a-f]{16}$`));
    expect(JSON.parse(define['import.meta.env.PREVIEW_IMAGE_WORKER']!)).toBe(`${projectRoot}src/data/preview-image-worker.ts`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(`${folder}/unused.png`, 'a card no page shows any more');
    const anHourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(`${folder}/unused.png`, anHourAgo, anHourAgo);
    writeFileSync(`${folder}/used.png`, 'read or drawn by this build');

    await integration.hooks['astro:build:done']!({} as DoneOptions);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(`${folder}/unused.png`)).toBe(false);
    expect(existsSync(`${folder}/used.png`)).toBe(true);
  });
});
