/**
 * Link-preview images (1200×630 PNG), drawn at build time: satori lays out the text with
 * fonts from npm (no system fonts, no service), resvg renders the SVG and writes the PNG, as
 * AstroPaper does. Each image is drawn on the build's own thread.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { codePoint } from '../lib/text.ts';

// Every subset fontsource ships, so a city or title in Cyrillic, Greek or Vietnamese is drawn,
// not boxes. satori keeps one font per name, so each subset is a name of its own and a family
// is the list of them, which satori tries in order for each character.
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'vietnamese'];
const require = createRequire(import.meta.url);
// Resolved by literal name, so that tools that check dependencies (knip) see them used.
const SERIF = dirname(require.resolve('@fontsource/source-serif-4/package.json'));
const SANS = dirname(require.resolve('@fontsource/source-sans-3/package.json'));
const FACES = [
  { name: 'Serif', folder: SERIF, file: 'source-serif-4', weight: 700 },
  { name: 'Sans', folder: SANS, file: 'source-sans-3', weight: 400 },
  { name: 'Sans', folder: SANS, file: 'source-sans-3', weight: 700 },
] as const;

/** The code points a subset covers, as fontsource's unicode.json writes them: "U+0400-045F,U+2116". */
function codePointRanges(list: string): [number, number][] {
  return list.split(',').map((range) => {
    const [from = '', to = from] = range.replace('U+', '').split('-');
    return [parseInt(from, 16), parseInt(to, 16)];
  });
}

const rangesOf = new Map(
  [SERIF, SANS].map((folder) => {
    const subsets = JSON.parse(readFileSync(`${folder}/unicode.json`, 'utf8')) as Record<string, string>;
    return [folder, new Map(Object.entries(subsets).map(([subset, list]) => [subset, codePointRanges(list)]))];
  }),
);

/**
 * The subsets a text needs: Latin always, and each other one that covers a character of it.
 * Reading and parsing a font (WOFF is compressed) costs time, so a Latin card loads 3 fonts,
 * not 18. A character no subset covers is left to satori, which then asks for another font.
 */
export function subsetsFor(text: string, folder: string = SANS): string[] {
  const ranges = rangesOf.get(folder)!;
  const codes = [...new Set(text)].map((character) => character.codePointAt(0)!);
  return SUBSETS.filter(
    (subset) => subset === 'latin' || codes.some((code) => ranges.get(subset)?.some(([from, to]) => code >= from && code <= to)),
  );
}

// Read once and kept: satori parses a font once for each Buffer it is given.
const fontFiles = new Map<string, Buffer>();
function fontFile(path: string): Buffer {
  let data = fontFiles.get(path);
  if (!data) {
    data = readFileSync(path);
    fontFiles.set(path, data);
  }
  return data;
}

function fontsFor(text: string) {
  return FACES.flatMap((face) =>
    subsetsFor(text, face.folder).map((subset) => ({
      name: `${face.name} ${subset}`,
      weight: face.weight,
      style: 'normal' as const,
      data: fontFile(`${face.folder}/files/${face.file}-${subset}-${face.weight}-normal.woff`),
    })),
  );
}

interface Node {
  type: string;
  props: { style?: Record<string, string | number>; children?: (Node | string)[] | Node | string };
}

const family = (name: (typeof FACES)[number]['name']): string => SUBSETS.map((subset) => `${name} ${subset}`).join(', ');

const el = (style: Record<string, string | number>, children: (Node | string)[] | string): Node => ({
  type: 'div',
  props: { style, children },
});

export interface PreviewCard {
  kicker: string;
  title: string;
  lines: string[];
  /** Where the card's words come from, for the error when a character cannot be drawn. */
  source: string;
}

export async function drawPreviewImage(card: PreviewCard): Promise<Buffer> {
  // Explicit boxes: satori does not take padding off a fixed-size root.
  const content = el({ width: 1032, height: 502, display: 'flex', flexDirection: 'column', justifyContent: 'space-between' }, [
    el({ fontSize: 30, fontWeight: 700, color: '#0d7680', letterSpacing: 1 }, card.kicker),
    el({ fontFamily: family('Serif'), fontWeight: 700, fontSize: card.title.length > 70 ? 58 : 68, lineHeight: 1.15 }, card.title),
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
      borderLeft: '24px solid #0d7680',
      fontFamily: family('Sans'),
      color: '#1c1d21',
    },
    [content],
  );
  const svg = await satori(tree as Parameters<typeof satori>[0], {
    width: 1200,
    height: 630,
    fonts: fontsFor([card.kicker, card.title, ...card.lines].join(' ')),
    // satori asks for more fonts only for text none of ours can draw; it would draw boxes.
    loadAdditionalAsset: (_language, segment) => {
      throw new Error(`${card.source}: no font bundled for the preview images draws ${[...segment].map(describeCharacter).join(', ')}`);
    },
  });
  // The text is already paths: resvg needs no fonts, and loading the system's would cost time for each image.
  return new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
}

function describeCharacter(character: string): string {
  return `"${character}" (${codePoint(character)})`;
}
