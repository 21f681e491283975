/**
 * Tells src/data/preview-images.ts, in a build, where to keep preview images between builds
 * (a folder in Astro's cache dir named after the drawing code and the versions of what draws:
 * satori, resvg, the fonts; a change to any of them draws every image afresh) and which file
 * its worker threads run. After a build, the images no page used and the folders of older
 * drawing code are removed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** What draws an image: a change to either draws every image afresh. */
const DRAWING_CODE = ['src/data/og-image.ts', 'src/lib/png.ts'];
const WORKER = 'src/data/preview-image-worker.ts';
const STARTED = '.build-started';
const DRAWING_PACKAGES = ['satori', '@resvg/resvg-js', '@fontsource/source-serif-4', '@fontsource/source-sans-3'];

function drawingVersion(root: URL): string {
  const require = createRequire(root);
  const hash = createHash('sha256');
  for (const file of DRAWING_CODE) hash.update(readFileSync(new URL(file, root)));
  for (const name of DRAWING_PACKAGES) hash.update(`${name}@${(require(`${name}/package.json`) as { version: string }).version}`);
  return hash.digest('hex').slice(0, 16);
}

export default function previewImages(): AstroIntegration {
  let cacheRoot = '';
  let folder = '';
  let buildStarted = 0;
  return {
    name: 'preview-images',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        // The dev server draws the one image asked for, with the code as it is now.
        if (command !== 'build') return;
        cacheRoot = fileURLToPath(new URL('preview-images/', config.cacheDir));
        folder = `${cacheRoot}${drawingVersion(config.root)}`;
        // The build's start by the file system's clock, which the images' times are read by
        // (it can lag Date.now() by some milliseconds).
        mkdirSync(folder, { recursive: true });
        writeFileSync(`${folder}/${STARTED}`, '');
        buildStarted = statSync(`${folder}/${STARTED}`).mtimeMs;
        updateConfig({
          vite: {
            define: {
              'import.meta.env.PREVIEW_IMAGE_CACHE': JSON.stringify(folder),
              'import.meta.env.PREVIEW_IMAGE_WORKER': JSON.stringify(fileURLToPath(new URL(WORKER, config.root))),
            },
          },
        });
      },
      'astro:build:done': async () => {
        if (!folder) return;
        for (const name of await readdir(cacheRoot).catch(() => [])) {
          const path = `${cacheRoot}${name}`;
          if (path !== folder) await rm(path, { recursive: true, force: true });
        }
        for (const name of await readdir(folder).catch(() => [])) {
          const path = `${folder}/${name}`;
          if (name === STARTED || (await stat(path)).mtimeMs < buildStarted) await rm(path, { force: true });
        }
      },
    },
  };
}
