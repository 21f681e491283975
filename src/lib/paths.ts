/**
 * The site's public URL contract, in one place. Every internal link is built here from the
 * base path the site is deployed under ("/" or "/sco-meetings/"), so none is written by hand.
 */
export interface SitePaths {
  home: string;
  compare: string;
  meeting: (id: string) => string;
  /** A meeting's entry on the timeline: "/#2024-islamabad". */
  timelineEntry: (id: string) => string;
  /** A meeting's column in the comparison's table of facts: "/compare/#2024-islamabad". */
  compareEntry: (id: string) => string;
  /** The permanent comparison of two consecutive meetings: "/compare/2023-bishkek--2024-islamabad/". */
  comparison: (firstId: string, secondId: string) => string;
}

/** The URL slug of a pair's comparison: "2023-bishkek--2024-islamabad". */
export const pairSlug = (firstId: string, secondId: string): string => `${firstId}--${secondId}`;

export function sitePaths(basePath: string): SitePaths {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  return {
    home: base,
    compare: `${base}compare/`,
    meeting: (id) => `${base}meetings/${id}/`,
    timelineEntry: (id) => `${base}#${id}`,
    compareEntry: (id) => `${base}compare/#${id}`,
    comparison: (firstId, secondId) => `${base}compare/${pairSlug(firstId, secondId)}/`,
  };
}
