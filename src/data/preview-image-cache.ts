/**
 * Preview images kept between builds, keyed by what they show: drawing one takes ~30 ms, and
 * most builds draw the same cards as the build before. The folder (in Astro's cache dir, one
 * per version of the drawing code) comes from src/integrations/preview-image-cache.ts; a cold
 * build, as in CI, has none and draws every image.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { drawPreviewImage, type PreviewCard } from './og-image.ts';

/** The file of a card in the cache: the hash of the words it shows (not of where they came from). */
export function cacheFileOf(card: PreviewCard, folder: string): string {
  const shown = JSON.stringify([card.kicker, card.title, card.lines]);
  return join(folder, `${createHash('sha256').update(shown).digest('hex').slice(0, 32)}.png`);
}

export async function previewImage(card: PreviewCard, folder: string | undefined): Promise<Buffer> {
  if (!folder) return drawPreviewImage(card);
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
  const png = await drawPreviewImage(card);
  await mkdir(folder, { recursive: true });
  // Written whole or not at all: a build stopped halfway leaves no truncated image to reuse.
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, png);
  await rename(partial, file);
  return png;
}
