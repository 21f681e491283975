/**
 * The collections: a Markdown file per meeting report in the top-level `content/` folder (or
 * CONTENT_DIR, so that tests and the benchmark can build other sets of reports), and the
 * curated lists beside them. The file name is the entry id and the URL slug:
 * content/2024-islamabad.md becomes /meetings/2024-islamabad/. The schemas
 * (src/content-schemas.ts) reject any file whose facts are missing, mistyped or impossible,
 * naming the file and the field.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { assertContent, contentFolder, readList } from './content-checks.ts';
import { changelogSchema, meetingSchema, scopeSchema, themeSchema, topicSchema } from './content-schemas.ts';

const contentDir = contentFolder();

// Every file in content/ is a report or a list the site reads, every list's ids differ, every
// report's frontmatter is valid: checked here, before the loaders, so that a problem names the
// file and the line; the dev server checks again on every request (src/middleware.ts).
assertContent(contentDir);

const meetings = defineCollection({ loader: glob({ pattern: '*.md', base: contentDir }), schema: meetingSchema });

/** The curated cooperation areas and the phrases that signal them. */
const areas = defineCollection({
  loader: file(`${contentDir}/cooperation-areas.yaml`, { parser: readList }),
  schema: topicSchema('an area'),
});

/** The curated political and strategic formulae and the phrases that signal them. */
const formulae = defineCollection({ loader: file(`${contentDir}/formulae.yaml`, { parser: readList }), schema: topicSchema('a formula') });

/** The levels a sentence can speak at besides the bilateral. */
const scopes = defineCollection({ loader: file(`${contentDir}/scopes.yaml`, { parser: readList }), schema: scopeSchema });

/** The themes the topics are grouped in, with the weights that rank the comparison's findings. */
const themes = defineCollection({ loader: file(`${contentDir}/themes.yaml`, { parser: readList }), schema: themeSchema });

/** The versions of the lists and the method, with the fingerprint of each published pair's findings. */
const changelog = defineCollection({ loader: file(`${contentDir}/changelog.yaml`, { parser: readList }), schema: changelogSchema });

export const collections = { meetings, areas, formulae, scopes, themes, changelog };
