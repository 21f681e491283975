/**
 * `npm run lighthouse`: builds the site, serves it on 127.0.0.1, and runs Lighthouse on every
 * page with Debian's Chromium (CHROME_PATH, default /usr/bin/chromium), with the mobile and
 * the desktop presets. Writes the four category scores and FCP, LCP, TBT and CLS per page as
 * a Markdown table and JSON to test-output/lighthouse/. A script, not a test: timings vary
 * with the machine.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Flags } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { buildSite, projectRoot, testOutput } from '../support/build.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../support/chromium.ts';
import { listPages } from '../support/html.ts';
import { preview } from 'astro';

const outDir = `${testOutput}/lighthouse`;
const siteDir = `${outDir}/site`;
const build = await buildSite({ outDir: siteDir });
if (build.status !== 0) throw new Error(`the site did not build:\n${build.output}`);

// Astro's own preview server, as the browser tests use.
const server = await preview({ root: projectRoot, outDir: siteDir, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
const origin = `http://127.0.0.1:${server.port}`;
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: ['--headless=new', '--no-first-run', ...CHROMIUM_FLAGS],
});

interface Result {
  page: string;
  preset: 'mobile' | 'desktop';
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Audits that lost points, for the categories that are not at 100. */
  failing: string[];
}

const results: Result[] = [];
try {
  for (const page of listPages(siteDir).filter((p) => p !== '/404.html')) {
    for (const preset of ['mobile', 'desktop'] as const) {
      const flags: Flags = { port: chrome.port, output: 'json', logLevel: 'error' };
      const runner = await lighthouse(`${origin}${page}`, flags, preset === 'desktop' ? desktopConfig : undefined);
      const lhr = runner!.lhr;
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const metric = (id: string) => lhr.audits[id]?.numericValue ?? -1;
      results.push({
        page,
        preset,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        fcpMs: Math.round(metric('first-contentful-paint')),
        lcpMs: Math.round(metric('largest-contentful-paint')),
        tbtMs: Math.round(metric('total-blocking-time')),
        cls: Math.round(metric('cumulative-layout-shift') * 1000) / 1000,
        failing: Object.values(lhr.categories).flatMap((category) =>
          category.auditRefs
            .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
            .map((ref) => `${category.id}: ${ref.id}`),
        ),
      });
      console.log(JSON.stringify(results.at(-1)));
    }
  }
} finally {
  chrome.kill();
  await server.stop();
}

const table = [
  '| page | preset | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...results.map(
    (r) =>
      `| \`${r.page}\` | ${r.preset} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${r.fcpMs} ms | ${r.lcpMs} ms | ${r.tbtMs} ms | ${r.cls} |`,
  ),
].join('\n');
mkdirSync(outDir, { recursive: true });
writeFileSync(`${outDir}/lighthouse.md`, `${table}\n`);
writeFileSync(`${outDir}/lighthouse.json`, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\n${table}\n\nWritten to ${outDir}/`);
