/** Where the global setup serves the two sites: set in the environment, or the run is wrong. */
function fromEnvironment(name: 'SITE_ORIGIN' | 'BASE_SITE_ORIGIN'): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the browser tests through the Playwright config`);
  return value;
}

/** The site built at the root: "http://127.0.0.1:<port>". */
export const siteOrigin = (): string => fromEnvironment('SITE_ORIGIN');

/** The site built under TEST_BASE_PATH; its pages are under `${baseSiteOrigin()}/sco-meetings/`. */
export const baseSiteOrigin = (): string => fromEnvironment('BASE_SITE_ORIGIN');
