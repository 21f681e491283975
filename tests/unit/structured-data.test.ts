import { describe, expect, it } from 'vitest';
import { buildMeeting, type MeetingFacts } from '../../src/lib/meetings.ts';
import { citations, citationTags, meetingJsonLd, timelineJsonLd } from '../../src/lib/structured-data.ts';
import { parseReport } from '../../src/markdown.ts';
import { meetingFacts } from '../support/facts.ts';

const facts = (overrides: Partial<MeetingFacts> = {}) => meetingFacts({ title: 'China willing to work with Russia', ...overrides });
const text = 'ISLAMABAD, Oct. 16 (Xinhua) -- Li said here on Wednesday that all is well.';
const url = 'https://example.org/meetings/2024-islamabad/';

type Graph = { '@graph': Record<string, unknown>[] };

describe('meetingJsonLd', () => {
  it("gives the paper's headline as its headline, and the meeting as the article's Event", async () => {
    const meeting = buildMeeting(facts(), await parseReport(text));
    const [article, event] = (meetingJsonLd(meeting, url, 'Site') as Graph)['@graph'];
    expect(article).toMatchObject({ '@type': 'NewsArticle', headline: 'China willing to work with Russia', datePublished: '2024-10-17' });
    expect(article!['dateline']).toBe('ISLAMABAD, Oct. 16 (Xinhua)');
    expect(event).toMatchObject({
      '@type': 'Event',
      startDate: '2024-10-16',
      name: 'Meeting of Li Qiang and Mikhail Mishustin in Islamabad',
    });
    expect((event!['attendee'] as { name: string }[]).map((a) => a.name)).toEqual(['Li Qiang', 'Mikhail Mishustin']);
  });

  it("never gives a title this site supplied as the paper's headline", async () => {
    const meeting = buildMeeting(facts({ titleSource: 'site', title: 'Li Qiang meets Mikhail Mishustin' }), await parseReport(text));
    const [article] = (meetingJsonLd(meeting, url, 'Site') as Graph)['@graph'];
    expect(article!['headline']).toBeUndefined();
    expect(article!['name']).toBe('Li Qiang meets Mikhail Mishustin');
    expect((article!['isBasedOn'] as Record<string, unknown>)['headline']).toBeUndefined();
  });
});

describe('citations and citation tags', () => {
  it('cite the report by its publisher, headline, date and dateline, and the page by its URL', async () => {
    const meeting = buildMeeting(facts({ publisherFullName: 'Xinhua News Agency' }), await parseReport(text));
    expect(citations(meeting, url, 'Site')).toEqual({
      report: 'Xinhua News Agency. “China willing to work with Russia.” 17 October 2024. Dateline: ISLAMABAD, Oct. 16 (Xinhua).',
      page: `Site. “Islamabad, 2024: China willing to work with Russia.” Text of the Xinhua report of 17 October 2024. ${url}`,
    });
    expect(citationTags(meeting, url)).toContainEqual(['citation_publication_date', '2024/10/17']);
    expect(citationTags(meeting, url)).toContainEqual(['citation_publisher', 'Xinhua News Agency']);
  });

  it('say "the" once for an outlet whose name begins with it ("The Moscow Times")', async () => {
    const meeting = buildMeeting(facts({ publisher: 'The Moscow Times' }), await parseReport(text));
    expect(citations(meeting, url, 'Site').page).toContain('Text of the Moscow Times report of 17 October 2024.');
  });

  it('name an outlet by its publisher where the frontmatter gives no full name', async () => {
    const meeting = buildMeeting(facts({ publisher: 'Reuters' }), await parseReport(text));
    expect(citations(meeting, url, 'Site').report).toMatch(/^Reuters\. “China willing/);
    expect(citationTags(meeting, url)).toContainEqual(['citation_publisher', 'Reuters']);
  });

  it('say that no headline was printed where the site supplied the title', async () => {
    const meeting = buildMeeting(facts({ titleSource: 'site', publisherFullName: 'Xinhua News Agency' }), await parseReport(text));
    expect(citations(meeting, url, 'Site').report).toBe(
      'Xinhua News Agency. [Report of the meeting of Li Qiang and Mikhail Mishustin, Islamabad; no headline printed.] 17 October 2024. Dateline: ISLAMABAD, Oct. 16 (Xinhua).',
    );
  });
});

describe('timelineJsonLd', () => {
  it('lists the meetings in order, from 1', () => {
    expect(timelineJsonLd([{ url: 'a' }, { url: 'b' }])).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ItemList',
      itemListOrder: 'https://schema.org/ItemListOrderAscending',
      numberOfItems: 2,
      itemListElement: [
        { '@type': 'ListItem', position: 1, url: 'a' },
        { '@type': 'ListItem', position: 2, url: 'b' },
      ],
    });
  });
});
