/** Site-wide constants for the pages, bound to this build's base path. */
import { sitePaths } from '../lib/paths.ts';

export const SITE_NAME = 'Li Qiang and Mikhail Mishustin at the SCO';
export const paths = sitePaths(import.meta.env.BASE_URL);
