/**
 * The site's public URL contract, in one place. Every internal link is built here from the
 * base path the site is deployed under ("/" or "/sco-meetings/"), so none is written by hand.
 */
import { slug } from 'github-slugger';
import type { MovedTo } from './compare/moved-pairs.ts';
export interface SitePaths {
  home: string;
  compare: string;
  /** How the comparison is computed: "/compare/method/". */
  method: string;
  meeting: (id: string) => string;
  /** A paragraph of a report, 1-based: "/meetings/2024-islamabad/#p8". */
  paragraph: (id: string, paragraphNumber: number) => string;
  /** A sentence of a report, 1-based: "/meetings/2024-islamabad/#p8-s1". */
  sentence: (id: string, paragraphNumber: number, sentenceNumber: number) => string;
  /** A meeting's entry on the timeline: "/#2024-islamabad". */
  timelineEntry: (id: string) => string;
  /** A meeting's column in the comparison's table of facts: "/compare/#2024-islamabad". */
  compareEntry: (id: string) => string;
  /** The permanent comparison of two consecutive meetings: "/compare/2023-bishkek--2024-islamabad/". */
  comparison: (firstId: string, secondId: string) => string;
  /** Their topics, sentence by sentence: "/compare/2023-bishkek--2024-islamabad/topics/". */
  comparisonTopics: (firstId: string, secondId: string) => string;
  /** Where a published pair's page (or its topics page) leads now that the content no longer makes it (src/lib/compare/moved-pairs.ts). */
  movedPair: (to: MovedTo, page: 'pair' | 'topics') => string;
}

/** A paragraph's fragment id on a meeting page: paragraph 3 is "p3" (1-based). */
export const paragraphId = (paragraphNumber: number): string => `p${paragraphNumber}`;

/** A sentence's fragment id on a meeting page: sentence 2 of paragraph 3 is "p3-s2" (1-based). */
export const sentenceId = (paragraphNumber: number, sentenceNumber: number): string => `${paragraphId(paragraphNumber)}-s${sentenceNumber}`;

/** A phrase no list names, on a pair page, slugged as GitHub and rehype-slug slug a heading: "unlisted-traditional-areas". */
export const unlistedId = (text: string): string => `unlisted-${slug(text)}`;

/** A topic's fragment id on the comparison pages: "area-energy", "formula-culture-years". */
export const topicId = (topic: { kind: string; id: string }): string => `${topic.kind}-${topic.id}`;

/** The URL slug of a pair's comparison: "2023-bishkek--2024-islamabad". */
export const pairSlug = (firstId: string, secondId: string): string => `${firstId}--${secondId}`;

export function sitePaths(basePath: string): SitePaths {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  return {
    home: base,
    compare: `${base}compare/`,
    method: `${base}compare/method/`,
    meeting: (id) => `${base}meetings/${id}/`,
    paragraph: (id, paragraphNumber) => `${base}meetings/${id}/#${paragraphId(paragraphNumber)}`,
    sentence: (id, paragraphNumber, sentenceNumber) => `${base}meetings/${id}/#${sentenceId(paragraphNumber, sentenceNumber)}`,
    timelineEntry: (id) => `${base}#${id}`,
    compareEntry: (id) => `${base}compare/#${id}`,
    comparison: (firstId, secondId) => `${base}compare/${pairSlug(firstId, secondId)}/`,
    comparisonTopics: (firstId, secondId) => `${base}compare/${pairSlug(firstId, secondId)}/topics/`,
    movedPair: (to, page) =>
      to.kind === 'pair'
        ? `${base}compare/${pairSlug(to.first, to.second)}/${page === 'topics' ? 'topics/' : ''}`
        : to.kind === 'meeting'
          ? `${base}meetings/${to.id}/`
          : `${base}compare/`,
  };
}
