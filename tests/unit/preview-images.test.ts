import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build.ts';
import { drawPreviewImage, type PreviewCard } from '../../src/data/og-image.ts';
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

describe('previewImage on worker threads', () => {
  const workerFile = `${projectRoot}src/data/preview-image-worker.ts`;

  it('draws the same bytes as the main thread, many at once', async () => {
    const cards = Array.from({ length: 5 }, (_, index) => ({ ...card, title: `${card.title} ${index + 1}` }));
    const drawn = await Promise.all(cards.map((one) => previewImage(one, { workerFile })));
    expect(drawn).toEqual(await Promise.all(cards.map(drawPreviewImage)));
  });

  it('passes on why a card cannot be drawn, naming the file and the character', async () => {
    await expect(previewImage({ ...card, title: 'Bishkek → Islamabad' }, { workerFile })).rejects.toThrow(
      /^content\/2024-islamabad\.md: no font bundled for the preview images draws "→" \(U\+2192\)$/,
    );
  });

  // Last: once a worker has failed, the pool starts no other for the rest of the process.
  it('draws on this thread when no worker can run', async () => {
    const broken = `${projectRoot}src/data/no-such-worker.ts`;
    const cards = Array.from({ length: 3 }, (_, index) => ({ ...card, title: `${card.title} ${index + 1}` }));
    const drawn = await Promise.all(cards.map((one) => previewImage(one, { workerFile: broken })));
    expect(drawn).toEqual(await Promise.all(cards.map(drawPreviewImage)));
  });
});
