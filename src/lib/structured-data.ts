/**
 * What machines read about a page: schema.org JSON-LD, Highwire citation tags and the
 * plain-text citations, built from a meeting and the page's absolute URL. Facts a report does
 * not print (a title this site supplied) are never attributed to its publisher.
 */
import { format } from 'date-fns/format';
import { formatDay, toDay } from './dates.ts';
import { participantNames, placeAndYear, type Meeting } from './meetings.ts';

/** "Xinhua News Agency" for a report by "Xinhua": the outlet as citations name it. */
const publisherName = (meeting: Pick<Meeting, 'publisher' | 'publisherFullName'>): string => meeting.publisherFullName ?? meeting.publisher;

const organization = (meeting: Meeting) => ({ '@type': 'NewsMediaOrganization', name: publisherName(meeting) });

export function meetingJsonLd(meeting: Meeting, pageUrl: string, siteName: string): object {
  const eventId = `${pageUrl}#event`;
  const place = {
    '@type': 'Place',
    name: `${meeting.city}, ${meeting.country}`,
    address: { '@type': 'PostalAddress', addressLocality: meeting.city, addressCountry: meeting.country },
    geo: { '@type': 'GeoCoordinates', latitude: meeting.coordinates.latitude, longitude: meeting.coordinates.longitude },
  };
  const printedHeadline = meeting.titleSource === 'publisher' ? { headline: meeting.title } : {};
  const original = {
    '@type': 'NewsArticle',
    ...printedHeadline,
    publisher: organization(meeting),
    datePublished: meeting.publishedOn,
    ...(meeting.dateline ? { dateline: meeting.dateline.text } : {}),
  };
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'NewsArticle',
        '@id': `${pageUrl}#article`,
        url: pageUrl,
        mainEntityOfPage: pageUrl,
        // A headline is the paper's only where it printed one; otherwise the page names it.
        ...(meeting.titleSource === 'publisher' ? { headline: meeting.title } : { name: meeting.title }),
        inLanguage: 'en',
        datePublished: meeting.publishedOn,
        ...(meeting.dateline ? { dateline: meeting.dateline.text } : {}),
        publisher: organization(meeting),
        isBasedOn: original,
        isPartOf: { '@type': 'WebSite', name: siteName },
        wordCount: meeting.wordCount,
        about: { '@id': eventId },
      },
      {
        '@type': 'Event',
        '@id': eventId,
        name: `Meeting of ${participantNames(meeting)} in ${meeting.city}`,
        startDate: meeting.meetingDate,
        endDate: meeting.meetingDate,
        eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
        eventStatus: 'https://schema.org/EventScheduled',
        location: place,
        attendee: meeting.participants.map((p) => ({
          '@type': 'Person',
          name: p.name,
          jobTitle: p.office,
          nationality: { '@type': 'Country', name: p.country },
        })),
        superEvent: { '@type': 'Event', name: meeting.meetingName, location: place },
      },
    ],
  };
}

export function timelineJsonLd(items: { url: string }[]): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    itemListOrder: 'https://schema.org/ItemListOrderAscending',
    numberOfItems: items.length,
    // The address of each meeting's page, which names it: a summary list, small at 50 meetings.
    itemListElement: items.map((item, index) => ({ '@type': 'ListItem', position: index + 1, url: item.url })),
  };
}

/** Highwire Press tags, read by Zotero, Mendeley and Google Scholar. Name and content pairs. */
export function citationTags(meeting: Meeting, pageUrl: string): [string, string][] {
  return [
    ['citation_title', meeting.title],
    ['citation_publisher', publisherName(meeting)],
    ['citation_publication_date', format(toDay(meeting.publishedOn), 'yyyy/MM/dd')],
    ['citation_language', 'en'],
    ['citation_public_url', pageUrl],
  ];
}

/** Plain-text citations: of the original report, and of this page (and of one paragraph); "the The Moscow Times report" is said once. */
export function citations(meeting: Meeting, pageUrl: string, siteName: string): { report: string; page: string } {
  const publisher = publisherName(meeting);
  const title =
    meeting.titleSource === 'publisher'
      ? `“${meeting.title}.”`
      : `[Report of the meeting of ${participantNames(meeting)}, ${meeting.city}; no headline printed.]`;
  return {
    report: `${publisher}. ${title} ${formatDay(meeting.publishedOn)}.${meeting.dateline ? ` Dateline: ${meeting.dateline.text}.` : ''}`,
    page: `${siteName}. “${placeAndYear(meeting)}: ${meeting.title}.” Text of the ${meeting.publisher.replace(/^the\s+/i, '')} report of ${formatDay(meeting.publishedOn)}. ${pageUrl}`,
  };
}
