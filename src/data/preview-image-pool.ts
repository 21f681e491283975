/**
 * Draws preview images on every core: on this thread and on one worker thread per other core,
 * so that a build's images do not wait for each other (satori and resvg take ~30 ms an image).
 * This thread draws while the workers start (~0.7 s), so a build of a few images costs no more
 * than drawing them here; idle workers do not keep the build's process alive.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { drawPreviewImage, type PreviewCard } from './og-image.ts';

interface Job {
  card: PreviewCard;
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job?: Job | undefined;
}

const workerCount = availableParallelism() - 1;
const slots: Slot[] = [];
const queue: Job[] = [];
let drawingHere = false;
// Once a worker has failed to run (not a card that cannot be drawn: that is a message), no other
// is started, and this thread draws what is left.
let workersFailed = false;

export function drawInPool(card: PreviewCard, workerFile: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    queue.push({ card, resolve, reject });
    dispatch(workerFile);
  });
}

function dispatch(workerFile: string): void {
  if (queue.length > 0 && slots.length < workerCount && !workersFailed) start(workerFile);
  while (queue.length > 0) {
    const idle = slots.find((slot) => slot.ready && !slot.job);
    if (idle) {
      idle.job = queue.shift()!;
      idle.worker.ref();
      idle.worker.postMessage(idle.job.card);
    } else if (!drawingHere) {
      drawHere(queue.shift()!, workerFile);
    } else {
      return;
    }
  }
}

function drawHere(job: Job, workerFile: string): void {
  drawingHere = true;
  drawPreviewImage(job.card)
    .then(job.resolve, job.reject)
    .finally(() => {
      drawingHere = false;
      dispatch(workerFile);
    });
}

function start(workerFile: string): void {
  const slot: Slot = { worker: new Worker(workerFile), ready: false };
  slots.push(slot);
  slot.worker.unref();
  const finish = (settle: (job: Job) => void): void => {
    const job = slot.job!;
    slot.job = undefined;
    slot.worker.unref();
    settle(job);
    dispatch(workerFile);
  };
  slot.worker.on('message', (reply: { ready?: true; png?: Uint8Array; error?: string }) => {
    if (reply.ready) {
      slot.ready = true;
      dispatch(workerFile);
    } else {
      finish((job) => (reply.png ? job.resolve(Buffer.from(reply.png)) : job.reject(new Error(reply.error))));
    }
  });
  // A worker that fails to start or dies leaves the pool; its image goes back in the queue.
  slot.worker.on('error', () => {
    workersFailed = true;
    slots.splice(slots.indexOf(slot), 1);
    if (slot.job) queue.unshift(slot.job);
    slot.job = undefined;
    dispatch(workerFile);
  });
}
