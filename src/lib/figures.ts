/** Paragraphs, sentences and words of a report, in all and per side. */
import { BOTH, NARRATIVE, paragraphsOfSide, type Side, type Speaker } from './attribution.ts';

interface Counts {
  paragraphs: number;
  sentences: number;
  words: number;
}

interface SideFigures extends Counts {
  side: Side;
  /** The participant who speaks for the side; undefined for the narrative. */
  speaker: Speaker | undefined;
  /** The side's share of the report's words, 0 to 1. */
  share: number;
}

export interface Figures {
  total: Counts;
  /** Each participant's side in the frontmatter's order, then both sides together, then the narrative. */
  bySide: SideFigures[];
}

interface AttributedParagraph {
  sentences: readonly string[];
  words: number;
  attribution: { side: Side };
}

const count = (paragraphs: readonly AttributedParagraph[]): Counts => ({
  paragraphs: paragraphs.length,
  sentences: paragraphs.reduce((sum, p) => sum + p.sentences.length, 0),
  words: paragraphs.reduce((sum, p) => sum + p.words, 0),
});

export function figuresOf(paragraphs: readonly AttributedParagraph[], speakers: readonly Speaker[]): Figures {
  const total = count(paragraphs);
  const sides: [Side, Speaker | undefined][] = [
    ...speakers.map((s): [Side, Speaker] => [s.country, s]),
    [BOTH, undefined],
    [NARRATIVE, undefined],
  ];
  return {
    total,
    bySide: sides.map(([side, speaker]) => {
      const counts = count(paragraphsOfSide(paragraphs, side));
      return { side, speaker, ...counts, share: total.words ? counts.words / total.words : 0 };
    }),
  };
}

/** A ratio of two counts as a reader would say it, to the nearest half: 159 and 82 is "about 2 to 1". */
export function ratioInWords(a: number, b: number): string {
  if (a === 0 && b === 0) return 'no words either';
  if (b === 0 || a === 0) return a === 0 ? 'none to some' : 'some to none';
  const [big, small, flipped] = a >= b ? [a, b, false] : [b, a, true];
  const rounded = Math.round((big / small) * 2) / 2;
  const text = rounded === 1 ? 'about 1 to 1' : `about ${rounded} to 1`;
  return flipped && rounded !== 1 ? `about 1 to ${rounded}` : text;
}

/**
 * How two participants' words compare in each report, named by short name in the order given
 * (whatever order a report's frontmatter lists them in): "about 2 to 1" with the counts, and
 * whether every report says the same.
 */
export function participantBalance(
  figures: readonly Figures[],
  names: readonly [string, string],
): {
  readings: { words: [number, number]; reading: string }[];
  same: boolean;
} {
  const readings = figures.map((f) => {
    const [a, b] = names.map((name) => f.bySide.find((s) => s.speaker?.shortName === name)?.words);
    const words: [number, number] = [a ?? 0, b ?? 0];
    return { words, reading: ratioInWords(...words) };
  });
  return { readings, same: readings.every((r) => r.reading === readings[0]?.reading) };
}
