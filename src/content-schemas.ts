/**
 * The schemas of one entry of a content file: a report's frontmatter, an entry of a curated
 * list. Pure (astro/zod and src/lib), so that tests check them with safeParse; the content
 * checks and Astro's collections both apply them.
 */
import { z } from 'astro/zod';
import { isCalendarDate, todayIso } from './lib/dates.ts';
import { PARTICIPANTS } from './lib/participants.ts';
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
const phrase = text.refine((value) => /[\p{L}\p{N}]/u.test(readText(value)), {
  error: (issue) => `"${String(issue.input)}" has no word to find: a phrase needs letters or digits`,
});

/** Overrides by paragraph or sentence id, each with the words it begins with (checked against the text in report-checks.ts); a bad key says what a key looks like. */
const overrides = <T extends z.ZodType>(key: RegExp, keyMessage: string, value: T) =>
  z.record(z.string().regex(key), value, { error: (issue) => (issue.code === 'invalid_key' ? keyMessage : undefined) }).optional();

/** A report's frontmatter. */
export const meetingSchema = z
  .strictObject({
    title: line,
    titleSource: z.enum(['publisher', 'site'], {
      error: 'must be "publisher" (the headline as printed) or "site" (the paper printed none)',
    }),
    publisher: line,
    // The outlet as citations name it, where that is not `publisher`: "Xinhua News Agency" for "Xinhua".
    publisherFullName: line.optional(),
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
    // The two whose meetings the site lists, in the words by which the analysis finds who speaks.
    participants: z.array(z.strictObject({ name: line, shortName: line, office: line, country: line })).superRefine((list, context) => {
      const names = PARTICIPANTS.map((p) => p.name);
      if (list.length !== names.length || names.some((name) => !list.some((p) => p.name === name))) {
        // Any character but plain ASCII is named: "Li Qiang" with a no-break space is not the name required.
        const shown = list.map((p) => p.name.replace(/[^\x20-\x7E]/g, (c) => `<${codePoint(c)}>`)).join(' and ');
        context.addIssue({ code: 'custom', message: `the site lists the meetings of ${names.join(' and ')}; this report names ${shown}` });
        return;
      }
      list.forEach((participant, index) => {
        const known = PARTICIPANTS.find((p) => p.name === participant.name)!;
        for (const field of ['shortName', 'office', 'country'] as const) {
          if (participant[field] === known[field]) continue;
          const message = `${known.name}'s ${field} is "${known[field]}", by which the analysis finds who speaks; not "${participant[field]}"`;
          context.addIssue({ code: 'custom', path: [index, field], message });
        }
      });
    }),
    photoCaption: line.optional(),
    // Who speaks in a paragraph where src/lib/attribution.ts is wrong: { p4: { speaker: Li, begins: "China is ready" } }.
    attribution: overrides(/^p[1-9]\d*$/, 'paragraph ids are p1, p2, …', z.strictObject({ speaker: line, begins: line })),
    // The level a sentence speaks at where content/scopes.yaml is wrong: { p1-s1: { scope: bilateral, begins: "China and Russia" } }.
    scope: overrides(/^p[1-9]\d*-s[1-9]\d*$/, 'sentence ids are p1-s1, p1-s2, …', z.strictObject({ scope: line, begins: line })),
  })
  // The SCO's heads of government first met in 2001; a report cannot precede its meeting, nor be published after the build.
  .superRefine(({ meetingDate, publishedOn }, context) => {
    const refuse = (field: string, message: string) => context.addIssue({ code: 'custom', path: [field], message });
    if (meetingDate < '2001') refuse('meetingDate', `${meetingDate} is before 2001, when the SCO's heads of government first met`);
    if (publishedOn < meetingDate)
      refuse('publishedOn', `${publishedOn} is before meetingDate ${meetingDate}: a report cannot precede the meeting`);
    if (publishedOn > todayIso()) refuse('publishedOn', `${publishedOn} is after today, ${todayIso()}`);
  });

/** How a YAML file writes each kind of value, by zod's name for it or JavaScript's type. */
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

/** The kind of a value as YAML writes it; YAML's .nan and .inf are numbers to JavaScript, but no number a field can hold. */
function yamlKindOf(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return `${String(value)} (YAML's .nan or .inf)`;
  const kind = value === null ? 'null' : Array.isArray(value) ? 'array' : value instanceof Date ? 'date' : typeof value;
  return YAML_KIND[kind] ?? kind;
}

/** zod's messages in the file's terms: "must be a list (lines that begin with "- "), not a mapping" for "expected array, received object", "is not a field of this file" (`__proto__` too). */
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

/** A curated topic: its theme (of content/themes.yaml), the phrases that signal it, a weight where its theme's is wrong, the wider topics it is part of. */
export const topicSchema = (what: string) =>
  z.strictObject({
    id: text,
    name: text,
    theme: text,
    weight: weight.optional(),
    phrases: z.array(phrase).min(1, `${what} needs at least one phrase that signals it`),
    variants: z.boolean({ error: 'must be true or false' }).optional(),
    parents: z.array(text).min(1, 'list at least one topic id, or leave parents out').optional(),
    // The wider topics it is part of at a level of content/scopes.yaml: { sco: [multilateral-coordination] }.
    parentsAtLevel: z.record(text, z.array(text).min(1, 'list at least one topic id')).optional(),
  });

/** A theme of the topics, by which the comparison ranks what changed. */
export const themeSchema = z.strictObject({ id: text, name: text, weight });

/** A level a sentence can speak at besides the bilateral, and the phrases that signal it. */
export const scopeSchema = z.strictObject({
  id: text.refine((id) => id !== 'bilateral', '"bilateral" is the scope of every other sentence; choose another id'),
  name: text,
  phrases: z.array(phrase).min(1, 'a scope needs at least one phrase that signals it'),
});

/** A version of the lists and the method, newest last, with the fingerprint of each published pair's findings. */
export const changelogSchema = z.strictObject({
  // Counted, so that the newest is the highest whatever order a store keeps them in.
  id: z.string().regex(/^[1-9]\d*$/, 'must be the version\'s number, quoted: "10"'),
  date: calendarDate,
  changes: text,
  pairs: z.record(
    z.string().regex(/^[a-z0-9-]+--[a-z0-9-]+$/, 'must be a pair, "2023-bishkek--2024-islamabad"'),
    z.string().regex(/^[0-9a-f]{12}$/, 'must be a fingerprint of 12 hex digits'),
  ),
});
