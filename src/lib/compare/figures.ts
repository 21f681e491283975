/** Paragraphs, sentences and words of a report, in all and per side. */
import { NARRATIVE, paragraphsOfSide, type Side, type Speaker } from './attribution.ts';

export interface Counts {
  paragraphs: number;
  sentences: number;
  words: number;
}

export interface SideFigures extends Counts {
  side: Side;
  /** The participant who speaks for the side; undefined for the narrative. */
  speaker: Speaker | undefined;
  /** The side's share of the report's words, 0 to 1. */
  share: number;
}

export interface Figures {
  total: Counts;
  /** Each participant's side in the frontmatter's order, then the narrative. */
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
  const sides: [Side, Speaker | undefined][] = [...speakers.map((s): [Side, Speaker] => [s.country, s]), [NARRATIVE, undefined]];
  return {
    total,
    bySide: sides.map(([side, speaker]) => {
      const counts = count(paragraphsOfSide(paragraphs, side));
      return { side, speaker, ...counts, share: total.words ? counts.words / total.words : 0 };
    }),
  };
}
