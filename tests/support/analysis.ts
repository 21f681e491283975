/**
 * Reports read as the site reads them, for the tests of the analysis: the frontmatter with
 * Astro's own parser, the text through the site's Markdown pipeline (src/markdown.ts), the two
 * joined by src/lib/meetings.ts, the lists through src/lib/compare/lists.ts. Any report file,
 * the real ones in content/ or a fixture, is compared with the site's own functions.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { comparePair, consecutivePairs, mentionsByMeeting, type PairComparison } from '../../src/lib/compare/index.ts';
import { themesInOrder, topicsOf, type TopicEntry } from '../../src/lib/compare/lists.ts';
import type { Theme, Topic } from '../../src/lib/compare/topics.ts';
import { checkScopeOverrides } from '../../src/lib/markdown/report-checks.ts';
import type { Scope } from '../../src/lib/compare/levels.ts';
import { buildMeeting, byMeetingDate, type Meeting, type MeetingFacts } from '../../src/lib/meetings.ts';
import { parseReport } from '../../src/markdown.ts';
import { contentDir } from './content.ts';

const readYaml = <T>(name: string): T => parse(readFileSync(`${contentDir}/${name}`, 'utf8')) as T;

export interface Lists {
  topics: Topic[];
  themes: Theme[];
  scopes: Scope[];
}

/** The curated lists of content/, as the site makes them into topics. */
export function realLists(): Lists {
  const themes = themesInOrder(readYaml<Theme[]>('themes.yaml'));
  const topics = topicsOf(
    { formulae: readYaml<TopicEntry[]>('formulae.yaml'), areas: readYaml<TopicEntry[]>('cooperation-areas.yaml') },
    themes,
  );
  return { topics, themes, scopes: readYaml<Scope[]>('scopes.yaml') };
}

const meetings = new Map<string, Promise<Meeting>>();

/** A report file read as the build reads it; the id is the file's name. */
export function readMeeting(path: string): Promise<Meeting> {
  let meeting = meetings.get(path);
  if (!meeting) {
    const id = path.replace(/^.*\//, '').replace(/\.md$/, '');
    const { frontmatter, content } = parseFrontmatter(readFileSync(path, 'utf8'));
    meeting = parseReport(content, path).then((model) => ({
      ...buildMeeting({ id, ...(frontmatter as Omit<MeetingFacts, 'id'>) }, model),
      sourceFile: path,
    }));
    meetings.set(path, meeting);
  }
  return meeting;
}

export const realMeetingPaths = { bishkek: `${contentDir}/2023-bishkek.md`, islamabad: `${contentDir}/2024-islamabad.md` };
export const fixturePath = (name: string): string => new URL(`../fixtures/retellings/${name}.md`, import.meta.url).pathname;

/** Every consecutive pair of these reports (in meeting order), compared as the site compares them. */
export async function comparePairs(paths: readonly string[], lists: Lists = realLists()): Promise<PairComparison[]> {
  const ordered = byMeetingDate(await Promise.all(paths.map(readMeeting)));
  const overrides = new Map(ordered.map((m) => [m.id, checkScopeOverrides(m.scope ?? {}, m.paragraphs, lists.scopes)]));
  const mentions = mentionsByMeeting(ordered, lists.topics, lists.scopes, overrides);
  const context = { topics: lists.topics, scopes: lists.scopes, themes: lists.themes, mentions, meetings: ordered };
  return consecutivePairs(ordered).map(([first, second]) => comparePair(first, second, context));
}
