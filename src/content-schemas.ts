/**
 * The schemas of the content files: a report's frontmatter, and the entries of the curated
 * lists (formulae, cooperation areas, scopes). They import only astro/zod and pure code, so
 * that tests check them with safeParse without a build; src/content.config.ts gives them to
 * Astro's collections, whose errors name the file and the field.
 */
import { z } from 'astro/zod';
import { isCalendarDate, todayIso } from './lib/dates.ts';
import { PARTICIPANTS } from './lib/participants.ts';
import { PUBLISHERS } from './lib/publishers.ts';
import { codePoint, readText, textProblem } from './lib/text.ts';

/** YAML reads an unquoted 2024-02-30 as 1 March, so dates must be quoted strings. */
const calendarDate = z
  .string({
    error: (issue) =>
      issue.input instanceof Date
        ? 'write the date as a quoted string, e.g. "2024-10-16", so that impossible dates are caught'
        : 'expected a date written as "YYYY-MM-DD"',
  })
  .refine(isCalendarDate, { error: (issue) => `"${String(issue.input)}" is not a real calendar date (YYYY-MM-DD)` });

const text = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .superRefine((value, context) => {
    const problem = textProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  })
  .refine((value) => readText(value).trim() !== '', 'shows nothing: only spaces or characters that show nothing');

/** Text of one line, as a title, a name or a caption is: a line break or tab inside it (a YAML "\\n") shows as a space, or not at all. */
const line = text.refine((value) => !/[\t\n\r]/.test(value), 'must be one line: it holds a line break or a tab');

/** A phrase a list finds in the reports: it needs a word to find ("--" or an emoji alone would never match). */
const phrase = text.refine((value) => /[\p{L}\p{N}]/u.test(readText(value)), 'has no word to find: a phrase needs letters or digits');

/**
 * A map from paragraph or sentence ids to an override: the value it sets, and the words its
 * paragraph or sentence begins with, so that an override cannot move to another paragraph
 * when one is inserted before it. zod reports a bad key as "Invalid key in record"; the
 * message says what a key must look like instead.
 */
const overrideRecord = <T extends z.ZodType>(key: RegExp, keyMessage: string, value: T) =>
  z.record(z.string().regex(key), value, { error: (issue) => (issue.code === 'invalid_key' ? keyMessage : undefined) });

const FIRST_YEAR = 2001;

/** A date field of the frontmatter a refinement was given. */
const dateOf = (issue: { input: unknown }, field: 'meetingDate' | 'publishedOn'): string =>
  String((issue.input as Record<string, unknown>)[field]);

/** A report's frontmatter. */
export const meetingSchema = z
  .strictObject({
    title: line,
    titleSource: z.enum(['publisher', 'site'], {
      error: 'must be "publisher" (the headline as printed) or "site" (the paper printed none)',
    }),
    publisher: z.enum(PUBLISHERS, { error: `must be one of: ${PUBLISHERS.join(', ')}` }),
    publishedOn: calendarDate,
    meetingDate: calendarDate,
    city: line,
    country: line,
    coordinates: z.strictObject({
      latitude: z.number().min(-90).max(90),
      longitude: z.number().min(-180).max(180),
    }),
    meeting: z.strictObject({
      ordinal: z.number({ error: 'must be a whole number, e.g. 23 for the 23rd meeting' }).int().positive(),
      name: line,
    }),
    participants: z
      .array(z.strictObject({ name: line, shortName: line, office: line, country: line }))
      .min(2, 'a meeting has at least two participants')
      .superRefine((list, context) => {
        const names = PARTICIPANTS.map((p) => p.name);
        if (list.length !== PARTICIPANTS.length || !names.every((name) => list.some((p) => p.name === name))) {
          // Shown with any character but plain ASCII named, so that "Li Qiang" with a no-break space does not read as the name required.
          const shown = list.map((p) => p.name.replace(/[^\x20-\x7E]/g, (c) => `<${codePoint(c)}>`)).join(' and ');
          context.addIssue({
            code: 'custom',
            message: `the site lists the meetings of ${names.join(' and ')}; this report names ${shown}`,
          });
          return;
        }
        list.forEach((participant, index) => {
          const known = PARTICIPANTS.find((p) => p.name === participant.name)!;
          for (const field of ['shortName', 'office', 'country'] as const) {
            if (participant[field] !== known[field]) {
              context.addIssue({
                code: 'custom',
                path: [index, field],
                message: `${known.name}'s ${field} is "${known[field]}", by which the analysis finds who speaks; not "${participant[field]}"`,
              });
            }
          }
        });
      }),
    photoCaption: line.optional(),
    // Who speaks in a paragraph, where the rule in src/lib/attribution.ts gets it
    // wrong: { p4: { speaker: Li, begins: "China is ready" } }, or both, or narrative. Checked
    // against the paragraphs' words at build time.
    attribution: overrideRecord(/^p[1-9]\d*$/, 'paragraph ids are p1, p2, …', z.strictObject({ speaker: line, begins: line })).optional(),
    // The level a sentence speaks at, where the rule of content/scopes.yaml gets it wrong:
    // { p1-s1: { scope: bilateral, begins: "China and Russia" } }. Checked at build time.
    scope: overrideRecord(
      /^p[1-9]\d*-s[1-9]\d*$/,
      'sentence ids are p1-s1, p1-s2, …',
      z.strictObject({ scope: line, begins: line }),
    ).optional(),
  })
  // The dates against each other and the calendar: the SCO's heads of government first met in
  // 2001, a report cannot precede its meeting, nor be published after the day of the build.
  .refine((facts) => facts.meetingDate >= `${FIRST_YEAR}`, {
    path: ['meetingDate'],
    error: (issue) => `${dateOf(issue, 'meetingDate')} is before ${FIRST_YEAR}, when the SCO's heads of government first met`,
  })
  .refine((facts) => facts.publishedOn >= facts.meetingDate, {
    path: ['publishedOn'],
    error: (issue) =>
      `${dateOf(issue, 'publishedOn')} is before meetingDate ${dateOf(issue, 'meetingDate')}: a report cannot precede the meeting`,
  })
  .refine((facts) => facts.publishedOn <= todayIso(), {
    path: ['publishedOn'],
    error: (issue) => `${dateOf(issue, 'publishedOn')} is after today, ${todayIso()}`,
  });

