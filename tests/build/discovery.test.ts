/**
 * What other programs read: the feed, the sitemap, robots.txt, /meetings.json, JSON-LD,
 * citation tags, canonical and Open Graph URLs. Checked on the build published at
 * TEST_SITE_URL under TEST_BASE_PATH, so that every absolute URL must carry both.
 */
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';

import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { basePathSiteDir, siteDir, TEST_BASE_PATH, TEST_SITE_URL } from '../support/build.ts';
import { readContent } from '../support/content.ts';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { attr, listPages, readPage, select, selectAll, textOf } from '../support/html.ts';

const root = `${TEST_SITE_URL}${TEST_BASE_PATH}`;
const content = readContent();
const byDate = [...content].sort((a, b) => a.data.meetingDate.localeCompare(b.data.meetingDate));
const read = (path: string): string => readFileSync(`${basePathSiteDir}${path}`, 'utf8');
const xml = new XMLParser({ ignoreAttributes: false });

describe('the RSS feed', () => {
  const source = read('/rss.xml');
  it('lists every meeting, newest first, with absolute links', () => {
    const items = xml.parse(source).rss.channel.item as { link: string; pubDate: string }[];
    expect(items.map((i) => i.link)).toEqual(byDate.toReversed().map((c) => `${root}meetings/${c.id}/`));
    expect(items.map((i) => new Date(i.pubDate).toISOString().slice(0, 10))).toEqual(byDate.toReversed().map((c) => c.data.publishedOn));
  });
});

describe('the sitemap', () => {
  const index = read('/sitemap-index.xml');
  it('points to its parts', () => {
    expect(xml.parse(index).sitemapindex.sitemap.loc).toBe(`${root}sitemap-0.xml`);
  });
  it('lists every page but the 404, by absolute URL', () => {
    const source = read('/sitemap-0.xml');
    const urls = [xml.parse(source).urlset.url].flat().map((u: { loc: string }) => u.loc);
    const pages = listPages(basePathSiteDir)
      .filter((p) => p !== '/404.html')
      .map((p) => `${root}${p.slice(1)}`);
    expect(urls.sort()).toEqual(pages.sort());
  });
  it('is named in robots.txt', () => {
    expect(read('/robots.txt')).toContain(`Sitemap: ${root}sitemap-index.xml`);
  });
});

const topicSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  theme: z.string(),
  weight: z.number().int().min(1).max(5),
  phrases: z.array(z.string()).min(1),
  variants: z.boolean(),
  parents: z.array(z.string()),
});

