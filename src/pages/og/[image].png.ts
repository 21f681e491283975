/**
 * /og/<meeting id>.png, /og/<older>--<newer>.png and /og/site.png: the images link previews
 * show, for a meeting, for the comparison of a pair, and for the rest of the site.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadComparisons } from '../../data/comparisons.ts';
import { withStatus } from '../../lib/compare/changes.ts';
import { groupTitle } from '../../lib/compare/findings.ts';
import { pairSlug } from '../../lib/paths.ts';
import { drawPreviewImage, type PreviewCard } from '../../data/og-image.ts';
import { SITE_NAME } from '../../data/site.ts';
import { formatDay } from '../../lib/dates.ts';
import { meetingYear, pairLabels, participantNames, placeAndYear, type Meeting } from '../../lib/meetings.ts';

const contentFile = (meeting: Meeting): string => meeting.sourceFile ?? meeting.id;

export const getStaticPaths = (async () => {
  const { meetings, pairs } = await loadComparisons();
  const site: PreviewCard = {
    kicker: 'SCO Council of Heads of Government',
    title: SITE_NAME,
    lines: [meetings.map((m) => `${m.city} ${meetingYear(m)}`).join(' · '), 'The reports word for word, and compared'],
    source: `/og/site.png (the cities of ${meetings.map(contentFile).join(', ')})`,
  };
  return [
    { params: { image: 'site' }, props: { card: site } },
    ...meetings.map((m) => ({
      params: { image: m.id },
      props: {
        card: {
          kicker: `${m.city}, ${formatDay(m.meetingDate)}`,
          title: m.title,
          lines: [participantNames(m), `${m.publisher}'s report, word for word`],
          source: `/og/${m.id}.png (title, city and participants of ${contentFile(m)})`,
        } satisfies PreviewCard,
      },
    })),
    ...pairs.map(({ first, second, changes, findings }) => {
      const count = (...statuses: Parameters<typeof withStatus>[1][]) => withStatus(changes, ...statuses).length;
      const lead = findings[0];
      return {
        params: { image: pairSlug(first.id, second.id) },
        props: {
          card: {
            kicker: 'What changed',
            // The fonts drawn with have no arrow: words, not a box where a glyph is missing.
            title: `${placeAndYear(first)} to ${placeAndYear(second)}`,
            lines: [
              lead ? groupTitle(lead, pairLabels(first, second)) : 'No tracked topic changed',
              `${count('dropped')} topics dropped · ${count('new', 'back')} new · ${count('shifted')} shifted`,
            ],
            source: `/og/${pairSlug(first.id, second.id)}.png (the cities of ${contentFile(first)} and ${contentFile(second)})`,
          } satisfies PreviewCard,
        },
      };
    }),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await drawPreviewImage((props as { card: PreviewCard }).card);
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
