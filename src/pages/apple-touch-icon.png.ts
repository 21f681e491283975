/** /apple-touch-icon.png: the favicon drawn at 180 px, for home screens that take no SVG. */
import { Resvg } from '@resvg/resvg-js';
import type { APIRoute } from 'astro';
import favicon from '../../public/favicon.svg?raw';

export const GET: APIRoute = () => {
  const png = new Resvg(favicon, { fitTo: { mode: 'width', value: 180 }, font: { loadSystemFonts: false } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