const exportSchema = z.strictObject({
  version: z.literal(2),
  site: z.url(),
  meetings: z.array(
    z.strictObject({
      id: z.string(),
      url: z.url(),
      title: z.string(),
      titleSource: z.enum(['publisher', 'site']),
      publisher: z.string(),
      publishedOn: z.iso.date(),
      meetingDate: z.iso.date(),
      meetingDateEvidence: z.strictObject({
        basis: z.enum(['dateline', 'date', 'weekday', 'unsure', 'none']),
        quotes: z.array(z.string()),
      }),
      dateline: z.string().nullable(),
      city: z.string(),
      country: z.string(),
      coordinates: z.strictObject({ latitude: z.number(), longitude: z.number() }),
      meeting: z.strictObject({ ordinal: z.number().int(), name: z.string() }),
      participants: z.array(z.strictObject({ name: z.string(), shortName: z.string(), office: z.string(), country: z.string() })),
      photoCaption: z.string().nullable(),
      counts: z.strictObject({ paragraphs: z.number(), sentences: z.number(), words: z.number() }),
      bySide: z.array(
        z.strictObject({
          side: z.string(),
          speaker: z.string().nullable(),
          paragraphs: z.number(),
          sentences: z.number(),
          words: z.number(),
          share: z.number().min(0).max(1),
        }),
      ),
      areas: z.array(
        z.strictObject({
          id: z.string(),
          evidence: z.array(z.strictObject({ paragraph: z.string().regex(/^p\d+$/), matched: z.string() })),
        }),
      ),
      mentions: z.array(
        z.strictObject({
          topic: z.string(),
          paragraph: z.string().regex(/^p\d+$/),
          sentence: z.number().int().min(1),
          url: z.url(),
          matched: z.string(),
          wording: z.string(),
          speaker: z.string().nullable(),
          scope: z.string(),
          scopeCertain: z.boolean(),
          via: z.string().nullable(),
        }),
      ),
      paragraphs: z.array(
        z.strictObject({
          id: z.string().regex(/^p\d+$/),
          url: z.url(),
          text: z.string(),
          sentences: z.array(z.string()),
          words: z.number().int(),
          side: z.string(),
          speaker: z.string().nullable(),
          attributedBy: z.enum(['rule', 'override']),
        }),
      ),
      speakerGaps: z.array(z.string().regex(/^p\d+$/)),
    }),
  ),
  cooperationAreas: z.array(topicSchema),
  formulae: z.array(topicSchema),
  scopes: z.array(z.strictObject({ id: z.string(), name: z.string(), phrases: z.array(z.string()).min(1) })),
  themes: z.array(z.strictObject({ id: z.string(), name: z.string(), weight: z.number().int().min(1).max(5) })),
  comparisons: z.array(
    z.strictObject({
      first: z.string(),
      second: z.string(),
      url: z.url(),
      reports: z.strictObject({
        first: z.strictObject({ words: z.number().int(), outlet: z.string() }),
        second: z.strictObject({ words: z.number().int(), outlet: z.string() }),
      }),
      summary: z.strictObject({ headline: z.array(z.string()).min(1), lines: z.array(z.string()) }),
      changes: z.strictObject({
        topics: z.array(
          z.strictObject({
            topic: z.string(),
            status: z.enum(['dropped', 'new', 'back', 'shifted', 'kept']),
            shifts: z.array(z.looseObject({ kind: z.enum(['taken-up', 'handed-over', 'left-to', 'scope', 'reworded']) })),
            lastSeen: z.string().optional(),
          }),
        ),
        outletsDiffer: z.boolean(),
      }),
      findings: z.array(
        z.strictObject({
          id: z.string(),
          kind: z.string(),
          theme: z.string().nullable(),
          score: z.number(),
          items: z.array(z.union([z.strictObject({ topic: z.string() }), z.strictObject({ phrase: z.string() })])),
        }),
      ),
      notInTheLists: z.strictObject({
        added: z.array(z.strictObject({ text: z.string(), paragraph: z.string(), sentence: z.number().int() })),
        dropped: z.array(z.strictObject({ text: z.string(), paragraph: z.string(), sentence: z.number().int() })),
      }),
      recurringPhrases: z.array(
        z.strictObject({
          phrase: z.string(),
          asWritten: z.string(),
          words: z.number().int().min(4),
          substantive: z.boolean(),
          inFirst: z.array(z.string()),
          inSecond: z.array(z.string()),
        }),
      ),
      parallelStatements: z.array(
        z.strictObject({
          first: z.strictObject({ paragraph: z.string(), sentence: z.number().int(), text: z.string(), meeting: z.string() }),
          second: z.strictObject({ paragraph: z.string(), sentence: z.number().int(), text: z.string(), meeting: z.string() }),
          similarity: z.number(),
          sharedTopics: z.array(z.string()),
        }),
      ),
    }),
  ),
});

