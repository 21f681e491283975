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
  const pathInUrl = url.pathname.replace(/\/+$/, '');
  let base = basePath || '/';
  if (!base.startsWith('/')) throw new Error(`BASE_PATH="${basePath}" must begin with a slash, e.g. BASE_PATH=/${base}`);
  if (!base.endsWith('/')) base = `${base}/`;
  // A plain path: segments of letters, digits, "-", "_", "." and "~" (RFC 3986's unreserved),
  // none of them "." or "..". "//host/" would send every link off-site, "?" or a space would
  // publish pages no link reaches, "/a/../" would not mean what it says.
  const segments = base.slice(1, -1).split('/');
  if (base !== '/' && segments.some((segment) => !/^[A-Za-z0-9._~-]+$/.test(segment) || segment === '.' || segment === '..')) {
    throw new Error(
      `BASE_PATH="${basePath}" must be a plain path of letters, digits, "-", "_", "." and "~" between single slashes, e.g. BASE_PATH=/sco-meetings/`,
    );
  }
  // A path in SITE_URL and none in BASE_PATH: the deployer meant the site to live there.
  if (pathInUrl && base === '/') base = `${pathInUrl}/`;
  else if (pathInUrl && `${pathInUrl}/` !== base) {
    throw new Error(`SITE_URL="${siteUrl}" has the path ${pathInUrl}/ and BASE_PATH="${basePath}" another: give the path in one of them`);
  }
  return { site: url.origin, base };
}
