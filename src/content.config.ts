/**
 * The one collection: a Markdown file per meeting report in the top-level `content/`
 * folder (or CONTENT_DIR, so that tests and the benchmark can build other sets of reports).
 * The file name is the entry id and the URL slug: content/2024-islamabad.md becomes
 * /meetings/2024-islamabad/. The schema rejects any file whose facts are missing, mistyped
 * or impossible, naming the file and the field.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { isCalendarDate } from './lib/dates.ts';
import { PUBLISHERS } from './lib/meetings.ts';

const contentDir = process.env['CONTENT_DIR'] ?? './content';

/** YAML reads an unquoted 2024-02-30 as 1 March, so dates must be quoted strings. */
const calendarDate = z
  .string({
    error: (issue) =>
      issue.input instanceof Date
        ? 'write the date as a quoted string, e.g. "2024-10-16", so that impossible dates are caught'
        : 'expected a date written as "YYYY-MM-DD"',
  })
  .refine(isCalendarDate, { error: (issue) => `"${String(issue.input)}" is not a real calendar date (YYYY-MM-DD)` });

/** A file read as UTF-8 that was not UTF-8 shows U+FFFD where its bytes did not decode. */
const REPLACEMENT_CHARACTER = '\uFFFD';

const text = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .refine((value) => !value.includes(REPLACEMENT_CHARACTER), 'has bytes that are not UTF-8: save the file as UTF-8');

const meetings = defineCollection({
  loader: glob({ pattern: '*.md', base: contentDir }),
  schema: z.strictObject({
    title: text,
    titleSource: z.enum(['publisher', 'site'], {
      error: 'must be "publisher" (the headline as printed) or "site" (the paper printed none)',
    }),
    publisher: z.enum(PUBLISHERS, { error: `must be one of: ${PUBLISHERS.join(', ')}` }),
    publishedOn: calendarDate,
    meetingDate: calendarDate,
    city: text,
    country: text,
    coordinates: z.strictObject({
      latitude: z.number().min(-90).max(90),
      longitude: z.number().min(-180).max(180),
    }),
    meeting: z.strictObject({
      ordinal: z.number({ error: 'must be a whole number, e.g. 23 for the 23rd meeting' }).int().positive(),
      name: text,
    }),
    participants: z
      .array(z.strictObject({ name: text, shortName: text, office: text, country: text }))
      .min(2, 'a meeting has at least two participants'),
    photoCaption: text.optional(),
    // Who speaks in a paragraph, where the rule in src/lib/compare/attribution.ts gets it
    // wrong: { p4: Li } or { p2: narrative }. Checked against the paragraphs at build time.
    attribution: z.record(z.string().regex(/^p[1-9]\d*$/, 'paragraph ids are p1, p2, …'), text).optional(),
    // The level a sentence speaks at, where the rule of content/scopes.yaml gets it wrong:
    // { p1-s1: bilateral } or { p6-s1: sco }. Checked against the sentences at build time.
    scope: z.record(z.string().regex(/^p[1-9]\d*-s[1-9]\d*$/, 'sentence ids are p1-s1, p1-s2, …'), text).optional(),
  }),
});

/** A curated topic: an id, a name, the phrases that signal it, and whether they are variant wordings. */
const topic = (what: string) =>
  z.strictObject({
    id: text,
    name: text,
    phrases: z.array(text).min(1, `${what} needs at least one phrase that signals it`),
    variants: z.boolean({ error: 'must be true or false' }).optional(),
  });

/** The curated cooperation areas and the phrases that signal them. */
const areas = defineCollection({ loader: file(`${contentDir}/cooperation-areas.yaml`), schema: topic('an area') });

/** The curated political and strategic formulae and the phrases that signal them. */
const formulae = defineCollection({ loader: file(`${contentDir}/formulae.yaml`), schema: topic('a formula') });

/** The levels a sentence can speak at besides the bilateral, and the phrases that signal them. */
const scopes = defineCollection({
  loader: file(`${contentDir}/scopes.yaml`),
  schema: z.strictObject({
    id: text.refine((id) => id !== 'bilateral', '"bilateral" is the scope of every other sentence; choose another id'),
    name: text,
    phrases: z.array(text).min(1, 'a scope needs at least one phrase that signals it'),
  }),
});

export const collections = { meetings, areas, formulae, scopes };