describe('/meetings.json', () => {
  const data = JSON.parse(read('/meetings.json')) as unknown;

  it('has the documented shape', () => {
    const result = exportSchema.safeParse(data);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('carries every meeting with its facts and every paragraph word for word', () => {
    const parsed = exportSchema.parse(data);
    expect(parsed.meetings.map((m) => m.id)).toEqual(byDate.map((c) => c.id));
    parsed.meetings.forEach((meeting, index) => {
      const file = byDate[index]!;
      expect([meeting.meetingDate, meeting.publishedOn, meeting.city, meeting.publisher]).toEqual([
        file.data.meetingDate,
        file.data.publishedOn,
        file.data.city,
        file.data.publisher,
      ]);
      expect(meeting.paragraphs.map((p) => p.text)).toEqual(file.paragraphs);
      expect(meeting.paragraphs.map((p) => p.url)).toEqual(file.paragraphs.map((_, i) => `${root}meetings/${file.id}/#p${i + 1}`));
    });
    expect(parsed.comparisons.map((c) => c.url)).toEqual([`${root}compare/2023-bishkek--2024-islamabad/`]);
    // The finding read off the reports: Li offered the Culture Year in 2023, Mishustin the Years of Culture in 2024.
    const culture = parsed.comparisons[0]!.changes.topics.find((t) => t.topic === 'culture-years')!;
    expect([culture.status, culture.shifts[0]]).toEqual(['shifted', { kind: 'handed-over', from: ['Li'], to: ['Mishustin'] }]);
    expect(parsed.comparisons[0]!.findings[0]!.id).toBe('world-order-dropped');
    // The new facts are new fields; the old ones keep their names and values.
    expect(parsed.comparisons[0]!.reports).toEqual({
      first: { words: 324, outlet: 'China Daily' },
      second: { words: 479, outlet: 'Xinhua' },
    });
    expect(parsed.comparisons[0]!.summary.lines[0]).toMatch(
      /^Not raised in the 2024 report \(2023's 4 topics on world order\): both sides: “[^”]*multipolar world” \(2023 ¶1\)/,
    );
    expect(parsed.formulae.find((f) => f.id === 'culture-years')!.parents).toEqual(['culture-and-people-to-people-exchange']);
    const doubtful = parsed.meetings[0]!.mentions.find((m) => m.topic === 'industrial-manufacturing')!;
    expect([doubtful.scope, doubtful.scopeCertain]).toEqual(['sco', false]);
    const mention = parsed.meetings[1]!.mentions.find((m) => m.topic === 'culture-years')!;
    expect([mention.url, mention.speaker, mention.matched]).toEqual([
      `${root}meetings/2024-islamabad/#p8-s1`,
      'Mikhail Mishustin',
      'Years of Culture',
    ]);
  });
});

describe('a production build', () => {
  it('without SITE_URL warns that canonical URLs, the feed and citations will point at localhost', () => {
    expect(readFileSync(`${siteDir}.log`, 'utf8')).toContain(
      'Warning: SITE_URL is not set. Canonical URLs, the feed, the sitemap and citations will point at http://localhost:4321.',
    );
    expect(readFileSync(`${basePathSiteDir}.log`, 'utf8')).not.toContain('SITE_URL is not set');
  });
});

describe('every HTML page', () => {
  it.each(listPages(basePathSiteDir).filter((p) => p !== '/404.html'))(
    '%s: canonical, Open Graph and Twitter URLs are absolute on SITE_URL',
    (path) => {
      const page = readPage(basePathSiteDir, path);
      const expected = `${root}${path.slice(1)}`;
      expect(attr(select('link[rel=canonical]', page)!, 'href')).toBe(expected);
      expect(attr(select('meta[property="og:url"]', page)!, 'content')).toBe(expected);
      const image = attr(select('meta[property="og:image"]', page)!, 'content');
      expect(image.startsWith(`${root}og/`)).toBe(true);
      expect(
        readFileSync(`${basePathSiteDir}/${image.slice(root.length)}`)
          .subarray(1, 4)
          .toString(),
      ).toBe('PNG');
      expect(attr(select('meta[name="twitter:card"]', page)!, 'content')).toBe('summary_large_image');
      expect(attr(select('meta[property="og:title"]', page)!, 'content').length).toBeGreaterThan(5);
    },
  );

  it('the 404 page asks not to be indexed, names no canonical or og:url, and leads to the comparison', () => {
    const page = readPage(siteDir, '/404.html');
    expect(attr(select('meta[name=robots]', page)!, 'content')).toBe('noindex');
    expect(select('link[rel=canonical]', page)).toBeUndefined();
    expect(select('meta[property="og:url"]', page)).toBeUndefined();
    expect(selectAll('main a', page).map((a) => attr(a, 'href'))).toContain('/compare/');
  });

  it('the comparison pages preview the pair they compare, not the site', () => {
    for (const path of ['/compare/', '/compare/2023-bishkek--2024-islamabad/', '/compare/2023-bishkek--2024-islamabad/topics/']) {
      expect(attr(select('meta[property="og:image"]', readPage(basePathSiteDir, path))!, 'content'), path).toBe(
        `${root}og/2023-bishkek--2024-islamabad.png`,
      );
    }
  });

  it('has an Apple touch icon beside the SVG favicon, a 180 px PNG', () => {
    const page = readPage(basePathSiteDir, '/');
    const href = attr(select('link[rel="apple-touch-icon"]', page)!, 'href');
    expect(href).toBe('/sco-meetings/apple-touch-icon.png');
    const png = readFileSync(`${basePathSiteDir}/apple-touch-icon.png`);
    expect([png.subarray(1, 4).toString(), png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual(['PNG', 180, 180]);
  });
});

const jsonLdOf = (path: string) =>
  JSON.parse(
    readFileSync(`${basePathSiteDir}${path}index.html`, 'utf8').match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)![1]!,
  );

describe.each(content)('the page of $id', ({ id, data }) => {
  const path = `/meetings/${id}/`;
  const page = readPage(basePathSiteDir, path);
  const url = `${root}meetings/${id}/`;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON-LD read back as untyped JSON, to compare field by field
  const graph = jsonLdOf(path)['@graph'] as Record<string, any>[];
  const article = graph.find((node) => node['@type'] === 'NewsArticle')!;
  const event = graph.find((node) => node['@type'] === 'Event')!;

  it('is an Open Graph article published on the report date', () => {
    expect(attr(select('meta[property="og:type"]', page)!, 'content')).toBe('article');
    expect(attr(select('meta[property="article:published_time"]', page)!, 'content')).toBe(data.publishedOn);
    expect(attr(select('meta[property="og:image"]', page)!, 'content')).toBe(`${root}og/${id}.png`);
  });

  it('has a NewsArticle whose facts match the frontmatter', () => {
    expect(article['@id']).toBe(`${url}#article`);
    expect(article['url']).toBe(url);
    expect(article['datePublished']).toBe(data.publishedOn);
    expect(article['publisher']['name']).toContain(data.publisher);
    expect(article['isBasedOn']['@type']).toBe('NewsArticle');
    expect(article['isBasedOn']['datePublished']).toBe(data.publishedOn);
    if (data['titleSource'] === 'publisher') expect(article['headline']).toBe(data.title);
    else expect(article['headline']).toBeUndefined(); // a title the paper did not print is not its headline
    expect(article['about']).toEqual({ '@id': `${url}#event` });
  });

  it('has the Event it is about, with place, date, attendees and the SCO meeting', () => {
    expect(event['@id']).toBe(`${url}#event`);
    expect(event['startDate']).toBe(data.meetingDate);
    expect(event['location']['address']['addressLocality']).toBe(data.city);
    expect(event['location']['address']['addressCountry']).toBe(data['country']);
    const coordinates = data['coordinates'] as { latitude: number; longitude: number };
    expect(event['location']['geo']).toMatchObject(coordinates);
    expect(event['attendee'].map((p: { name: string }) => p.name)).toEqual((data['participants'] as { name: string }[]).map((p) => p.name));
    expect(event['superEvent']['name']).toMatch(/^\d+(st|nd|rd|th) Meeting of the Council of Heads of Government/);
  });

  it('has Highwire citation tags and a plain-text citation of the report and of the page', () => {
    const tags = Object.fromEntries(selectAll('meta[name^="citation_"]', page).map((m) => [attr(m, 'name'), attr(m, 'content')]));
    expect(tags['citation_title']).toBe(data.title);
    expect(tags['citation_publication_date']).toBe(data.publishedOn.replaceAll('-', '/'));
    expect(tags['citation_public_url']).toBe(url);
    const [report, self] = selectAll('.cite__text', page).map(textOf);
    expect(report).toContain(format(parseISO(data.publishedOn), 'd MMMM yyyy'));
    expect(report).toContain(data['titleSource'] === 'publisher' ? `“${data.title}.”` : 'no headline printed');
    expect(self).toContain(url);
  });
});

describe('the timeline', () => {
  it('has an ItemList of the meetings in date order', () => {
    const list = jsonLdOf('/');
    expect(list['@type']).toBe('ItemList');
    expect(list.itemListElement.map((item: { url: string; position: number }) => [item.position, item.url])).toEqual(
      byDate.map((c, i) => [i + 1, `${root}meetings/${c.id}/`]),
    );
  });

  it('has a locator map with a numbered marker for each meeting place, named in the list under it', () => {
    const page = readPage(basePathSiteDir, '/');
    expect(selectAll('.locator__place text', page).map(textOf)).toEqual(byDate.map((_, i) => String(i + 1)));
    expect(selectAll('.locator__places li', page).map(textOf)).toEqual(
      byDate.map((c, i) => `${i + 1} ${c.data.city} ${c.data.meetingDate.slice(0, 4)}`),
    );
    expect(selectAll('.locator__country', page).length).toBeGreaterThan(10);
  });
});
