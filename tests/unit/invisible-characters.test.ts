/**
 * Characters that show nothing (Unicode's default-ignorable code points) are read past when the
 * text is matched and counted, so that none changes a finding: both reports, with one of them
 * inside every word, and the lists, with one inside every phrase, give the same reading as the
 * texts as printed (src/lib/text.ts, asRead). The characters that are not text are refused
 * (tests/unit/report-model.test.ts).
 */
import { parse } from 'yaml';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { findingsFingerprint } from '../../src/lib/compare/fingerprint.ts';
import type { PairComparison } from '../../src/lib/compare/index.ts';
import { themesInOrder, topicsOf, type TopicEntry } from '../../src/lib/compare/lists.ts';
import type { Theme } from '../../src/lib/compare/topics.ts';
import { comparePairs, realLists, realMeetingPaths } from '../support/analysis.ts';
import { contentDir } from '../support/content.ts';

/** The cases and the rest of the kinds: joiners, a variation selector, fillers, a tag, the soft hyphen, U+FEFF. */
const SHOWS_NOTHING = [
  '\u034F',
  '\uFE0F',
  '\u180E',
  '\u3164',
  '\u115F',
  '\u{E0020}',
  '\u200B',
  '\u200C',
  '\u200D',
  '\u2060',
  '\u00AD',
  '\uFEFF',
];

/** The letters of every word after its third, with `character` between: "str͏ategic". */
const seeded = (text: string, character: string): string => text.replace(/(?<=\p{L}{3})(?=\p{L})/gu, character);

/** Both reports with their text changed by `edit` (the frontmatter as it is). */
function editedReports(edit: (body: string) => string): string[] {
  const folder = mkdtempSync(`${tmpdir()}/shows-nothing-`);
  return Object.values(realMeetingPaths).map((path) => {
    const source = readFileSync(path, 'utf8');
    const bodyStart = source.indexOf('\n---\n', 4) + 5;
    const copy = `${folder}/${path.replace(/^.*\//, '')}`;
    writeFileSync(copy, source.slice(0, bodyStart) + edit(source.slice(bodyStart)));
    return copy;
  });
}

/**
 * What a reader is told: the findings' fingerprint, the words, who speaks where, the dateline;
 * the quotations, which are as typed, with `typed` read back as `read`.
 */
function reading(pair: PairComparison, typed = '', read = ''): unknown {
  const without = <T>(value: T): T =>
    JSON.parse(JSON.stringify(value).replaceAll(JSON.stringify(typed || '\u0000').slice(1, -1), read)) as T;
  const { findings, summary, changes } = without({ findings: pair.findings, summary: pair.summary, changes: pair.changes });
  return {
    findings: findingsFingerprint({ findings, summary, changes }),
    words: [pair.first.wordCount, pair.second.wordCount],
    speakers: [pair.first, pair.second].map((m) => m.paragraphs.map((p) => p.attribution.side)),
    datelines: without([pair.first.dateline, pair.second.dateline]),
    gaps: without([pair.first.speakerGaps, pair.second.speakerGaps]),
  };
}

describe('characters that show nothing', async () => {
  const [printed] = await comparePairs(Object.values(realMeetingPaths));

  it.each(SHOWS_NOTHING.map((c) => [`U+${c.codePointAt(0)!.toString(16).toUpperCase()}`, c]))(
    '%s inside every word of both reports changes no finding',
    async (_name, character) => {
      const [pair] = await comparePairs(editedReports((body) => seeded(body, character)));
      expect(reading(pair!, character)).toEqual(reading(printed!));
    },
  );

  // A page shows any run of white space as one space: so does the analysis.
  it.each([
    ['two spaces', '  '],
    ['a thin space', '\u2009'],
    ['a narrow no-break space', '\u202F'],
    ['an ideographic space', '\u3000'],
    ['a space and a tab', ' \t'],
  ])('%s between every two words of both reports changes no finding', async (_name, space) => {
    const [pair] = await comparePairs(editedReports((body) => body.replace(/(?<=\S) (?=\S)/g, space)));
    expect(reading(pair!, space, ' ')).toEqual(reading(printed!));
  });

  // Characters a reader takes for a hyphen, an apostrophe, a comma or a bracket are read as that.
  it.each([
    ['a non-breaking hyphen', /(?<=\p{L})-(?=\p{L})/gu, '\u2011', '-'],
    ['a minus sign', /(?<=\p{L})-(?=\p{L})/gu, '\u2212', '-'],
    ['an Armenian hyphen', /(?<=\p{L})-(?=\p{L})/gu, '\u058A', '-'],
    ['a fullwidth hyphen', /(?<=\p{L})-(?=\p{L})/gu, '\uFF0D', '-'],
    ['an acute accent for an apostrophe', /(?<=\p{L})['’](?=\p{L})/gu, '\u00B4', '’'],
    ['a modifier letter turned comma', /(?<=\p{L})['’](?=\p{L})/gu, '\u02BB', '’'],
    ['a prime', /(?<=\p{L})['’](?=\p{L})/gu, '\u2032', '’'],
    ['an ideographic comma', /, /g, '\u3001 ', ', '],
    ['a small comma', /, /g, '\uFE50 ', ', '],
    ['an Arabic comma', /, /g, '\u060C ', ', '],
    ["a double oblique hyphen (any dash of Unicode's Dash property)", /(?<=\p{L})-(?=\p{L})/gu, '\u2E17', '-'],
    ['a Mongolian soft hyphen', /(?<=\p{L})-(?=\p{L})/gu, '\u1806', '-'],
    ['a grave accent for an apostrophe', /(?<=\p{L})['’](?=\p{L})/gu, '\u0060', '’'],
    ['a Hebrew geresh for an apostrophe', /(?<=\p{L})['’](?=\p{L})/gu, '\u05F3', '’'],
    ['an Armenian apostrophe', /(?<=\p{L})['’](?=\p{L})/gu, '\u055A', '’'],
    ['a small ideographic comma', /, /g, '\uFE51 ', ', '],
    ['a halfwidth ideographic comma', /, /g, '\uFF64 ', ', '],
    ['a fullwidth opening bracket', /\(/g, '\uFF08', '('],
    ['a fullwidth closing bracket', /\)/g, '\uFF09', ')'],
  ])('%s in place of every one in both reports changes no finding', async (_name, printedForm, typed, read) => {
    const [pair] = await comparePairs(editedReports((body) => body.replace(printedForm, typed)));
    expect(reading(pair!, typed, read)).toEqual(reading(printed!));
  });

  it.each(['\u034F', '\u200B', '\u00AD'])('%j inside every phrase of the lists changes no finding', async (character) => {
    const read = <T>(name: string): T => parse(readFileSync(`${contentDir}/${name}`, 'utf8')) as T;
    const seed = (entries: TopicEntry[]): TopicEntry[] =>
      entries.map((e) => ({ ...e, phrases: e.phrases.map((p) => seeded(p, character)) }));
    const themes = themesInOrder(read<Theme[]>('themes.yaml'));
    const topics = topicsOf({ formulae: seed(read('formulae.yaml')), areas: seed(read('cooperation-areas.yaml')) }, themes);
    const [pair] = await comparePairs(Object.values(realMeetingPaths), { ...realLists(), topics });
    expect(reading(pair!, character)).toEqual(reading(printed!));
  });
});
