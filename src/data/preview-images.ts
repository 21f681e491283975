/**
 * The preview image of a card, as a build gets it: from the images kept between builds, keyed
 * by what they show (drawing one takes ~30 ms, and most builds draw the cards of the build
 * before), or else drawn on the worker threads of src/data/preview-image-pool.ts. The folder
 * (in Astro's cache dir, one per version of the drawing code) and the worker's file come from
 * src/integrations/preview-images.ts; without them (the dev server, tests) the image is drawn
 * here. A cold build, as in CI, has no images kept and draws every one.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { drawPreviewImage, type PreviewCard } from './og-image.ts';
import { createPool, type Pool } from './preview-image-pool.ts';

/** The file of a card in the cache: the hash of the words it shows (not of where they came from). */
export function cacheFileOf(card: PreviewCard, folder: string): string {
  const shown = JSON.stringify([card.kicker, card.title, card.lines]);
  return join(folder, `${createHash('sha256').update(shown).digest('hex').slice(0, 32)}.png`);
}

export interface PreviewImageOptions {
  /** Where images are kept between builds. */
  cacheFolder?: string | undefined;
  /** The worker threads' file, to draw off the main thread. */
  workerFile?: string | undefined;
}

/** One pool per worker file (a build has one), for the whole process. */
const pools = new Map<string, Pool>();
function poolOf(workerFile: string): Pool {
  let pool = pools.get(workerFile);
  if (!pool) pools.set(workerFile, (pool = createPool({ workerFile })));
  return pool;
}

export async function previewImage(card: PreviewCard, { cacheFolder: folder, workerFile }: PreviewImageOptions = {}): Promise<Buffer> {
  const draw = () => (workerFile ? poolOf(workerFile).draw(card) : drawPreviewImage(card));
  if (!folder) return draw();
  const file = cacheFileOf(card, folder);
  try {
    const png = await readFile(file);
    // Marked as used, so that the end of the build keeps it and removes the images no page used.
    const now = new Date();
    await utimes(file, now, now);
    return png;
  } catch {
    // not drawn before: draw it below
  }
  const png = await draw();
  await mkdir(folder, { recursive: true });
  // Written whole or not at all: a build stopped halfway leaves no truncated image to reuse.
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, png);
  await rename(partial, file);
  return png;
}
