import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import noScriptCsp from './src/integrations/no-script-csp.ts';
import pageBudget from './src/integrations/page-budget.ts';
import { contentFolder, readContent } from './src/content-checks.ts';
import { movedPairRedirects } from './src/lib/compare/moved-pairs.ts';
import { deployAddress, isLocalAddress } from './src/lib/deploy-address.ts';
import { markdownProcessor } from './src/markdown.ts';

// Where the site is published: its public address and the path under it. Canonical URLs,
// feeds and the sitemap use SITE_URL; every internal link and asset carries BASE_PATH.
const { site, base } = deployAddress(process.env['SITE_URL'], process.env['BASE_PATH']);

// A site built to publish without its address would point every canonical URL, the feed,
// the sitemap and the citations at localhost: say so loudly (the dev server needs none).
if (isLocalAddress(site) && process.argv.includes('build')) {
  console.warn(
    `\nWarning: SITE_URL is ${process.env['SITE_URL'] ? 'this machine' : 'not set'}. Canonical URLs, the feed, the sitemap and citations will point at ${site}.\n` +
      'Build with SITE_URL=https://your.domain (and BASE_PATH if the site lives under a path) before publishing.\n',
  );
}

// The reports in date order and the pairs content/changelog.yaml records as published.
const { reports, publishedPairs } = readContent(contentFolder());

// CACHE_DIR lets the tests and the benchmark build (with --outDir) in temporary folders
// without sharing Astro's content cache with the normal build.
const cacheDir = process.env['CACHE_DIR'];

export default defineConfig({
  site,
  base,
  ...(cacheDir ? { cacheDir } : {}),
  trailingSlash: 'always',
  // A pair page content/changelog.yaml records as published, which the content no longer makes
  // (a meeting inserted between its two), leads on to the page that covers it now.
  redirects: movedPairRedirects(
    publishedPairs,
    reports.map((report) => report.id),
    base,
  ),
  build: {
    // One request per page: the stylesheet goes into every page's <head>.
    inlineStylesheets: 'always',
  },
  // Astro writes a Content-Security-Policy <meta> with a hash of each inline style. The site
  // ships no script, so nothing but its own styles and images is allowed. connect-src 'self'
  // is there for tools, not for the page (no script can run to use it): Lighthouse fetches
  // robots.txt from inside the page, and fails its SEO audit when the policy forbids that.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: ["default-src 'none'", "img-src 'self' data:", "connect-src 'self'", "base-uri 'none'", "form-action 'none'"],
    },
  },
  // @astrojs/sitemap leaves the 404 page out by itself.
  integrations: [sitemap(), noScriptCsp(), pageBudget()],
  vite: {
    // Bundled into the build's own chunks rather than loaded by Node: date-fns's package.json
    // maps 741 exports, and Node would read it again for each of the files it loads.
    resolve: { noExternal: ['date-fns'] },
    // The dev server reloads a page in error on any change it sees under the project, and the
    // tests and `npm run build` write there (Vite leaves out only Playwright's default folder).
    server: { watch: { ignored: ['**/test-output/**', '**/dist.partial/**'] } },
  },
  markdown: {
    // Reports have no code; Shiki's inline styles would also break the CSP.
    syntaxHighlight: false,
    processor: markdownProcessor(base),
  },
});
