/**
 * Where the site is published, from the SITE_URL and BASE_PATH variables, checked so that a
 * deployer's slip fails the build with the variable's name and value, or is understood as
 * meant, rather than publishing wrong canonical URLs, feeds and citations without a word.
 */
export interface DeployAddress {
  /** The public origin, no path: "https://example.org". */
  site: string;
  /** The path the site is served under, with slashes around it: "/" or "/sco/". */
  base: string;
}

/** The address from the two variables' values (undefined or empty when not set); throws naming the variable. */
export function deployAddress(siteUrl: string | undefined, basePath: string | undefined): DeployAddress {
  let url: URL;
  try {
    url = new URL(siteUrl || 'http://localhost:4321');
  } catch {
    throw new Error(`SITE_URL="${siteUrl}" is not a URL: write the site's address, e.g. SITE_URL=https://example.org`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL="${siteUrl}" must be an http(s) address, e.g. SITE_URL=https://example.org`);
  }
  if (url.search || url.hash) throw new Error(`SITE_URL="${siteUrl}" must not carry a query or a fragment`);
  if (url.username || url.password) throw new Error(`SITE_URL="${siteUrl}" must not carry a user name or password: they are not published`);
  // The URL parser resolves "/a/../b" and "%2e%2e" and keeps "example.org." as another origin:
  // the address published must be the one written.
  if (/\/\.{1,2}(?:\/|$)|%2e/i.test(siteUrl ?? '') || url.hostname.endsWith('.')) {
    throw new Error(`SITE_URL="${siteUrl}" must be written as it is published: no "." or ".." segments, no trailing dot after the host`);
  }
  // Written as published: the URL parser would mend "https:example.org", "https://a\\b", spaces
  // and an empty port, and take "ex_ample.org" or a port 0 that no reader's browser reaches.
  const host = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$|^\[[0-9a-f:.]+\]$/i;
  if (siteUrl && (!siteUrl.startsWith(`${url.protocol}//`) || /[\s\\]/.test(siteUrl) || !host.test(url.hostname) || url.port === '0')) {
    throw new Error(`SITE_URL="${siteUrl}" must be written as it is published: https://host/path, no spaces, backslashes or port 0`);
  }
  // A path that holds a page's file name ("/sco/index.html") names a page, not the folder the site is served from ("/sco/v1.2/" is a folder).
  if (/\.(?:html?|xml|json|php|aspx?|jsp|txt|pdf)(?:\/|$)/i.test(basePath || url.pathname)) {
    const [variable, example] = basePath ? ['BASE_PATH', '/sco/'] : ['SITE_URL', 'https://example.org/sco/'];
    throw new Error(
      `${variable}="${basePath || siteUrl}" names a file: give the folder the site is served from, e.g. ${variable}=${example}`,
    );
  }
  const pathInUrl = url.pathname.replace(/\/+$/, '');
  if (basePath && !basePath.startsWith('/'))
    throw new Error(`BASE_PATH="${basePath}" must begin with a slash, e.g. BASE_PATH=/${basePath}`);
  const given = basePath ? `${basePath.replace(/\/+$/, '')}/` : '/';
  // A path in SITE_URL and none in BASE_PATH: the deployer meant the site to live there.
  const base = pathInUrl && given === '/' ? `${pathInUrl}/` : given;
  if (pathInUrl && base !== `${pathInUrl}/`) {
    throw new Error(`SITE_URL="${siteUrl}" has the path ${pathInUrl}/ and BASE_PATH="${basePath}" another: give the path in one of them`);
  }
  // A plain path, whichever variable gives it: segments of letters, digits, "-", "_", "." and
  // "~" (RFC 3986's unreserved), none ending in "." ("..", "sco."). "//host/" would send every link
  // off-site, "?" or a space would publish pages no link reaches, "/a/../" would not mean what it
  // says, and a server may drop a segment's trailing dot.
  const segments = base.slice(1, -1).split('/');
  if ((base !== '/' && segments.some((segment) => !/^[A-Za-z0-9._~-]*[A-Za-z0-9_~-]$/.test(segment))) || /\/\//.test(basePath ?? '')) {
    const variable = basePath ? `BASE_PATH="${basePath}"` : `SITE_URL="${siteUrl}", whose path is the base path,`;
    throw new Error(
      `${variable} must be a plain path of letters, digits, "-", "_", "." and "~" between single slashes, no segment ending in ".", e.g. BASE_PATH=/sco-meetings/`,
    );
  }
  return { site: url.origin, base };
}

/** Whether an origin is this machine's, which no reader can reach: a site built for it is no site to publish. */
export const isLocalAddress = (site: string): boolean =>
  /^https?:\/\/(?:localhost|127(?:\.\d+){3}|0\.0\.0\.0|\[::1?\])(?::\d+)?$/i.test(site);
