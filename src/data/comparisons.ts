/**
 * The comparisons, computed once per build from the loaded meetings and the curated areas:
 * the matrix of areas across every meeting, and one analysis per consecutive pair.
 */
import { getCollection } from 'astro:content';
import { areaFindings, comparePair, consecutivePairs, type AreaFindings, type PairComparison } from '../lib/compare/index.ts';
import type { CooperationArea } from '../lib/compare/areas.ts';
import type { Meeting } from '../lib/meetings.ts';
import { loadMeetings } from './meetings.ts';

export interface Comparisons {
  meetings: Meeting[];
  areas: CooperationArea[];
  findings: AreaFindings;
  /** Oldest pair first; the last is the most recent, shown on /compare/. */
  pairs: PairComparison[];
}

/** Areas are listed alphabetically, "The United Nations" under U. */
const byName = (name: string): string => name.replace(/^The /, '');

let cached: { meetings: Meeting[]; areasJson: string; value: Comparisons } | undefined;

export async function loadComparisons(): Promise<Comparisons> {
  const meetings = await loadMeetings();
  const areas = (await getCollection('areas'))
    .map((entry) => ({ ...entry.data, id: entry.id }))
    .sort((a, b) => byName(a.name).localeCompare(byName(b.name)));
  const areasJson = JSON.stringify(areas);
  // Meetings keep their identity until their file changes, so this recomputes only when a
  // report or the areas changed: once per build, and on an edit in the dev server.
  const unchanged =
    cached?.areasJson === areasJson &&
    cached.meetings.length === meetings.length &&
    cached.meetings.every((meeting, index) => meeting === meetings[index]);
  if (!cached || !unchanged) {
    const findings = areaFindings(meetings, areas);
    const pairs = consecutivePairs(meetings).map(([first, second]) => comparePair(first, second, areas, findings));
    cached = { meetings, areasJson, value: { meetings, areas, findings, pairs } };
  }
  return cached.value;
}
