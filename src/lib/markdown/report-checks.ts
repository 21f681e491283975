/**
 * The rules of a report's text, each failing the file with its line and what to do: what Markdown would take
 * from a report without a word or read otherwise than a reader does, and the frontmatter's overrides, which
 * point into the text (docs/content-rules.md lists them).
 */
import type { Nodes, Root } from 'mdast';
import { existsSync, readFileSync } from 'node:fs';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { parseEntities } from 'parse-entities';
import { BOTH, NARRATIVE, OTHER, type Speaker } from '../attribution.ts';
import { BILATERAL, type Scope } from '../compare/levels.ts';
import { sentenceKey } from '../compare/topics.ts';
import { FieldError, LEGACY_REFERENCE, legacyReferenceAdvice, readText, textProblem } from '../text.ts';

/** How many lines stand above a report's body in its file (the frontmatter and its fences), if the file at `path` holds `body`. */
export function linesBefore(path: string | undefined, body: string): number | undefined {
  const source = path && existsSync(path) ? readFileSync(path, 'utf8') : '';
  const at = source.lastIndexOf(body);
  return at < 0 ? undefined : source.slice(0, at).split('\n').length - 1;
}

/** Fails the file at a line of its body, counted as the file's line where the file can be read (Markdown is parsed from the body alone). */
function failAt(file: VFile, bodyLine: number | undefined, reason: string, body = String(file.value)): never {
  if (!bodyLine) return file.fail(reason);
  const before = linesBefore(file.path, body);
  const line = bodyLine + (before ?? 0);
  const where = before === undefined ? `line ${line} of the text below the frontmatter` : `line ${line}`;
  return file.fail(`${where}: ${reason}`, { place: { line, column: 1 } });
}

/** More `*` or `_` than this in one paragraph is not prose. */
export const MAX_EMPHASIS_MARKS = 200;

/** The problem with a report body's emphasis marks: the paragraph's first line in the body, and the reason; or undefined. */
export function emphasisProblem(markdown: string): { line: number; reason: string } | undefined {
  let start = 0;
  let marks = 0;
  for (const [index, line] of [...markdown.split('\n'), ''].entries()) {
    if (line.trim() !== '') marks += line.match(/[*_]/g)?.length ?? 0;
    else if (marks > MAX_EMPHASIS_MARKS) {
      const reason = `${marks} emphasis marks (* or _) in one paragraph, more than the ${MAX_EMPHASIS_MARKS} a report's prose could hold; is it a broken copy?`;
      return { line: start + 1, reason };
    } else [start, marks] = [index + 1, 0];
  }
  return undefined;
}

/** Why a paragraph pasted from a page or a spreadsheet is no prose: a table, a list Markdown does not know, page furniture. */
const PAGE_FURNITURE =
  /^\s*(?:(?:related(?: stories| news| articles)?|read (?:more|also)|also read|see also|share(?: this)?|tags|keywords|editors?|source|photo|copyright)\s*:|©|copyright\s+(?:©|\(c\)|\d{4})|\[\d+\]\s|by\s[^|\n]*\|)/i;
/** A wire agency's credit line: "Reporting by Anna Smith; Editing by John Doe" (a name, so that prose beginning "Reporting by the agencies" is not one). */
const CREDIT_LINE = /^\s*(?:Additional reporting|Reporting|Editing|Writing) by \p{Lu}/u;
function notProse(lines: readonly string[]): string | undefined {
  const rows = lines.length > 1;
  const table =
    (rows && lines.every((l) => l.includes('|')) && lines.some((l) => /^[\s|:+=-]*[-=][\s|:+=-]*$/.test(l))) ||
    (rows && lines.every((l) => /^\s*\|.*\|\s*$/.test(l))) ||
    lines.some((l) => /[\u2500-\u257F]/.test(l)) ||
    (rows && lines.filter((l) => l.includes('\t')).length > 1);
  if (table)
    return 'a table (rows of | … |, box lines or tab-separated columns) is pasted here: a report is paragraphs of text; write what it says as sentences, or leave it out';
  if (lines.some((l) => /^\s*[•·▪◦‣∙●○■□►➢]\s/.test(l)) || (rows && lines.filter((l) => /^\s*\(\d+\)\s/.test(l)).length > 1))
    return 'a list (lines that begin with • or (1)) is pasted here: a report is paragraphs of text; write its items as sentences, or leave it out';
  if (lines.some((line) => PAGE_FURNITURE.test(line) || CREDIT_LINE.test(line)))
    return "this looks like page furniture pasted with the report (a related link, a share, tag or source line, an editor's credit, a byline, a copyright or note line), which the site would show as the reporter's words: delete it";
  return undefined;
}

