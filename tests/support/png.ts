/**
 * Reads a PNG back into pixels with resvg, whose decoder (Rust's png crate) checks the file's
 * structure and CRCs.
 */
import { Resvg } from '@resvg/resvg-js';

export function decodePng(png: Buffer): { width: number; height: number; pixels: Buffer } {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const href = `data:image/png;base64,${png.toString('base64')}`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<image width="${width}" height="${height}" image-rendering="optimizeSpeed" href="${href}"/></svg>`;
  const image = new Resvg(svg).render();
  return { width: image.width, height: image.height, pixels: image.pixels };
}
