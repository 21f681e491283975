/**
 * Synthetic reports for tests and the bench: the real reports' bodies, taking turns, under
 * made-up cities, a week apart, each on a Wednesday, so that a site of any number of meetings
 * builds as the real one does. Plainly marked as test data in their titles.
 */
import { addDays, format } from 'date-fns';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir, readContent } from './content.ts';

/** The first synthetic meeting: a Wednesday, the weekday both real reports name, years before them. */
const FIRST_MEETING = new Date(2002, 0, 2);

/** The real reports' bodies and their outlets, read off content/. */
const realBodies = () => readContent().map((file) => ({ body: `\n${file.paragraphs.join('\n\n')}\n`, publisher: file.data.publisher }));

/** A real report's ¶2 is the reporter's, as its own file says: the same override, pointed at its first words. */
function settledReporter(body: string): string {
  const second = body.trim().split(/\n\s*\n/)[1];
  return second ? `attribution:\n  p2: { speaker: narrative, begins: "${second.split(' ').slice(0, 3).join(' ')}" }\n` : '';
}

/** Report number `index` (0-based): its file name and its Markdown. `extra` is appended as a paragraph of its own. */
function syntheticReport(
  index: number,
  options: { body?: string; publisher?: string; extra?: string } = {},
): { name: string; source: string } {
  const meetingDay = addDays(FIRST_MEETING, 7 * index);
  const city = `Synthetic City ${index + 1}`;
  const bodies = realBodies();
  const real = bodies[index % bodies.length]!;
  // A dateline ("ISLAMABAD, Oct. 16 (Xinhua)") names the synthetic city and day, or the build
  // would rightly refuse a meeting date the text contradicts.
  const body = (options.body ?? real.body).replace(
    /^(\n*)[\p{Lu} .'-]+, \p{L}+\.? \d{1,2} \(/u,
    `$1${city.toUpperCase()}, ${format(meetingDay, 'MMM. d')} (`,
  );
  const source = `---
title: "Synthetic report ${index + 1} (test data, not a real report)"
titleSource: site
publisher: ${options.publisher ?? real.publisher}
publishedOn: "${format(addDays(meetingDay, 1), 'yyyy-MM-dd')}"
meetingDate: "${format(meetingDay, 'yyyy-MM-dd')}"
city: ${city}
country: Testland
coordinates:
  latitude: ${(30 + (index % 20)).toFixed(3)}
  longitude: ${(55 + ((index * 7) % 40)).toFixed(3)}
meeting:
  ordinal: ${index + 1}
  name: Synthetic Meeting for the tests
participants:
  - name: Li Qiang
    shortName: Li
    office: Premier
    country: China
  - name: Mikhail Mishustin
    shortName: Mishustin
    office: Prime Minister
    country: Russia
${options.body ? '' : settledReporter(body)}---
${body}${options.extra ? `\n${options.extra}\n` : ''}`;
  return { name: `${format(meetingDay, 'yyyy')}-synthetic-city-${index + 1}.md`, source };
}

/**
 * A content folder with the real reports and lists and `count` − 2 synthetic meetings before
 * them; the first synthetic report ends with `extra` as a paragraph of its own.
 */
export function writeContentWith(dir: string, count: number, extra?: string): string[] {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(contentDir)) cpSync(join(contentDir, name), join(dir, name));
  const written: string[] = [];
  for (let index = 0; index < count - 2; index++) {
    const { name, source } = syntheticReport(index, index === 0 && extra ? { extra } : {});
    writeFileSync(join(dir, name), source);
    written.push(name.replace(/\.md$/, ''));
  }
  return written;
}

/**
 * A content folder with the real reports and lists and a third meeting in Moscow, a year after
 * Islamabad: the 2024 report's text under Moscow's name, date and place, so that the map's
 * frame takes in Russia's west.
 */
export function writeContentWithMoscow(dir: string): void {
  writeContentWith(dir, 2);
  const islamabad = readFileSync(join(dir, '2024-islamabad.md'), 'utf8');
  const moscow = islamabad
    .replace('publishedOn: "2024-10-17"', 'publishedOn: "2025-11-19"')
    .replace('meetingDate: "2024-10-16"', 'meetingDate: "2025-11-18"')
    .replace('city: Islamabad', 'city: Moscow')
    .replace('country: Pakistan', 'country: Russia')
    .replace('ordinal: 23', 'ordinal: 24')
    .replace(/latitude: [\d.]+/, 'latitude: 55.7558')
    .replace(/longitude: [\d.]+/, 'longitude: 37.6173')
    .replace(/^title: .*$/m, 'title: "Synthetic report in Moscow (test data, not a real report)"')
    .replace(/^photoCaption: .*\n/m, '')
    .replace('ISLAMABAD, Oct. 16', 'MOSCOW, Nov. 18')
    .replaceAll('23rd Meeting', '24th Meeting')
    .replace('said here on Wednesday', 'said here on Tuesday');
  writeFileSync(join(dir, '2025-moscow.md'), moscow);
}
