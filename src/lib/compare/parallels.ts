/**
 * Parallel statements: each sentence of one report paired with its closest counterpart in
 * the other, one to one, with a word-level difference (jsdiff) for each pair.
 *
 * Similarity is the Dice coefficient of the two sentences' sets of content words (words that
 * are not function words like "the", "to", "and"): 2·|A∩B| / (|A|+|B|), from 0 (no content
 * word shared) to 1 (the same content words). Pairs are chosen greedily, most similar first,
 * so each sentence is in at most one pair.
 */
import { diffArrays } from 'diff';
import { tokenize, type Token } from '../text.ts';

/**
 * Pairs scoring below this are not shown. Chosen on the two real reports (scores of all 90
 * sentence pairs, see README): the four pairs above it state the same thing (the occasion;
 * Mishustin on the level of relations; Russia's offer on core interests and the Belt and
 * Road with the Eurasian Economic Union; China's offer of trade and energy cooperation, at
 * 0.298). The next candidates are only loosely related (0.275, 0.263), and the best pair of
 * plainly unrelated sentences (the premier welcoming Russian products against Xinhua's
 * opening sentence) scores 0.255: they share only the genre's words, "China", "Russia",
 * "cooperation".
 */
export const PARALLEL_THRESHOLD = 0.28;

const FUNCTION_WORDS = new Set(
  ('a an the and or but nor of to in on at for with by from as into onto upon about than then so such that this these those ' +
    'it its is are was were be been being has have had do does did will would shall should can could may might must ' +
    'he she his her him they their them we our us i you your which who whom whose what when where while also more most ' +
    'not no other each both all any well very here there said says noted added').split(' '),
);

export function contentWords(sentence: string): Set<string> {
  return new Set(tokenize(sentence).map((t) => t.word).filter((word) => !FUNCTION_WORDS.has(word)));
}

export function similarity(first: string, second: string): number {
  const a = contentWords(first);
  const b = contentWords(second);
  if (a.size + b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** A sentence's place: paragraph index (0-based) and sentence index within it. */
export interface SentenceRef {
  paragraph: number;
  sentence: number;
  text: string;
}

/** A run of a sentence's words: shared with the other sentence of its pair, or its own. */
export interface DiffRun {
  text: string;
  shared: boolean;
}

export interface ParallelPair {
  first: SentenceRef;
  second: SentenceRef;
  similarity: number;
  /** Each sentence cut into runs; joined, each gives its sentence back exactly. */
  firstRuns: DiffRun[];
  secondRuns: DiffRun[];
}

export interface Parallels {
  pairs: ParallelPair[];
  onlyInFirst: SentenceRef[];
  onlyInSecond: SentenceRef[];
}

function sentencesOf(paragraphs: readonly { sentences: readonly string[] }[]): SentenceRef[] {
  return paragraphs.flatMap((p, paragraph) => p.sentences.map((text, sentence) => ({ paragraph, sentence, text })));
}

/** Which of a sentence's words the other sentence shares, in order, by jsdiff. */
function sharedFlags(first: string[], second: string[]): { first: boolean[]; second: boolean[] } {
  const flags = { first: [] as boolean[], second: [] as boolean[] };
  for (const change of diffArrays(first, second)) {
    const count = change.count ?? change.value.length;
    if (!change.added) flags.first.push(...Array<boolean>(count).fill(!change.removed));
    if (!change.removed) flags.second.push(...Array<boolean>(count).fill(!change.added));
  }
  return flags;
}

/**
 * Cuts a sentence into runs of shared and own words. The runs are slices of the sentence
 * itself, so joined they give it back exactly; what lies between two own words (a space, a
 * comma) belongs to their run.
 */
function runsOf(sentence: string, words: Token[], shared: boolean[]): DiffRun[] {
  const runs: DiffRun[] = [];
  const push = (text: string, isShared: boolean): void => {
    if (!text) return;
    const last = runs.at(-1);
    if (last && last.shared === isShared) last.text += text;
    else runs.push({ text, shared: isShared });
  };
  let at = 0;
  words.forEach((word, index) => {
    const gapShared = !(shared[index - 1] === false && shared[index] === false);
    push(sentence.slice(at, word.start), gapShared);
    push(sentence.slice(word.start, word.end), shared[index]!);
    at = word.end;
  });
  push(sentence.slice(at), true);
  return runs;
}

/**
 * jsdiff's word difference, told per sentence rather than as an edit of one into the other.
 * Words are compared as printed, case included ("member states" and "Member States" differ),
 * and each side is shown in its own words.
 */
export function wordDiff(first: string, second: string): { firstRuns: DiffRun[]; secondRuns: DiffRun[] } {
  const firstWords = tokenize(first);
  const secondWords = tokenize(second);
  const printed = (sentence: string, words: Token[]) => words.map((w) => sentence.slice(w.start, w.end));
  const flags = sharedFlags(printed(first, firstWords), printed(second, secondWords));
  return { firstRuns: runsOf(first, firstWords, flags.first), secondRuns: runsOf(second, secondWords, flags.second) };
}

export function parallelStatements(
  firstReport: readonly { sentences: readonly string[] }[],
  secondReport: readonly { sentences: readonly string[] }[],
  threshold = PARALLEL_THRESHOLD,
): Parallels {
  const first = sentencesOf(firstReport);
  const second = sentencesOf(secondReport);
  const candidates = first
    .flatMap((a, i) => second.map((b, j) => ({ i, j, score: similarity(a.text, b.text) })))
    .filter((c) => c.score >= threshold)
    .sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const usedFirst = new Set<number>();
  const usedSecond = new Set<number>();
  const pairs: ParallelPair[] = [];
  for (const { i, j, score } of candidates) {
    if (usedFirst.has(i) || usedSecond.has(j)) continue;
    usedFirst.add(i);
    usedSecond.add(j);
    pairs.push({ first: first[i]!, second: second[j]!, similarity: score, ...wordDiff(first[i]!.text, second[j]!.text) });
  }
  pairs.sort((x, y) => x.first.paragraph - y.first.paragraph || x.first.sentence - y.first.sentence);
  return {
    pairs,
    onlyInFirst: first.filter((_, i) => !usedFirst.has(i)),
    onlyInSecond: second.filter((_, j) => !usedSecond.has(j)),
  };
}
