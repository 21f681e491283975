/**
 * Parallel statements: the sentences of two reports that say the same or related things,
 * each pair with the words that only one of its sentences has.
 *
 * A sentence is described by its content words (no function words; case, possessive "'s"
 * and plural "s" set aside) and by the curated topics it mentions (areas and formulae, so
 * that "Cultural Year" and "Years of Culture", or "local level" and "sub-national", meet).
 * Each feature is weighted by how rare it is across the two reports' sentences (inverse
 * document frequency), so that "China", "Russia" and "cooperation", which nearly every
 * sentence has, count for little. Similarity is the weighted Dice coefficient:
 * 2·w(A∩B) / (w(A) + w(B)), from 0 to 1.
 *
 * A pair is kept when its sentences share a topic and score at least TOPIC_PAIR_THRESHOLD, or
 * score at least WORD_PAIR_THRESHOLD whatever their topics, and it is among the
 * MAX_COUNTERPARTS closest of one of its sentences. A sentence may have several counterparts;
 * sentences left over are "not paired automatically", which is not to say that the other
 * report has nothing like them.
 */
import { diffArrays } from 'diff';
import { matchTerms } from '../nlp.ts';
import { readText, tokenize, type Token } from '../text.ts';
import type { SentencePlace } from './topics.ts';

/**
 * Pairs that share a topic are kept from this similarity up. Chosen on the two real reports
 * (docs/comparison.md): every pair at or above it states related things on a shared topic; below it, pairs
 * that share a topic differ in what they say of it.
 */
export const TOPIC_PAIR_THRESHOLD = 0.1;

/**
 * Pairs that share no topic are kept only from this similarity up: on the two real reports the
 * one such pair (the occasion of the meeting, 0.68) stands far above the rest (at most 0.14).
 */
export const WORD_PAIR_THRESHOLD = 0.3;

/**
 * A feature in more than this share of the second report's sentences (and more than the floor)
 * proposes no pairs. The floor keeps reports of ordinary length exact: the two real reports
 * have ten sentences at most, so every feature proposes pairs there.
 */
const COMMON_FEATURE_SHARE = 0.05;
const COMMON_FEATURE_FLOOR = 50;

/** A pair must be among this many closest counterparts of one of its two sentences. */
export const MAX_COUNTERPARTS = 3;

/**
 * Words that say nothing of what a statement is about, and the news copy's verbs of saying.
 * Kept as a list: dropping what compromise tags as determiners, prepositions, pronouns and the
 * like instead also drops words the pairing needs, and loses pairs read by hand as right
 * (tests/unit/parallels.test.ts).
 */
const FUNCTION_WORDS = new Set(
  (
    'a an the and or but nor of to in on at for with by from as into onto upon about than then so such that this these those ' +
    'it its is are was were be been being has have had do does did will would shall should can could may might must ' +
    'he she his her him they their them we our us i you your which who whom whose what when where while also more most ' +
    'not no other each both all any well very here there said says noted added'
  ).split(' '),
);

