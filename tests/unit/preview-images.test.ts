import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { projectRoot } from '../support/build.ts';
import { drawPreviewImage, type PreviewCard } from '../../src/data/og-image.ts';
import { createPool } from '../../src/data/preview-image-pool.ts';
import { cacheFileOf, previewImage } from '../../src/data/preview-images.ts';

const folder = mkdtempSync(`${tmpdir()}/preview-images-`);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const card: PreviewCard = {
  kicker: 'Islamabad, 16 October 2024',
  title: 'China willing to work with Russia to strengthen strategic coordination -- Premier Li',
  lines: ['Li Qiang and Mikhail Mishustin', "Xinhua's report, word for word"],
  source: 'content/2024-islamabad.md',
};
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

describe('cacheFileOf', () => {
  it.each<[string, PreviewCard, boolean]>([
    ['the same words from another file', { ...card, source: 'content/2025-copy.md' }, true],
    ['another title', { ...card, title: 'Another title' }, false],
    ['another line', { ...card, lines: ['Li Qiang and Mikhail Mishustin', "China Daily's report, word for word"] }, false],
    ['the same words split otherwise', { ...card, kicker: `${card.kicker} ${card.title}`, title: '' }, false],
  ])('%s: same file %s', (_what, other, same) => {
    expect(cacheFileOf(other, folder) === cacheFileOf(card, folder)).toBe(same);
  });
});

describe('previewImage', () => {
  it('draws without a cache folder', async () => {
    expect((await previewImage(card)).subarray(0, 4)).toEqual(PNG_SIGNATURE);
  });

  it('draws a card once, keeps it, and reads it back', async () => {
    const drawn = await previewImage(card, { cacheFolder: folder });
    const file = cacheFileOf(card, folder);
    expect(readFileSync(file)).toEqual(drawn);
    // What is read back is the file, not a new drawing: put other bytes in it.
    writeFileSync(file, 'kept');
    expect((await previewImage(card, { cacheFolder: folder })).toString()).toBe('kept');
  });

  it('keeps nothing of a card it cannot draw', async () => {
    const undrawable = { ...card, title: '李强会见米舒斯京' };
    await expect(previewImage(undrawable, { cacheFolder: folder })).rejects.toThrow(/no font bundled/);
    expect(existsSync(cacheFileOf(undrawable, folder))).toBe(false);
    expect(readdirSync(folder).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });
});

describe('the pool of worker threads', () => {
  const workerFile = `${projectRoot}src/data/preview-image-worker.ts`;
  const cards = (count: number) => Array.from({ length: count }, (_, index) => ({ ...card, title: `${card.title} ${index + 1}` }));
  const drawnHere = (some: PreviewCard[]) => Promise.all(some.map(drawPreviewImage));

  it('starts no worker for a few images, and draws them here', async () => {
    const pool = createPool({ workerFile, workers: 1, imagesBeforeWorkers: 3 });
    const few = cards(3);
    expect(await Promise.all(few.map(pool.draw))).toEqual(await drawnHere(few));
    expect(pool.workers()).toEqual({ started: 0, ready: 0 });
  });

  describe('past that', () => {
    const pool = createPool({ workerFile, workers: 1, imagesBeforeWorkers: 0 });
    beforeAll(async () => {
      await pool.draw(card);
      await vi.waitFor(() => expect(pool.workers()).toEqual({ started: 1, ready: 1 }), { timeout: 20_000 });
    });

    // A ready worker takes the first image, this thread the second.
    it('a worker draws the same bytes as this thread', async () => {
      const two = cards(2);
      expect(await Promise.all(two.map(pool.draw))).toEqual(await drawnHere(two));
    });

    it('a worker passes on why a card cannot be drawn, naming the file and the character', async () => {
      await expect(pool.draw({ ...card, title: 'Bishkek → Islamabad' })).rejects.toThrow(
        /^content\/2024-islamabad\.md: no font bundled for the preview images draws "→" \(U\+2192\)$/,
      );
    });
  });

  it('draws on this thread when no worker can run, and starts no other', async () => {
    const pool = createPool({ workerFile: `${projectRoot}src/data/no-such-worker.ts`, workers: 2, imagesBeforeWorkers: 0 });
    const some = cards(3);
    expect(await Promise.all(some.map(pool.draw))).toEqual(await drawnHere(some));
    const { started } = pool.workers();
    expect(started).toBeGreaterThan(0);
    expect(await pool.draw(card)).toEqual(await drawPreviewImage(card));
    expect(pool.workers()).toEqual({ started, ready: 0 });
  });
});
