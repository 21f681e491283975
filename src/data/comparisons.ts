/**
 * The comparisons, computed once per build from the loaded meetings and the curated data
 * (cooperation areas, formulae, scopes, themes): every meeting's mentions of the topics, and
 * one analysis per consecutive pair.
 */
import { getCollection } from 'astro:content';
import { comparePair, consecutivePairs, mentionsByMeeting, type MentionsByMeeting, type PairComparison } from '../lib/compare/index.ts';
import type { Theme, Topic } from '../lib/compare/topics.ts';
import { reportProblem } from '../content-checks.ts';
import { checkScopeOverrides } from '../lib/markdown/report-checks.ts';
import type { Scope } from '../lib/compare/levels.ts';
import { findingsFingerprint } from '../lib/compare/fingerprint.ts';
import { themesInOrder, topicsOf } from '../lib/compare/lists.ts';
import { movedPairs } from '../lib/compare/moved-pairs.ts';
import { pairSlug } from '../lib/paths.ts';
import { paths } from './site.ts';
import type { Meeting } from '../lib/meetings.ts';
import { loadMeetings } from './meetings.ts';

export interface Comparisons {
  meetings: Meeting[];
  /** Formulae by name, then the areas by name. */
  topics: Topic[];
  scopes: Scope[];
  /** Heaviest first, then by id. */
  themes: Theme[];
  mentions: MentionsByMeeting;
  /** Oldest pair first; the last is the most recent, shown on /compare/. */
  pairs: PairComparison[];
  /** The version of the lists and the method the findings are computed with: the last entry of content/changelog.yaml. */
  version: { id: string; date: string };
}

let cached: { meetings: Meeting[]; dataJson: string; value: Comparisons } | undefined;

export async function loadComparisons(): Promise<Comparisons> {
  const meetings = await loadMeetings();
  const themes = themesInOrder((await getCollection('themes')).map((entry) => ({ ...entry.data, id: entry.id })));
  const entries = async (name: 'formulae' | 'areas') => (await getCollection(name)).map((entry) => ({ ...entry.data, id: entry.id }));
  const topics = topicsOf({ formulae: await entries('formulae'), areas: await entries('areas') }, themes);
  const scopes = (await getCollection('scopes')).map((entry) => ({ ...entry.data, id: entry.id }));
  // The content checks (src/content-checks.ts) refused an empty changelog, with its line.
  // Versions are numbered 1, 2, 3, … in the file's order (src/content-checks.ts); the store keeps them in another.
  const changelog = (await getCollection('changelog'))
    .map((entry) => ({ ...entry.data, id: entry.id }))
    .sort((a, b) => Number(a.id) - Number(b.id));
  const dataJson = JSON.stringify([topics, scopes, themes, changelog]);
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
        throw new Error(reportProblem(meeting.sourceFile ?? meeting.id, error), { cause: error });
      }
    }
    const mentions = mentionsByMeeting(meetings, topics, scopes, scopeOverrides);
    const context = { topics, scopes, themes, mentions, meetings };
    const pairs = consecutivePairs(meetings).map(([first, second]) => comparePair(first, second, context));
    const latest = changelog.at(-1)!;
    for (const pair of pairs) {
      const slug = pairSlug(pair.first.id, pair.second.id);
      const recorded = latest.pairs[slug];
      const now = findingsFingerprint(pair);
      if (recorded === undefined) {
        console.warn(
          `Note: /compare/${slug}/ is not in content/changelog.yaml yet (fingerprint ${now}); record it in a version once the page is published, so that any later change to what it finds is named.`,
        );
      } else if (recorded !== now) {
        console.warn(
          `Warning: the findings of /compare/${slug}/ are not those of version ${latest.id} in content/changelog.yaml (fingerprint ${now}, recorded ${recorded}). ` +
            'A published pair page that people cite has changed: if the lists or the method changed on purpose, add a version to content/changelog.yaml that says what changed, with the new fingerprint.',
        );
      }
    }
    // Every pair ever recorded was published and may be cited: its URL leads on to the page that
    // covers it now (astro.config.ts, redirects), and the editor is told.
    const published = changelog.flatMap((version) => Object.keys(version.pairs));
    for (const { slug, to, why } of movedPairs(
      published,
      meetings.map((meeting) => meeting.id),
    )) {
      console.warn(
        `Note: /compare/${slug}/ was published and is no longer a pair (${why}): it now leads on to ${paths.movedPair(to, 'pair')}.`,
      );
    }
    cached = {
      meetings,
      dataJson,
      value: { meetings, topics, scopes, themes, mentions, pairs, version: { id: latest.id, date: latest.date } },
    };
  }
  return cached.value;
}