const SEEMINGLY_BLANK =
  'this line looks blank but holds a no-break or zero-width space, which joins the paragraphs around it: make it an empty line';

/** What a remark plugin sees of its processor: the parser remark-parse set. */
interface WithParser {
  parser?: ((document: string, file: VFile) => unknown) | undefined;
}

/** http(s), a fragment, or a path: "/x" but not "//host", which is another site. */
const SAFE_HREF = /^(?:https?:\/\/|#|\/(?!\/)|\.{1,2}\/)/i;

/** What Markdown makes of what a report may not hold, in the words of the editor who typed it. */
const REFUSED: Record<string, string> = {
  html: 'raw HTML is not allowed in a report; write plain Markdown',
  list: 'a line that begins with "- ", "+ ", "* " or "1. " makes a list; if it is a wrapped line of a paragraph, join it to the line before',
  blockquote: 'a line that begins with ">" makes a quotation',
  code: 'a fenced (```) or indented line makes code',
  inlineCode: 'text between backticks is code',
  thematicBreak: 'a line of ---, *** or ___ between paragraphs makes a rule',
  image: "an image (![…](…)): the site shows the report's words only",
  linkReference: 'a link to a definition ([…][…])',
  imageReference: "an image (![…][…]): the site shows the report's words only",
};

/** The reason a Markdown node may not stand in a report, or undefined if it may. */
function problemWith(node: Nodes, lines: readonly string[]): string | undefined {
  switch (node.type) {
    case 'root':
    case 'text':
    case 'emphasis':
    case 'strong':
    case 'break':
      return undefined;
    // Markdown without tables reads a pasted table's rows as one paragraph of pipes, which
    // would shift every paragraph's number after it, and its cells as the reporter's words.
    case 'paragraph':
      return notProse(lines.slice((node.position?.start.line ?? 1) - 1, node.position?.end.line));
    case 'heading':
      if (!(lines[(node.position?.start.line ?? 1) - 1] ?? '').trimStart().startsWith('#'))
        return 'a line of --- or === under this paragraph makes it a heading; leave a blank line before ---, or write a heading as ## Heading';
      return node.depth === 1 ? "a # heading is the page's title, which the site writes: make it ## Heading" : undefined;
    case 'link':
      return SAFE_HREF.test(node.url) ? undefined : `link target "${node.url}" is not allowed; use http(s), a path or a #fragment`;
    case 'definition':
      return `"[${node.label ?? node.identifier}]: ${node.url}" reads as a Markdown link definition, which is never shown; write the paragraph so that it does not begin with [text]:`;
    default:
      return `${REFUSED[node.type] ?? `Markdown reads this as ${node.type}`}; a report is only paragraphs and headings (## to ######), with emphasis and links`;
  }
}

/** A paragraph, heading or link a reader cannot see (empty, white space, characters that show nothing) would still take a number, an id, a click. */
function showsNothing(node: Nodes): string | undefined {
  if (readText(toString(node)).trim() !== '') return undefined;
  if (node.type === 'link') return 'a link with no words to click; give it its words, or delete it';
  if (node.type === 'paragraph' || node.type === 'heading')
    return `a ${node.type} that shows nothing (no words, or only spaces or invisible characters); delete it`;
  return undefined;
}

/**
 * remark plugin: the rules of a report's text as typed and as Markdown reads it. It holds only
 * paragraphs and headings, with emphasis and links; anything else fails the file rather than
 * being stripped silently: every word a reader sees is one an editor saw.
 */
export function remarkReportCheck(this: WithParser) {
  // The parser's handling of emphasis takes time that grows with the square of the marks in a
  // paragraph, and its stack with their nesting: such a report is refused before it is parsed.
  const parse = this.parser;
  this.parser = (document, file) => {
    const problem = emphasisProblem(document);
    if (problem) failAt(file, problem.line, problem.reason, document);
    return parse?.(document, file);
  };
  return (tree: Root, file: VFile): void => {
    const lines = String(file.value).split('\n');
    // Line by line, as typed and with character references decoded (&#x202E; is the character).
    // A line copied from a web page may look blank and be none to Markdown (SEEMINGLY_BLANK).
    lines.forEach((typed, index) => {
      const legacy = LEGACY_REFERENCE.exec(typed)?.[0];
      const line = parseEntities(typed);
      const blank = /[^ \t\r]/.test(typed) && readText(line).trim() === '';
      const problem = legacy ? legacyReferenceAdvice(legacy) : (textProblem(line) ?? (blank ? SEEMINGLY_BLANK : undefined));
      if (problem) failAt(file, index + 1, problem);
    });
    // What may stand anywhere first, so that an image is refused as an image, not as a paragraph that shows nothing.
    for (const check of [(node: Nodes) => problemWith(node, lines), showsNothing]) {
      visit(tree, (node) => {
        const problem = check(node);
        if (problem) failAt(file, node.position?.start.line, problem);
      });
    }
    if (!tree.children.some((node) => node.type === 'paragraph')) file.fail('the report has no paragraphs');
  };
}

const squeezed = (text: string): string => readText(text).replace(/\s+/g, ' ').trim();

/**
 * A report's overrides of one kind (attribution.p4, scope.p1-s1): each names a paragraph or sentence that
 * exists, a value the site knows, and words that begin it and no other, so that it cannot move when a
 * paragraph is inserted, nor rest on "He". Throws naming the field.
 */
function checkOverrides<Key extends string>(
  field: 'attribution' | 'scope',
  key: Key,
  overrides: Readonly<Record<string, Record<Key | 'begins', string>>>,
  units: readonly { id: string; text: string }[],
  values: readonly string[],
): Record<string, string> {
  const kind = field === 'attribution' ? 'paragraph' : 'sentence';
  return Object.fromEntries(
    Object.entries(overrides).map(([id, { [key]: value, begins }]) => {
      const text = units.find((unit) => unit.id === id)?.text;
      if (text === undefined) throw new FieldError(`${field}.${id}`, `there is no ${kind} ${id} in the report`);
      if (!values.includes(value))
        throw new FieldError(`${field}.${id}.${key}`, `"${value}" is not one of ${values.map((v) => `"${v}"`).join(', ')}`);
      if (!squeezed(text).startsWith(squeezed(begins))) {
        const actual = squeezed(text).split(' ').slice(0, 6).join(' ');
        throw new FieldError(
          `${field}.${id}.begins`,
          `${kind} ${id} begins "${actual}…", not "${begins}": the report changed; point the override at its ${kind} again`,
        );
      }
      const also = units.filter((unit) => unit.id !== id && squeezed(unit.text).startsWith(squeezed(begins))).map((unit) => unit.id);
      if (also.length > 0) {
        throw new FieldError(
          `${field}.${id}.begins`,
          `"${begins}" also begins ${kind} ${also.join(', ')}: give more of its first words, so that they name one ${kind}`,
        );
      }
      return [id, value];
    }),
  );
}

/** A report's attribution overrides, checked against its paragraphs and participants: the speaker by paragraph id. */
export const checkAttributionOverrides = (
  overrides: Readonly<Record<string, { speaker: string; begins: string }>>,
  paragraphs: readonly { id: string; text: string }[],
  speakers: readonly Speaker[],
): Record<string, string> =>
  checkOverrides('attribution', 'speaker', overrides, paragraphs, [...speakers.map((s) => s.shortName), BOTH, NARRATIVE, OTHER]);

/** A report's scope overrides, checked against its sentences and the scopes: the scope id by sentence id. */
export function checkScopeOverrides(
  overrides: Readonly<Record<string, { scope: string; begins: string }>>,
  paragraphs: readonly { sentences: readonly string[] }[],
  scopes: readonly Scope[],
): Record<string, string> {
  const sentences = paragraphs.flatMap((p, paragraph) =>
    p.sentences.map((text, sentence) => ({ id: sentenceKey({ paragraph, sentence }), text })),
  );
  const ids = [BILATERAL, ...scopes].map((s) => s.id);
  return checkOverrides('scope', 'scope', overrides, sentences, ids);
}
