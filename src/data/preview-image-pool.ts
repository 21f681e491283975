/**
 * Draws preview images on every core: on this thread and, once a build has asked for more than
 * a few (imagesBeforeWorkers), on one worker thread per other core, so that a build's images
 * do not wait for each other (satori and resvg take ~30 ms an image). This thread goes on
 * drawing while the workers start (~0.7 s); idle workers do not keep the process alive.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { drawPreviewImage, type PreviewCard } from './og-image.ts';

export interface PoolOptions {
  /** The worker threads' file (src/data/preview-image-worker.ts). */
  workerFile: string;
  /** Worker threads at most: one per core but this thread's, by default. */
  workers?: number;
  /**
   * Workers start only once this many images have been asked for: starting one loads satori,
   * resvg and the fonts again (~0.4 s of CPU), more than this thread takes to draw a few
   * images, and a site of a few meetings has a few (the real site: four).
   */
  imagesBeforeWorkers?: number;
}

export interface Pool {
  draw: (card: PreviewCard) => Promise<Buffer>;
  /** Worker threads started so far (whether or not they ran), and those ready to draw. */
  workers: () => { started: number; ready: number };
}

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

export function createPool({ workerFile, workers = availableParallelism() - 1, imagesBeforeWorkers = 8 }: PoolOptions): Pool {
  const slots: Slot[] = [];
  const queue: Job[] = [];
  let asked = 0;
  let started = 0;
  let drawingHere = false;
  // Once a worker has failed to run (not a card that cannot be drawn: that is a message), no
  // other is started, and this thread draws what is left.
  let workersFailed = false;

  function dispatch(): void {
    if (queue.length > 0 && asked > imagesBeforeWorkers && slots.length < workers && !workersFailed) start();
    while (queue.length > 0) {
      const idle = slots.find((slot) => slot.ready && !slot.job);
      if (idle) {
        idle.job = queue.shift()!;
        idle.worker.ref();
        idle.worker.postMessage(idle.job.card);
      } else if (!drawingHere) {
        drawHere(queue.shift()!);
      } else {
        return;
      }
    }
  }

  function drawHere(job: Job): void {
    drawingHere = true;
    drawPreviewImage(job.card)
      .then(job.resolve, job.reject)
      .finally(() => {
        drawingHere = false;
        dispatch();
      });
  }

  function start(): void {
    const slot: Slot = { worker: new Worker(workerFile), ready: false };
    slots.push(slot);
    started++;
    slot.worker.unref();
    const finish = (settle: (job: Job) => void): void => {
      const job = slot.job!;
      slot.job = undefined;
      slot.worker.unref();
      settle(job);
      dispatch();
    };
    slot.worker.on('message', (reply: { ready?: true; png?: Uint8Array; error?: string }) => {
      if (reply.ready) {
        slot.ready = true;
        dispatch();
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
      dispatch();
    });
  }

  return {
    draw: (card) =>
      new Promise((resolve, reject) => {
        queue.push({ card, resolve, reject });
        asked++;
        dispatch();
      }),
    workers: () => ({ started, ready: slots.filter((slot) => slot.ready).length }),
  };
}
