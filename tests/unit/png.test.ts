import { describe, expect, it } from 'vitest';
import { encodePng } from '../../src/lib/png.ts';
import { decodePng } from '../support/png.ts';

/** Opaque pixels from [r, g, b] triples. */
const opaque = (...colours: [number, number, number][]): Uint8Array => Uint8Array.from(colours.flatMap((rgb) => [...rgb, 255]));

describe('encodePng', () => {
  it.each([
    ['one red pixel', 1, 1, opaque([255, 0, 0])],
    ['a row of three', 3, 1, opaque([0, 0, 0], [128, 64, 32], [255, 255, 255])],
    ['a column of two', 1, 2, opaque([1, 2, 3], [253, 254, 255])],
    [
      '3 by 2, every pixel its own',
      3,
      2,
      opaque([10, 20, 30], [40, 50, 60], [70, 80, 90], [100, 110, 120], [130, 140, 150], [160, 170, 180]),
    ],
  ])('%s reads back as written', (_what, width, height, rgba) => {
    const png = encodePng(rgba, width, height);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const read = decodePng(png);
    expect([read.width, read.height]).toEqual([width, height]);
    expect([...read.pixels]).toEqual([...rgba]);
  });

  it('reads back a large flat image, compressed', () => {
    const rgba = new Uint8Array(1200 * 630 * 4).map((_, index) => (index % 4 === 3 ? 255 : 200));
    const png = encodePng(rgba, 1200, 630);
    expect(png.length).toBeLessThan(20_000);
    expect(decodePng(png).pixels.equals(Buffer.from(rgba))).toBe(true);
  });

  it.each([
    ['too few bytes', new Uint8Array(7), 2, 1],
    ['too many bytes', new Uint8Array(9), 2, 1],
    ['no width', new Uint8Array(0), 0, 1],
    ['a fractional height', new Uint8Array(4), 1, 0.5],
  ])('refuses %s, saying what it was given', (_what, rgba, width, height) => {
    expect(() => encodePng(rgba, width, height)).toThrow(`encodePng: ${rgba.length} bytes are not ${width}×${height} RGBA pixels`);
  });
});
