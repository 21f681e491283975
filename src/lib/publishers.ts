/**
 * The outlets whose reports the site reproduces: the names a report's frontmatter may give,
 * and the full names citations and structured data use. A module of its own because the
 * content schema needs the list before anything else loads.
 */
export const PUBLISHERS = ['China Daily', 'Xinhua'] as const;
export type Publisher = (typeof PUBLISHERS)[number];

const PUBLISHER_NAMES: Record<Publisher, string> = {
  Xinhua: 'Xinhua News Agency',
  'China Daily': 'China Daily',
};

/** "Xinhua News Agency" for "Xinhua". */
export const publisherName = (publisher: Publisher): string => PUBLISHER_NAMES[publisher];
