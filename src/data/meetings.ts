/**
 * Loads every meeting, once per build: reads the collection, makes each report's model from its
 * text with the site's Markdown pipeline (not from Astro's render, which its content cache keeps
 * while the file is unchanged, though the code that reads it changed), joins it with the facts,
 * and checks the two against each other. Pages import `loadMeetings`; nothing else
 * touches the collection. Any problem fails the build with the file's path in the message.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { reportProblem } from '../content-checks.ts';
import { speakerGapWarning } from '../lib/attribution.ts';
import { buildMeeting, byMeetingDate, type Meeting } from '../lib/meetings.ts';
import { parseReport } from '../markdown.ts';

type Entry = CollectionEntry<'meetings'>;

const where = (entry: Entry): string => entry.filePath ?? `content/${entry.id}.md`;

async function toMeeting(entry: Entry): Promise<Meeting> {
  try {
    const report = await parseReport(entry.body ?? '', where(entry), import.meta.env.BASE_URL);
    const meeting = buildMeeting({ id: entry.id, ...entry.data }, report);
    for (const gap of meeting.speakerGaps) {
      const line = meeting.paragraphs.find((p) => p.id === gap.id)?.line;
      console.warn(`Warning: ${where(entry)}, line ${line} of the text below the frontmatter: ${speakerGapWarning(gap)}`);
    }
    return { ...meeting, sourceFile: where(entry) };
  } catch (error) {
    throw new Error(reportProblem(where(entry), error), { cause: error });
  }
}

// Keyed by id and content digest, so a build computes each meeting once and the dev server
// recomputes only the file that changed.
const cache = new Map<string, Promise<Meeting>>();

function meetingOf(entry: Entry): Promise<Meeting> {
  const key = `${entry.id}:${entry.digest ?? ''}`;
  let meeting = cache.get(key);
  if (!meeting) {
    meeting = toMeeting(entry);
    cache.set(key, meeting);
  }
  return meeting;
}

async function readMeetings(): Promise<Meeting[]> {
  const entries = await getCollection('meetings');
  return byMeetingDate(await Promise.all(entries.map(meetingOf)));
}

// A build's content never changes while it runs: every page shares one list, so that n pages
// do not each sort n meetings. The dev server reads the collection afresh for each request.
let built: Promise<Meeting[]> | undefined;

/** All meetings, oldest first. */
export function loadMeetings(): Promise<Meeting[]> {
  if (import.meta.env.DEV) return readMeetings();
  built ??= readMeetings();
  return built;
}
