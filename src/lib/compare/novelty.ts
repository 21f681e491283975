/**
 * Novelty beyond the curated lists: the noun phrases one report has that the other does not
 * ("traditional areas", "high-quality Russian products", "President Xi Jinping"), where no
 * curated topic already stands. So the news of a new report shows before anyone edits
 * content/. Phrases are ranked by how rare their words are across all the reports, names first
 * among equals; the words every report uses ("the two countries") never make a novelty.
 */
import { attributionAt, OTHER, type Attribution, type Side, type Speaker } from '../attribution.ts';
import { nounPhrases, type NounPhrase } from '../nlp.ts';
import { readText, tokenize } from '../text.ts';
import { matchWords } from './match.ts';
import { americanSpelling } from './spelling.ts';
import { raisesNothing, type Mention } from './topics.ts';

export interface Novelty {
  /** As written at its first place. */
  text: string;
  /** Lower case, for comparing. */
  key: string;
  paragraph: number;
  sentence: number;
  start: number;
  /** Higher is more distinctive: the summed rarity of its words across the reports. */
  score: number;
  named: boolean;
  /** The report of the pair it stands in: the second for what is new, the first for what is gone. */
  report: 'first' | 'second';
  /** Who says it: the paragraph's speaker, or the reporter in a closing clause of circumstance. */
  side: Side;
  speaker: Speaker | undefined;
}

interface NoveltySource {
  paragraphs: readonly { sentences: readonly string[]; attribution: Attribution }[];
  /** Where the curated topics already stand: a phrase touching one of them is not new to the lists. */
  mentions: readonly Mention[];
}

/** A report's words, once each, lower case. */
export const wordsOf = (paragraphs: readonly { sentences: readonly string[] }[]): Set<string> =>
  new Set(paragraphs.flatMap((p) => p.sentences.flatMap((s) => tokenize(s).map((t) => t.word))));

/** Word → in how many of the reports it stands. */
export function documentFrequencies(reports: readonly Set<string>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const words of reports) for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

const normalise = (text: string): string =>
  tokenize(text)
    .map((t) => t.word)
    .join(' ');

/**
 * A phrase a curated topic covers: it overlaps a mention in its sentence, or holds, as whole
 * words, a wording the report's mentions use (a mention counts each wording once a sentence).
 */
function coveredBy(
  mentions: readonly Mention[],
): (phrase: { start: number; end: number; key: string; named: boolean }, paragraph: number, sentence: number) => boolean {
  const wordings = [...new Set(mentions.map((m) => normalise(m.matched)))];
  // A name is news of its own even where it holds a topic's word: the Testville Connectivity Forum.
  return (phrase, paragraph, sentence) =>
    mentions.some(
      (m) => m.paragraph === paragraph && m.sentence === sentence && phrase.start < m.start + m.matched.length && m.start < phrase.end,
    ) ||
    (!phrase.named && wordings.some((w) => ` ${phrase.key} `.includes(` ${w} `)));
}

/**
 * Words of news copy about any meeting: a phrase holding one says how the report is written,
 * not what was said ("bilateral relations", "historical juncture", "due contributions"); and the
 * courtesies of a transcript ("Thank you", "dear friend", "warm hospitality", "Dear Mr. Premier",
 * "Your Excellency"), and where words were posted ("his Telegram channel").
 */
const NEWS_COPY = new Set(
  (
    "relations ties juncture contributions remarks sidelines meeting meetings talks side sides country countries countries' " +
    'year years time times efforts way ways work level levels republic people peoples momentum willingness commitment pledge ' +
    'premier minister prime cabinet head government words own progress deeper results outcomes steps measures sight capital here ' +
    'news agency readout readouts press statement statements transcript correspondent journalists reporters spokesman ' +
    'spokeswoman spokesperson telegram thank thanks friend friends colleague colleagues hospitality welcome mr excellency'
  ).split(' '),
);

/** The words of a phrase, each with its forms, as the matcher reads them. */
const formsOf = (text: string): (readonly string[])[] => matchWords(text).map((w) => w.keys);

/** The phrase's words stand, in order, inside one of the topics' phrases ("strategic partnership" in "comprehensive strategic partnership"). */
function fragmentOfAny(phrase: string, topicPhrases: readonly (readonly (readonly string[])[])[]): boolean {
  const words = formsOf(phrase);
  return topicPhrases.some((topic) =>
    topic.some(
      (_, start) => start + words.length <= topic.length && words.every((forms, k) => forms.some((f) => topic[start + k]!.includes(f))),
    ),
  );
}