/** How a YAML file writes each kind of value zod expects or receives. */
const YAML_KIND: Record<string, string> = {
  object: 'a mapping (indented "key: value" lines)',
  record: 'a mapping (indented "key: value" lines)',
  array: 'a list (lines that begin with "- ")',
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  date: 'a date',
  null: 'empty',
};

function yamlKindOf(value: unknown): string {
  if (value === null) return YAML_KIND['null']!;
  if (Array.isArray(value)) return YAML_KIND['array']!;
  if (value instanceof Date) return YAML_KIND['date']!;
  // YAML's .nan and .inf are numbers to JavaScript, but no number a field can hold.
  if (typeof value === 'number' && !Number.isFinite(value)) return `${String(value)} (YAML's .nan or .inf)`;
  return YAML_KIND[typeof value] ?? typeof value;
}

/**
 * zod's messages in the terms of the file an editor has open: "must be a list (lines that
 * begin with "- "), not a mapping" where zod says "expected array, received object" (an alias
 * to the wrong anchor gives that too), "is not a field of this file" for an unknown key
 * (`__proto__` included). Messages a schema sets itself are kept. Pass it to safeParse.
 */
export const inFileTerms: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return 'is missing';
    return `must be ${YAML_KIND[issue.expected] ?? issue.expected}, not ${yamlKindOf(issue.input)}`;
  }
  if (issue.code === 'unrecognized_keys') {
    const merge = issue.keys.includes('<<') ? ' (YAML merge keys, <<, are not read: write the fields out)' : '';
    return `${issue.keys.map((key) => `"${key}"`).join(', ')} ${issue.keys.length > 1 ? 'are not fields' : 'is not a field'} of this file${merge}`;
  }
  return undefined;
};

/** A weight for ranking the comparison's findings: a whole number from 1 (least) to 5 (most). */
const weight = z.number({ error: 'must be a whole number from 1 to 5' }).int('must be a whole number from 1 to 5').min(1).max(5);

/**
 * A curated topic: an id, a name, its theme (an id of content/themes.yaml), the phrases that
 * signal it, whether they are variant wordings, a weight of its own where its theme's is wrong, and
 * the wider topics it is part of.
 */
export const topicSchema = (what: string) =>
  z.strictObject({
    id: text,
    name: text,
    theme: text,
    weight: weight.optional(),
    phrases: z.array(phrase).min(1, `${what} needs at least one phrase that signals it`),
    variants: z.boolean({ error: 'must be true or false' }).optional(),
    /** Ids of wider topics that each mention of this one also counts for (a Culture Year is culture). */
    parents: z.array(text).min(1, 'list at least one topic id, or leave parents out').optional(),
  });

/** A theme of the topics, by which the comparison ranks what changed. */
export const themeSchema = z.strictObject({ id: text, name: text, weight });

/** A level a sentence can speak at besides the bilateral, and the phrases that signal it. */
export const scopeSchema = z.strictObject({
  id: text.refine((id) => id !== 'bilateral', '"bilateral" is the scope of every other sentence; choose another id'),
  name: text,
  phrases: z.array(phrase).min(1, 'a scope needs at least one phrase that signals it'),
});

/**
 * A version of the curated lists and the method, newest last: when, what changed, and the
 * fingerprint of each published pair's findings at that version ("2023-bishkek--2024-islamabad").
 */
export const changelogSchema = z.strictObject({
  id: text,
  date: calendarDate,
  changes: text,
  pairs: z.record(
    z.string().regex(/^[a-z0-9-]+--[a-z0-9-]+$/, 'must be a pair, "2023-bishkek--2024-islamabad"'),
    z.string().regex(/^[0-9a-f]{12}$/, 'must be a fingerprint of 12 hex digits'),
  ),
});
