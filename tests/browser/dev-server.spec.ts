/**
 * `npm run dev` with a broken content file: every page, the one open and others, shows the
 * error with the file, the line and the reason (Vite's overlay), instead of the last good page
 * with status 200; and the page comes back as soon as the file is fixed, without a restart.
 * The same for an emptied list, whose old entries Astro's store would keep serving.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { buildEnvironment, projectRoot } from '../support/build.ts';
import { contentDir } from '../support/content.ts';

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });

test('the dev server shows a broken file on the page, and recovers when it is fixed', async ({ page, context }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'one dev server is enough; the overlay is the same at any size');
  test.setTimeout(90_000);
  const dir = mkdtempSync(join(tmpdir(), 'sco-dev-'));
  cpSync(contentDir, join(dir, 'content'), { recursive: true });
  const file = join(dir, 'content', '2024-islamabad.md');
  const good = readFileSync(file, 'utf8');
  const port = await freePort();
  const dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: projectRoot,
    env: { ...buildEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: join(dir, 'content'), CACHE_DIR: join(dir, 'cache') },
  });
  try {
    const origin = `http://127.0.0.1:${port}`;
    // The overlay's client reloads the page itself when a file changes, which can cut a visit short.
    const visit = async (path: string, tab: Page = page) => {
      try {
        return (await tab.goto(`${origin}${path}`))?.status();
      } catch {
        return undefined;
      }
    };
    // The page, good, as someone previewing it would have it open.
    await expect.poll(() => visit('/meetings/2024-islamabad/'), { timeout: 60_000 }).toBe(200);

    writeFileSync(file, good.replace('titleSource: publisher', 'titleSource: printed'));
    // That page, and one not visited before, say what is wrong (the loader keeps the last good
    // entry: a page visited before used to go on answering with it).
    const error =
      '2024-islamabad.md, line 3, titleSource: must be "publisher" (the headline as printed) or "site" (the paper printed none)';
    for (const path of ['/meetings/2024-islamabad/', '/compare/']) {
      await expect.poll(() => visit(path), { timeout: 20_000 }).toBe(500);
      // While a page is in error, the dev server reloads every open page on each file change
      // it sees (Astro's dev controller), and the writes that follow a broken file can keep the
      // page reloading for longer than Playwright's default wait.
      // On a cold start Vite may re-optimize its dependencies and reload the tab once more: visit
      // again until the overlay shows, rather than wait on a page that a reload replaced.
      await expect
        .poll(
          async () => {
            if (!(await page.getByText(error).first().isVisible())) await visit(path);
            return page
              .getByText(error)
              .first()
              .isVisible({ timeout: 3_000 })
              .catch(() => false);
          },
          { timeout: 40_000, intervals: [1_000, 2_000, 3_000] },
        )
        .toBe(true);
    }

    writeFileSync(file, good);
    // The server answers with the page again, without a restart: asked outside the tab, whose
    // error page can go on reloading itself and cut every visit short.
    const status = async (path: string) => (await page.request.get(`${origin}${path}`)).status();
    await expect.poll(() => status('/meetings/2024-islamabad/'), { timeout: 20_000 }).toBe(200);
    // And a tab opened now shows it; its own title, since Astro's dev toolbar adds headings of its own.
    await page.close();
    const fresh = await context.newPage();
    await expect.poll(() => visit('/meetings/2024-islamabad/', fresh), { timeout: 20_000 }).toBe(200);
    await expect(fresh.locator('main h1')).toContainText('strategic coordination');

    // An emptied list: Astro's store keeps the old formulae, and the comparison would go on
    // showing them with status 200. The check on every request says what is wrong instead.
    const list = join(dir, 'content', 'formulae.yaml');
    const formulae = readFileSync(list, 'utf8');
    writeFileSync(list, '# emptied by mistake\n');
    await expect.poll(() => visit('/compare/', fresh), { timeout: 20_000 }).toBe(500);
    await expect(fresh.getByText('formulae.yaml: has no entries').first()).toBeVisible({ timeout: 20_000 });
    writeFileSync(list, formulae);
    await expect.poll(() => status('/compare/'), { timeout: 20_000 }).toBe(200);
  } finally {
    dev.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});
