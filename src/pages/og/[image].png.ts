/** /og/<meeting id>.png and /og/site.png: the images link previews show. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadMeetings } from '../../data/meetings.ts';
import { previewImage, type PreviewCard } from '../../data/og-image.ts';
import { SITE_NAME } from '../../data/site.ts';
import { formatDay } from '../../lib/dates.ts';
import { meetingYear } from '../../lib/meetings.ts';

export const getStaticPaths = (async () => {
  const meetings = await loadMeetings();
  const site: PreviewCard = {
    kicker: 'SCO Council of Heads of Government',
    title: SITE_NAME,
    lines: [meetings.map((m) => `${m.city} ${meetingYear(m)}`).join(' · '), 'The reports word for word, and compared'],
  };
  return [
    { params: { image: 'site' }, props: { card: site } },
    ...meetings.map((m) => ({
      params: { image: m.id },
      props: {
        card: {
          kicker: `${m.city}, ${formatDay(m.meetingDate)}`,
          title: m.title,
          lines: [
            m.participants.map((p) => p.name).join(' and '),
            `${m.titleSource === 'site' ? 'Title by this site · ' : ''}Report by ${m.publisher}`,
          ],
        } satisfies PreviewCard,
      },
    })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await previewImage((props as { card: PreviewCard }).card);
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
