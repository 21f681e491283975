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

/**
 * News outlets whose names stand in reports as sources, not as speakers or news: in datelines
 * ("/TASS/", "(Xinhua)") and as a source tag ("…, Xinhua said").
 */
export const NEWS_OUTLETS = [
  ...['Xinhua', 'China Daily', 'TASS', 'RIA Novosti', 'Sputnik', 'CGTN', 'Global Times', 'Interfax', 'CCTV', 'RT'],
  ...['Reuters', 'AP', 'AFP', 'Kyodo', 'Dawn', 'AKIpress', 'Bloomberg'],
];
