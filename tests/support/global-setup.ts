import { rmSync } from 'node:fs';
import { buildSite, siteDir } from './build.ts';

export default function setup(): void {
  rmSync(siteDir, { recursive: true, force: true });
  rmSync(`${siteDir}-cache`, { recursive: true, force: true });
  const { status, output } = buildSite({ outDir: siteDir });
  if (status !== 0) throw new Error(`The site did not build:\n${output}`);
}
