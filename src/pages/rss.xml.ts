/** The RSS feed: one item per meeting, newest first, linking to its page. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { parseISO } from 'date-fns/parseISO';
import { loadMeetings } from '../data/meetings.ts';
import { SITE_NAME, absoluteUrl, paths } from '../data/site.ts';
import { placeAndYear } from '../lib/meetings.ts';

export const GET: APIRoute = async () => {
  const meetings = (await loadMeetings()).toReversed();
  return rss({
    title: SITE_NAME,
    description:
      'The meetings of Li Qiang and Mikhail Mishustin at the SCO Council of Heads of Government, with the reports word for word.',
    site: absoluteUrl(paths.home),
    items: meetings.map((m) => ({
      title: `${placeAndYear(m)}: ${m.title}`,
      link: absoluteUrl(paths.meeting(m.id)),
      // Midnight UTC of the publication day, so that no time zone moves it to another day.
      pubDate: parseISO(`${m.publishedOn}T00:00:00Z`),
      description: m.openingSentence,
      categories: [m.publisher, m.city],
    })),
    customData: '<language>en</language>',
  });
};
