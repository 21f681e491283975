/**
 * Cooperation areas: which areas a report mentions, found by the phrases that the curated
 * data file (content/cooperation-areas.yaml) lists for each, with the paragraphs that are
 * the evidence.
 */

export interface CooperationArea {
  id: string;
  name: string;
  phrases: string[];
}

export interface AreaEvidence {
  /** 0-based paragraph index. */
  paragraph: number;
  /** The words that matched, as written in the report. */
  matched: string;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A phrase as a pattern: whole words, any case, any white space between words. */
function phrasePattern(phrases: readonly string[]): RegExp {
  const alternatives = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.trim().split(/\s+/).map(escape).join('\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}-])`, 'giu');
}

/** For each area, every paragraph that mentions it (first match per paragraph). */
export function findAreas(
  paragraphs: readonly { text: string }[],
  areas: readonly CooperationArea[],
): Map<string, AreaEvidence[]> {
  const found = new Map<string, AreaEvidence[]>();
  for (const area of areas) {
    const pattern = phrasePattern(area.phrases);
    const evidence: AreaEvidence[] = [];
    paragraphs.forEach(({ text }, paragraph) => {
      pattern.lastIndex = 0;
      const match = pattern.exec(text);
      if (match) evidence.push({ paragraph, matched: match[0] });
    });
    found.set(area.id, evidence);
  }
  return found;
}

/** Areas that one set of findings has and the other lacks, in the data file's order. */
export function areasOnlyIn(
  areas: readonly CooperationArea[],
  present: Map<string, AreaEvidence[]>,
  absent: Map<string, AreaEvidence[]>,
): CooperationArea[] {
  return areas.filter((area) => (present.get(area.id)?.length ?? 0) > 0 && (absent.get(area.id)?.length ?? 0) === 0);
}
