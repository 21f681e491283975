/** Paragraphs, sentences and words of a report, in all and per side. */
import { BOTH, NARRATIVE, OTHER, paragraphSide, voicesIn, type Attribution, type Side, type Speaker } from './attribution.ts';
import { diffChars } from 'diff';
import { countWords } from './text.ts';

interface Counts {
  paragraphs: number;
  sentences: number;
  words: number;
}

interface SideFigures extends Counts {
  side: Side;
  /** The participant who speaks for the side; undefined for both sides, another speaker and the narrative. */
  speaker: Speaker | undefined;
  /** The side's share of the report's words, 0 to 1. */
  share: number;
}

export interface Figures {
  total: Counts;
  /** Each participant's side in the frontmatter's order, then both sides together, another speaker, the narrative. */
  bySide: SideFigures[];
}

interface AttributedParagraph {
  sentences: readonly string[];
  attribution: Attribution;
}

/**
 * A paragraph's counts by whose words they are, part by part as the findings read them
 * (`voicesIn`): another person's words (a host, an expert) are neither a participant's nor the
 * reporter's, a closing clause of circumstance is the reporter's, and where both participants
 * speak in turn each sentence or clause is its speaker's. The paragraph itself counts for its side.
 */
function partsOf(p: AttributedParagraph): (Counts & { side: Side })[] {
  const { attribution } = p;
  const parts = p.sentences.flatMap((sentence, index) =>
    voicesIn(attribution, index, sentence).map(({ start, voice }, k, all) => ({
      side: voice.side,
      paragraphs: 0,
      sentences: k === 0 ? 1 : 0,
      words: countWords(sentence.slice(start, all[k + 1]?.start)),
    })),
  );
  return [{ side: paragraphSide(attribution), paragraphs: 1, sentences: 0, words: 0 }, ...parts];
}

const sum = (parts: readonly Counts[]): Counts => ({
  paragraphs: parts.reduce((total, p) => total + p.paragraphs, 0),
  sentences: parts.reduce((total, p) => total + p.sentences, 0),
  words: parts.reduce((total, p) => total + p.words, 0),
});

export function figuresOf(paragraphs: readonly AttributedParagraph[], speakers: readonly Speaker[]): Figures {
  const parts = paragraphs.flatMap(partsOf);
  const total = sum(parts);
  const sides: [Side, Speaker | undefined][] = [
    ...speakers.map((s): [Side, Speaker] => [s.country, s]),
    [BOTH, undefined],
    [OTHER, undefined],
    [NARRATIVE, undefined],
  ];
  return {
    total,
    bySide: sides.map(([side, speaker]) => {
      const counts = sum(parts.filter((part) => part.side === side));
      return { side, speaker, ...counts, share: total.words ? counts.words / total.words : 0 };
    }),
  };
}

/**
 * A ratio of two counts as a reader would say it: to the nearest half from 1.75 up (159 and 82 is
 * "about 2 to 1"), to the nearest tenth below, where a half is too coarse (235 and 299 is "about 1
 * to 1.3", not 1.5).
 */
export function ratioInWords(a: number, b: number): string {
  if (a === 0 && b === 0) return 'no words either';
  if (b === 0 || a === 0) return a === 0 ? 'none to some' : 'some to none';
  const [big, small, flipped] = a >= b ? [a, b, false] : [b, a, true];
  const ratio = big / small;
  const rounded = ratio < 1.75 ? Math.round(ratio * 10) / 10 : Math.round(ratio * 2) / 2;
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

/** A name two letters or fewer from a participant's, as a misspelling would be ("Mischustin", "Mishutsin"); not the name itself. */
function resembles(word: string, name: string): boolean {
  const [a, b] = [word.toLowerCase(), name.toLowerCase()];
  if (a === b || b.length < 4) return false;
  const changes = diffChars(a, b);
  const count = (kind: 'added' | 'removed') => changes.filter((c) => c[kind]).reduce((sum, c) => sum + c.value.length, 0);
  return Math.max(count('added'), count('removed')) <= 2;
}

/**
 * The paragraphs given to neither participant where the rule may have misread a speaker: one left
 * to the reporter that names someone (a gap), one the rule read as another person's whose name
 * resembles a participant's (a misspelling). A report with any has no reporter's share to compare;
 * an editor's override (speaker: other, or narrative) settles one. An expert named as such is no doubt.
 */
export const paragraphsInDoubt = (
  paragraphs: readonly { id: string; attribution: { others: readonly string[]; decidedBy: string } }[],
  gaps: readonly { id: string; another: boolean }[],
  speakers: readonly Pick<Speaker, 'shortName'>[],
): string[] =>
  paragraphs
    .filter(
      (p) =>
        (p.attribution.decidedBy === 'rule' &&
          p.attribution.others.some((cue) => cue.split(/[^\p{L}]+/u).some((word) => speakers.some((s) => resembles(word, s.shortName))))) ||
        // A paragraph read as another person's is warned of too; it is in doubt only as above.
        gaps.some((gap) => gap.id === p.id && !gap.another),
    )
    .map((p) => p.id);