/** Whether a phrase is part of a mention's words, or follows them through "of", "by" or "from" and other names ("guidance of President Xi and President …"). */
function namedWith(sentence: string, mention: { start: number; matched: string }, phrase: { start: number; end: number }): boolean {
  const end = mention.start + mention.matched.length;
  if (phrase.start < end && mention.start < phrase.end) return true;
  return /^\s+(?:of|by|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'-]*\s+|and\s+)*$/u.test(readText(sentence.slice(end, phrase.start)));
}

/**
 * A phrase without the news copy before a name: "Kazakhstan's Prime Minister Olzhas Bektenov" is news as "Olzhas Bektenov",
 * "the heads of government of Belarus" as "Belarus"; "the Chinese premier" is none (undefined).
 */
function withoutNewsCopy(phrase: NounPhrase): NounPhrase | undefined {
  const newsCopy = phrase.words.findLastIndex((w) => NEWS_COPY.has(w));
  if (newsCopy < 0) return phrase;
  const parts = phrase.text.split(' ');
  if (parts.length !== phrase.words.length) return undefined;
  // The name after it, past an "of" or "the" between.
  let first = newsCopy + 1;
  while (first < parts.length && /^(?:of|the)$/i.test(parts[first]!)) first += 1;
  const name = parts.slice(first);
  if (name.length === 0 || !name.every((w) => /^\p{Lu}/u.test(readText(w)))) return undefined;
  const text = name.join(' ');
  return { ...phrase, text, start: phrase.end - text.length, words: phrase.words.slice(first), named: true };
}

/** A number or an ordinal ("23rd") says nothing alone: which meeting is a fact of the frontmatter. */
const isNumber = (word: string): boolean => /\d/.test(word);

/**
 * The noun phrases of `newer` that `older` does not have and no curated topic covers, most
 * distinctive first, each once (at its first place). `names` are words never counted as news
 * on their own (the participants, their countries, the city, the outlet); `frequencies` say in
 * how many of `reportCount` reports each word stands.
 */
export function novelPhrases(
  newer: NoveltySource,
  older: { paragraphs: readonly { sentences: readonly string[] }[] },
  context: { names: readonly string[]; frequencies: ReadonlyMap<string, number>; reportCount: number; topicPhrases: readonly string[] },
  report: Novelty['report'],
): Novelty[] {
  const olderWords = wordsOf(older.paragraphs);
  const olderText = ` ${older.paragraphs.flatMap((p) => p.sentences.map(normalise)).join(' | ')} `;
  // Names are told apart by a reader's eye, not by spelling: "Organisation" is the meeting's "Organization".
  const names = new Set(context.names.flatMap((name) => tokenize(name).map((t) => americanSpelling(t.word))));
  // Rarity of a word: the fewer reports hold it, the more it says (inverse document frequency).
  const rarity = (word: string): number => Math.log((context.reportCount + 1) / ((context.frequencies.get(word) ?? 0) + 1));
  const covered = coveredBy(newer.mentions);
  const topicPhrases = context.topicPhrases.map(formsOf);
  const found = new Map<string, Novelty>();
  newer.paragraphs.forEach(({ sentences, attribution }, paragraph) => {
    sentences.forEach((sentence, index) => {
      for (const phrase of nounPhrases(sentence).flatMap((p) => withoutNewsCopy(p) ?? [])) {
        // Another person's words (a host, an expert) are no finding of the meeting, as a topic only they raise is none.
        const { side, speaker } = attributionAt(attribution, index, sentence, phrase.start);
        if (side === OTHER) continue;
        // "The readouts made no mention of Ukraine": an absence the reporter notes is no phrase of the meeting.
        if (raisesNothing(sentence, phrase.start, phrase.end)) continue;
        const key = normalise(phrase.text);
        if (covered({ ...phrase, key }, paragraph, index)) continue;
        // A leader named with a tracked topic's words ("the strategic guidance of President Xi Jinping and President Vladimir Putin")
        // is that topic's; a person who joins the talks in a sentence that also raises a topic is news.
        if (
          phrase.person &&
          newer.mentions.some((m) => m.paragraph === paragraph && m.sentence === index && namedWith(sentence, m, phrase))
        )
          continue;
        if (fragmentOfAny(phrase.text, topicPhrases)) continue;
        const words = key.split(' ').filter((w) => w.length > 0);
        const isName = (w: string): boolean =>
          w
            .replace(/'s?$/, '')
            .split('-')
            .every((part) => names.has(americanSpelling(part)));
        const unnamed = words.filter((w) => !isName(w) && !isNumber(w));
        if (found.has(key) || unnamed.length === 0 || olderText.includes(` ${key} `)) continue;
        // One word alone is news only as a name ("BRICS", "Kazan"); else a phrase needs two words
        // besides names and numbers ("China's willingness" says nothing new), one of them new.
        if (words.length === 1 ? !phrase.named : unnamed.length < 2) continue;
        const fresh = unnamed.filter((w) => !olderWords.has(w));
        if (fresh.length === 0) continue;
        const score = unnamed.reduce((sum, w) => sum + rarity(w), 0) + (phrase.named ? 0.5 : 0);
        found.set(key, {
          text: phrase.text,
          key,
          paragraph,
          sentence: index,
          start: phrase.start,
          score,
          named: phrase.named,
          report,
          side,
          speaker,
        });
      }
    });
  });
  return [...found.values()].sort((a, b) => b.score - a.score || a.paragraph - b.paragraph || a.sentence - b.sentence || a.start - b.start);
}
