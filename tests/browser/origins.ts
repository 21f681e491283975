/** Where the global setup serves the two sites: set in the environment, or the run is wrong. */
function fromEnvironment(name: 'SITE_ORIGIN' | 'BASE_SITE_ORIGIN' | 'MANY_MEETINGS_ORIGINS'): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the browser tests through the Playwright config`);
  return value;
}

/** The site built at the root: "http://127.0.0.1:<port>". */
export const siteOrigin = (): string => fromEnvironment('SITE_ORIGIN');

/** The site built under TEST_BASE_PATH; its pages are under `${baseSiteOrigin()}/sco-meetings/`. */
export const baseSiteOrigin = (): string => fromEnvironment('BASE_SITE_ORIGIN');

/** The sites built with more meetings than the real two, for the layout tests. */
export const MANY_MEETINGS = [4, 12, 30] as const;

/** A word of 160 characters, as a pasted URL can be: the first synthetic report ends with it. */
export const LONG_WORD = `docs.example.org/${'scocouncilofheadsofgovernment'.repeat(6)}`.slice(0, 160);

/** Each of MANY_MEETINGS with the origin its site is served at. */
export const manyMeetingsOrigins = (): { count: number; origin: string }[] =>
  fromEnvironment('MANY_MEETINGS_ORIGINS')
    .split(' ')
    .map((origin, index) => ({ count: MANY_MEETINGS[index]!, origin }));
