/**
 * The comparisons, computed once per build from the loaded meetings and the curated data
 * (cooperation areas, formulae, scopes, themes): every meeting's mentions of the topics, and
 * one analysis per consecutive pair.
 */
import { getCollection } from 'astro:content';
import { comparePair, consecutivePairs, mentionsByMeeting, type MentionsByMeeting, type PairComparison } from '../lib/compare/index.ts';
import { checkScopeOverrides, type Scope, type Theme, type Topic } from '../lib/compare/topics.ts';
import type { Meeting } from '../lib/meetings.ts';
import { loadMeetings } from './meetings.ts';

export interface Comparisons {
  meetings: Meeting[];
  /** Formulae by name, then the areas by name. */
  topics: Topic[];
  scopes: Scope[];
  /** In the order of content/themes.yaml. */
  themes: Theme[];
  mentions: MentionsByMeeting;
  /** Oldest pair first; the last is the most recent, shown on /compare/. */
  pairs: PairComparison[];
}

/** Topics are listed alphabetically, "The United Nations" under U, "A multipolar world" under M. */
const byName = (name: string): string => name.replace(/^(?:The|An?) /, '');
const alphabetically = (a: Topic, b: Topic): number => byName(a.name).localeCompare(byName(b.name));

interface TopicEntry {
  id: string;
  data: { name: string; theme: string; weight?: number | undefined; phrases: string[]; variants?: boolean | undefined };
}

/**
 * The curated topics. The content checks (src/content-checks.ts) have refused an empty or
 * broken list, an entry against its schema and a theme themes.yaml lacks, with their lines.
 */
async function loadTopics(themes: readonly Theme[]): Promise<Topic[]> {
  const asTopic =
    (kind: Topic['kind'], file: string) =>
    (entry: TopicEntry): Topic => {
      // The content checks (src/content-checks.ts) refused a theme that content/themes.yaml lacks, with its line.
      const theme = themes.find((t) => t.id === entry.data.theme);
      if (!theme) throw new Error(`content/${file}: "${entry.id}" has the theme "${entry.data.theme}", which content/themes.yaml lacks`);
      return {
        id: entry.id,
        name: entry.data.name,
        phrases: entry.data.phrases,
        kind,
        variants: entry.data.variants ?? false,
        theme: theme.id,
        weight: entry.data.weight ?? theme.weight,
      };
    };
  const formulae = (await getCollection('formulae')).map(asTopic('formula', 'formulae.yaml')).sort(alphabetically);
  const areas = (await getCollection('areas')).map(asTopic('area', 'cooperation-areas.yaml')).sort(alphabetically);
  const topics = [...formulae, ...areas];
  const ids = topics.map((t) => t.id);
  const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
  if (repeated)
    throw new Error(
      `content/formulae.yaml and content/cooperation-areas.yaml both have a topic with the id "${repeated}": ids must differ, as they name the topic in links`,
    );
  return topics;
}

let cached: { meetings: Meeting[]; dataJson: string; value: Comparisons } | undefined;

export async function loadComparisons(): Promise<Comparisons> {
  const meetings = await loadMeetings();
  const themes = (await getCollection('themes')).map((entry) => ({ ...entry.data, id: entry.id }));
  const topics = await loadTopics(themes);
  const scopes = (await getCollection('scopes')).map((entry) => ({ ...entry.data, id: entry.id }));
  const dataJson = JSON.stringify([topics, scopes, themes]);
  // Meetings keep their identity until their file changes, so this recomputes only when a
  // report or the curated data changed: once per build, and on an edit in the dev server.
  const unchanged =
    cached?.dataJson === dataJson &&
    cached.meetings.length === meetings.length &&
    cached.meetings.every((meeting, index) => meeting === meetings[index]);
  if (!cached || !unchanged) {
    const scopeOverrides = new Map<string, Record<string, string>>();
    for (const meeting of meetings) {
      try {
        scopeOverrides.set(meeting.id, checkScopeOverrides(meeting.scope ?? {}, meeting.paragraphs, scopes));
      } catch (error) {
        throw new Error(`${meeting.sourceFile ?? meeting.id}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
    }
    const mentions = mentionsByMeeting(meetings, topics, scopes, scopeOverrides);
    const context = { topics, themes, mentions, meetings };
    const pairs = consecutivePairs(meetings).map(([first, second]) => comparePair(first, second, context));
    cached = { meetings, dataJson, value: { meetings, topics, scopes, themes, mentions, pairs } };
  }
  return cached.value;
}
