/** Splitting a paragraph's text into plain and marked runs, for marking shared phrases. */

export interface MarkRange {
  start: number;
  end: number;
  /** What the run is marked as: the index of a shared phrase in its list. */
  mark: number;
}

export interface Segment {
  text: string;
  mark: number | undefined;
}

/**
 * The text cut into runs. Ranges are taken in the order given and a range that overlaps one
 * already taken is skipped, so pass the most important (longest) first.
 */
export function segmentText(text: string, ranges: readonly MarkRange[]): Segment[] {
  const taken: MarkRange[] = [];
  for (const range of ranges) {
    if (taken.every((t) => range.end <= t.start || range.start >= t.end)) taken.push(range);
  }
  taken.sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let at = 0;
  for (const { start, end, mark } of taken) {
    if (start > at) segments.push({ text: text.slice(at, start), mark: undefined });
    segments.push({ text: text.slice(start, end), mark });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: undefined });
  return segments;
}