/** A word as compared: lower case, without a possessive "'s". "Russia's" → "russia". */
const comparable = (word: string): string => word.normalize('NFC').replace(/'s$/, '');

/**
 * A sentence's content words, each in its dictionary form as compromise reads it in its
 * sentence ("peoples" → "people", "exchanges" → "exchange"), without the function words.
 */
export function contentWords(sentence: string): Set<string> {
  return new Set(
    matchTerms(readText(sentence))
      .map((term) => term.forms.map((form) => comparable(form.toLowerCase())))
      .filter((forms) => !FUNCTION_WORDS.has(forms[0]!) && /[\p{L}\p{N}]/u.test(forms[0]!))
      .map((forms) => forms.at(-1)!),
  );
}

/** A sentence's place and text, as the pairing takes it. */
export interface SentenceRef extends SentencePlace {
  text: string;
}

/** How a run of a sentence's words stands to the other sentence of its pair. */
type RunKind = 'same' | 'moved' | 'own';

/**
 * A run of a sentence: words that jsdiff aligns with the other sentence ("same"), words the
 * other sentence also has elsewhere ("moved"), or words it does not have at all ("own").
 */
export interface DiffRun {
  text: string;
  kind: RunKind;
}

export interface ParallelPair {
  first: SentenceRef;
  second: SentenceRef;
  similarity: number;
  /** The ids of the topics both sentences mention. */
  sharedTopics: string[];
  /**
   * Each sentence cut into runs; joined, each gives its sentence back exactly. Words are told
   * apart only in a pair close in wording (similarity at least
   * WORD_PAIR_THRESHOLD); in a pair that shares a topic in other words each sentence is one run.
   */
  firstRuns: DiffRun[];
  secondRuns: DiffRun[];
}

export interface Parallels {
  pairs: ParallelPair[];
  /** Sentences in no pair. */
  unpairedFirst: SentenceRef[];
  unpairedSecond: SentenceRef[];
}

/** Which kind each word of a sentence is, against the other sentence. */
function wordKinds(mine: string[], theirs: string[]): { first: RunKind[]; second: RunKind[] } {
  const kinds = { first: [] as RunKind[], second: [] as RunKind[] };
  for (const change of diffArrays(mine, theirs)) {
    const count = change.count ?? change.value.length;
    if (!change.added) kinds.first.push(...Array<RunKind>(count).fill(change.removed ? 'own' : 'same'));
    if (!change.removed) kinds.second.push(...Array<RunKind>(count).fill(change.added ? 'own' : 'same'));
  }
  // A word jsdiff left unaligned that the other sentence has somewhere has moved, not gone.
  const mineSet = new Set(mine);
  const theirSet = new Set(theirs);
  kinds.first = kinds.first.map((kind, i) => (kind === 'own' && theirSet.has(mine[i]!) ? 'moved' : kind));
  kinds.second = kinds.second.map((kind, i) => (kind === 'own' && mineSet.has(theirs[i]!) ? 'moved' : kind));
  return kinds;
}

/**
 * Cuts a sentence into runs. The runs are slices of the sentence itself, so joined they give
 * it back exactly; what lies between two words of one kind (a space, a comma) belongs to
 * their run, anything else to the plain text around it.
 */
function runsOf(sentence: string, words: Token[], kinds: RunKind[]): DiffRun[] {
  const runs: DiffRun[] = [];
  const push = (text: string, kind: RunKind): void => {
    if (!text) return;
    const last = runs.at(-1);
    if (last && last.kind === kind) last.text += text;
    else runs.push({ text, kind });
  };
  let at = 0;
  words.forEach((word, index) => {
    const before = kinds[index - 1];
    push(sentence.slice(at, word.start), before === kinds[index] ? before! : 'same');
    push(sentence.slice(word.start, word.end), kinds[index]!);
    at = word.end;
  });
  push(sentence.slice(at), 'same');
  return runs;
}

/**
 * The word difference of two sentences, told per sentence rather than as an edit of one
 * into the other. Words are compared in any case and without a possessive "'s"; jsdiff aligns
 * the two sequences, and a word is "own" only when the other sentence does not have it at all.
 */
export function wordDiff(first: string, second: string): { firstRuns: DiffRun[]; secondRuns: DiffRun[] } {
  const firstWords = tokenize(first);
  const secondWords = tokenize(second);
  const kinds = wordKinds(
    firstWords.map((w) => comparable(w.word)),
    secondWords.map((w) => comparable(w.word)),
  );
  return { firstRuns: runsOf(first, firstWords, kinds.first), secondRuns: runsOf(second, secondWords, kinds.second) };
}

interface Described extends SentenceRef {
  features: Set<string>;
  topics: Set<string>;
}

const TOPIC = '#';

const ref = ({ paragraph, sentence, text }: Described): SentenceRef => ({ paragraph, sentence, text });

function describe(
  paragraphs: readonly { sentences: readonly string[] }[],
  topics: readonly (SentencePlace & { topic: string })[],
): Described[] {
  return paragraphs.flatMap((p, paragraph) =>
    p.sentences.map((text, sentence) => {
      const mentioned = new Set(topics.filter((t) => t.paragraph === paragraph && t.sentence === sentence).map((t) => t.topic));
      return {
        paragraph,
        sentence,
        text,
        topics: mentioned,
        features: new Set([...contentWords(text), ...[...mentioned].map((t) => TOPIC + t)]),
      };
    }),
  );
}

/** Inverse document frequency of every feature over both reports' sentences. */
function featureWeights(sentences: readonly Described[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const f of s.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  return new Map([...counts].map(([f, n]) => [f, Math.log((sentences.length + 1) / n)]));
}

export function parallelStatements(
  firstReport: readonly { sentences: readonly string[] }[],
  secondReport: readonly { sentences: readonly string[] }[],
  topics: { first: readonly (SentencePlace & { topic: string })[]; second: readonly (SentencePlace & { topic: string })[] } = {
    first: [],
    second: [],
  },
): Parallels {
  const first = describe(firstReport, topics.first);
  const second = describe(secondReport, topics.second);
  const weights = featureWeights([...first, ...second]);
  const weightOf = (s: Described) => [...s.features].reduce((sum, f) => sum + weights.get(f)!, 0);
  // Only sentences that share a feature can pair: an index of the second report's features
  // finds them without scoring every pair. Features so common that their list would make the
  // work grow with the square of a long report's length ("China", "cooperation") do not
  // propose pairs; they still count in the score of the pairs that rarer features propose.
  const common = Math.max(COMMON_FEATURE_FLOOR, Math.ceil(second.length * COMMON_FEATURE_SHARE));
  const index = new Map<string, number[]>();
  second.forEach((s, j) =>
    s.features.forEach((f) => {
      const list = index.get(f);
      if (list) list.push(j);
      else index.set(f, [j]);
    }),
  );
  for (const [f, list] of index) if (list.length > common) index.delete(f);
  const pairs: ParallelPair[] = [];
  const pairedFirst = new Set<number>();
  const pairedSecond = new Set<number>();
  // Every candidate above its threshold, scored; the word differences are worked out only for
  // the pairs that are kept and close in wording.
  const candidates: { i: number; j: number; score: number; sharedTopics: string[] }[] = [];
  first.forEach((a, i) => {
    const shared = new Set<number>();
    for (const f of a.features) for (const j of index.get(f) ?? []) shared.add(j);
    for (const j of [...shared].sort((x, y) => x - y)) {
      const b = second[j]!;
      let weight = 0;
      for (const f of a.features) if (b.features.has(f)) weight += weights.get(f)!;
      const score = (2 * weight) / (weightOf(a) + weightOf(b));
      const sharedTopics = [...a.topics].filter((t) => b.topics.has(t));
      if (score >= (sharedTopics.length > 0 ? TOPIC_PAIR_THRESHOLD : WORD_PAIR_THRESHOLD)) candidates.push({ i, j, score, sharedTopics });
    }
  });
  // A pair is kept when it is among the closest few of either of its sentences: a sentence may
  // have several counterparts, but a long report cannot pair every sentence with every other.
  const best = (side: 'i' | 'j') => {
    const ranked = new Map<number, typeof candidates>();
    for (const c of candidates) {
      const list = ranked.get(c[side]);
      if (list) list.push(c);
      else ranked.set(c[side], [c]);
    }
    return new Set([...ranked.values()].flatMap((list) => list.sort((x, y) => y.score - x.score).slice(0, MAX_COUNTERPARTS)));
  };
  const bestOfFirst = best('i');
  const bestOfSecond = best('j');
  for (const c of candidates) {
    if (!bestOfFirst.has(c) && !bestOfSecond.has(c)) continue;
    const [a, b] = [first[c.i]!, second[c.j]!];
    pairedFirst.add(c.i);
    pairedSecond.add(c.j);
    const runs =
      c.score >= WORD_PAIR_THRESHOLD
        ? wordDiff(a.text, b.text)
        : { firstRuns: [{ text: a.text, kind: 'same' as const }], secondRuns: [{ text: b.text, kind: 'same' as const }] };
    pairs.push({ first: ref(a), second: ref(b), similarity: c.score, sharedTopics: c.sharedTopics, ...runs });
  }
  // The closest pairs first: the same statement made twice before the loosely related.
  pairs.sort((x, y) => y.similarity - x.similarity || x.first.paragraph - y.first.paragraph || x.first.sentence - y.first.sentence);
  return {
    pairs,
    unpairedFirst: first.filter((_, i) => !pairedFirst.has(i)).map(ref),
    unpairedSecond: second.filter((_, j) => !pairedSecond.has(j)).map(ref),
  };
}
