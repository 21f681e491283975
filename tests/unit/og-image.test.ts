import { describe, expect, it } from 'vitest';
import { drawPreviewImage, subsetsFor, type PreviewCard } from '../../src/data/og-image.ts';
import { decodePng } from '../support/png.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47];

const card = (title: string, kicker = 'Bishkek, 25 October 2023'): PreviewCard => ({
  kicker,
  title,
  lines: ['Li Qiang and Mikhail Mishustin'],
  source: 'content/2025-test.md',
});

describe('drawPreviewImage', () => {
  // Each of these would be boxes, or an error, if its subset were not bundled.
  it.each([
    ['Latin', 'Li Qiang meets Mishustin in Islamabad'],
    ['Latin with accents', 'Réunion à Đà Nẵng, Kraków and Şanghay'],
    ['Cyrillic', 'Ли Цян и Мишустин в Бишкеке'],
    ['Cyrillic, extended', 'Бішкек, Ўзбекистон, Қазақстан'],
    ['Greek', 'Συνάντηση στην Αθήνα'],
  ])('draws %s', async (_script, title) => {
    const png = await drawPreviewImage(card(title, title));
    expect([...png.subarray(0, 4)]).toEqual(PNG_SIGNATURE);
  });

  it('is a 1200×630 card: a teal edge on the left, the paper colour elsewhere, in a PNG that reads back', async () => {
    const { width, height, pixels } = decodePng(await drawPreviewImage(card('Li Qiang meets Mishustin')));
    expect([width, height]).toEqual([1200, 630]);
    const at = (x: number, y: number): number[] => [...pixels.subarray((y * width + x) * 4, (y * width + x) * 4 + 4)];
    // The card's colours in src/data/og-image.ts: border #0d7680 (the site's accent), 24 px wide; background #fdfcf9.
    expect(at(0, 0)).toEqual([0x0d, 0x76, 0x80, 255]);
    expect(at(23, 629)).toEqual([0x0d, 0x76, 0x80, 255]);
    expect(at(1199, 0)).toEqual([0xfd, 0xfc, 0xf9, 255]);
    expect(at(1199, 629)).toEqual([0xfd, 0xfc, 0xf9, 255]);
  });

  it.each([
    ['Chinese', '李强会见米舒斯京', /"李" \(U\+674E\)/],
    ['an arrow', 'Bishkek → Islamabad', /"→" \(U\+2192\)/],
    ['Arabic', 'اسلام آباد', /U\+0627/],
  ])('refuses %s, naming the file and the character', async (_what, title, character) => {
    const drawing = drawPreviewImage(card(title));
    await expect(drawing).rejects.toThrow(/^content\/2025-test\.md: no font bundled for the preview images draws /);
    await expect(drawPreviewImage(card(title))).rejects.toThrow(character);
  });
});

describe('subsetsFor', () => {
  // Ranges from fontsource's unicode.json: Cyrillic U+0400-045F, Cyrillic extended U+0460-052F,
  // Vietnamese U+1EA0-1EF9 and U+0110, Latin extended U+0100-02BA, Greek U+0370-03FF.
  it.each([
    ['Bishkek, 25 October 2023', ['latin']],
    ['Москва', ['latin', 'cyrillic']],
    ['Қазақстан', ['latin', 'cyrillic', 'cyrillic-ext']],
    ['Đà Nẵng', ['latin', 'latin-ext', 'vietnamese']],
    ['Αθήνα', ['latin', 'greek']],
    ['北京', ['latin']],
  ])('%s needs %j', (text, subsets) => {
    expect(subsetsFor(text)).toEqual(subsets);
  });
});
