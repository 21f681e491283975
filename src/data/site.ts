/** Site-wide constants for the pages, bound to this build's public address and base path. */
import { sitePaths } from '../lib/paths.ts';

export const SITE_NAME = 'Li Qiang and Mikhail Mishustin at the SCO';
export const paths = sitePaths(import.meta.env.BASE_URL);

/** An absolute URL on the public site (SITE_URL at build time) for a path that includes the base. */
export function absoluteUrl(path: string): string {
  return new URL(path, import.meta.env.SITE).href;
}
