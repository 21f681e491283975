/**
 * A thread that draws preview images for src/data/preview-image-pool.ts, so that a build with
 * many images draws them on every core. Node runs this file as it is (its types stripped).
 */
import { parentPort } from 'node:worker_threads';
import { drawPreviewImage, type PreviewCard } from './og-image.ts';

parentPort!.on('message', async (card: PreviewCard) => {
  try {
    parentPort!.postMessage({ png: await drawPreviewImage(card) });
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});

// Loaded (satori, resvg, the fonts): the pool may send it images now.
parentPort!.postMessage({ ready: true });
