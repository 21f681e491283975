/**
 * Link-preview images (1200×630 PNG), drawn at build time: satori lays out the text with
 * fonts from npm (no system fonts, no service), resvg renders the SVG to PNG.
 */
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import serifBold from '@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff?inline';
import sansRegular from '@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff?inline';
import sansBold from '@fontsource/source-sans-3/files/source-sans-3-latin-700-normal.woff?inline';

const fromDataUrl = (url: string): Buffer => Buffer.from(url.slice(url.indexOf(',') + 1), 'base64');

const fonts = [
  { name: 'Serif', data: fromDataUrl(serifBold), weight: 700 as const, style: 'normal' as const },
  { name: 'Sans', data: fromDataUrl(sansRegular), weight: 400 as const, style: 'normal' as const },
  { name: 'Sans', data: fromDataUrl(sansBold), weight: 700 as const, style: 'normal' as const },
];

interface Node {
  type: string;
  props: { style?: Record<string, string | number>; children?: (Node | string)[] | Node | string };
}

const el = (style: Record<string, string | number>, children: (Node | string)[] | string): Node => ({
  type: 'div',
  props: { style, children },
});

export interface PreviewCard {
  kicker: string;
  title: string;
  lines: string[];
}

export async function previewImage(card: PreviewCard): Promise<Buffer> {
  // Explicit boxes: satori does not take padding off a fixed-size root.
  const content = el({ width: 1032, height: 502, display: 'flex', flexDirection: 'column', justifyContent: 'space-between' }, [
    el({ fontSize: 30, fontWeight: 700, color: '#8a1c1c', letterSpacing: 1 }, card.kicker),
    el({ fontFamily: 'Serif', fontWeight: 700, fontSize: card.title.length > 70 ? 58 : 68, lineHeight: 1.15 }, card.title),
    el(
      { display: 'flex', flexDirection: 'column', fontSize: 30, color: '#575a63' },
      card.lines.map((line) => el({}, line)),
    ),
  ]);
  const tree = el(
    {
      width: 1200,
      height: 630,
      display: 'flex',
      paddingTop: 64,
      paddingLeft: 72,
      background: '#fdfcf9',
      borderLeft: '24px solid #8a1c1c',
      fontFamily: 'Sans',
      color: '#1c1d21',
    },
    [content],
  );
  const svg = await satori(tree as Parameters<typeof satori>[0], { width: 1200, height: 630, fonts });
  return new Resvg(svg, { fitTo: { mode: 'width', value: 1200 } }).render().asPng();
}
