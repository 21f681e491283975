/**
 * The level a clause speaks at: bilateral (China and Russia between themselves), or one of the
 * scopes of content/scopes.yaml ("SCO-wide", "Multilateral"), by the frame of its clause. A
 * scope's phrase ("within the SCO framework", "SCO member states", "the organisation") frames
 * its own clause, from the clause's verb to the next clause. The clauses coordinated after it
 * are in the frame for certain only where the grammar carries it there: the phrase is the
 * subject of the infinitives that follow ("encourage SCO member states to …, enhance …, and
 * strengthen …"), or a purpose clause names the same scope ("so as to make the organization
 * more dynamic"). Otherwise they are in it with doubt ("SCO-wide?"), and rank lower.
 */
import { asRead } from '../text.ts';
import { clauseVerbStarts, tagTerms, type TaggedTerm } from '../nlp.ts';
import { findPhrases, namesTheCouncil, type PhraseSet } from './match.ts';

export interface Scope {
  id: string;
  name: string;
  phrases: string[];
}

/** The scope of a clause that no scope's phrase frames. */
export const BILATERAL: Scope = { id: 'bilateral', name: 'Bilateral', phrases: [] };

export interface Level {
  /** A scope id, or "bilateral". */
  scope: string;
  /** False where the clause is in a frame that the grammar does not plainly carry to it. */
  certain: boolean;
}

/** A scope's reach in a sentence. */
interface Frame {
  scope: string;
  start: number;
  /** Where its own clause ends: up to here it is certain. */
  clauseEnd: number;
  end: number;
  /** The clauses after its own are in it for certain. */
  carried: boolean;
}

/** "so as to", "in order to": the purpose that follows a frame is a clause of its own. */
const PURPOSE = /\b(?:so as to|in order to)\b/gi;
/** Words between a comma and the verb of the clause it opens: "…, and to expand", "…, as well as jointly hold". */
const LINKING = new Set(['and', 'or', 'to', 'also', 'further', 'jointly', 'as', 'well', 'then', 'continue', 'continuously']);

const isClauseVerb = (t: TaggedTerm): boolean =>
  t.tags.has('Verb') && !t.tags.has('Auxiliary') && !t.tags.has('Copula') && !t.tags.has('Modal') && !t.tags.has('Participle');

/** Where a clause ends: at a comma, semicolon or dash that a verb follows ("…, promote in-depth cooperation"). */
function clauseBreaks(terms: readonly TaggedTerm[]): number[] {
  const breaks: number[] = [];
  terms.forEach((term, i) => {
    if (!/[,;:–—]|--/.test(term.post)) return;
    let k = i + 1;
    while (k < terms.length && LINKING.has(terms[k]!.text.toLowerCase())) k++;
    if (terms[k] && isClauseVerb(terms[k]!)) breaks.push(term.end);
  });
  return breaks;
}

/** The frames of a sentence, in order. Where one clause names two frames, the first named counts. */
export function framesOf(sentence: string, scopes: readonly { scope: Scope; phrases: PhraseSet }[]): Frame[] {
  const named = scopes
    .flatMap(({ scope, phrases }) =>
      findPhrases(sentence, phrases)
        .filter((m) => !namesTheCouncil(m, sentence))
        .map((m) => ({ scope: scope.id, index: m.index, end: m.end })),
    )
    .sort((a, b) => a.index - b.index);
  if (named.length === 0) return [];
  const terms = tagTerms(sentence);
  // A word of a frame's own phrase is no clause's verb ("states" in "SCO member states").
  const verbs = clauseVerbStarts(terms).filter((v) => !named.some((p) => v >= p.index && v < p.end));
  const breaks = clauseBreaks(terms);
  // Found in the text as read (one space between words), placed in the sentence as typed.
  const { read, origin } = asRead(sentence);
  const purposes = [...read.matchAll(PURPOSE)].map((m) => origin[m.index]!);
  const frames: Frame[] = [];
  for (const phrase of named) {
    const last = frames.at(-1);
    // A second phrase of the same frame ("the SCO member states … the organization") extends it.
    if (last && last.scope === phrase.scope && phrase.index < last.end) {
      last.carried ||= phrase.index >= last.clauseEnd;
      continue;
    }
    const clauseStart = Math.max(0, ...breaks.filter((b) => b <= phrase.index));
    // Without a verb in its own clause, the frame starts at its clause ("Within the SCO, …").
    const start = verbs.filter((v) => v < phrase.index && v >= clauseStart).at(-1) ?? clauseStart;
    if (last && start <= last.start) continue;
    const end = Math.min(sentence.length, ...purposes.filter((p) => p > phrase.index));
    const clauseEnd = Math.min(end, ...breaks.filter((b) => b >= phrase.end));
    // "encourage SCO member states to continue …, enhance …": the phrase is the infinitives' subject.
    const [next, afterNext] = terms.filter((t) => t.start >= phrase.end);
    const carried = next?.text.toLowerCase() === 'to' && afterNext !== undefined && isClauseVerb(afterNext);
    if (last && last.end > start) {
      last.end = start;
      last.clauseEnd = Math.min(last.clauseEnd, start);
    }
    frames.push({ scope: phrase.scope, start, clauseEnd, end, carried });
  }
  // A purpose clause that names the frame's scope carries it over the clauses before it.
  for (const [i, frame] of frames.entries()) {
    const next = frames[i + 1];
    if (next && next.scope === frame.scope && purposes.some((p) => p >= frame.end && p <= next.start)) frame.carried = true;
  }
  return frames;
}

/** The level at a place of a sentence. */
export function levelAt(frames: readonly Frame[], index: number): Level {
  const frame = frames.find((f) => index >= f.start && index < f.end);
  if (!frame) return { scope: BILATERAL.id, certain: true };
  return { scope: frame.scope, certain: index < frame.clauseEnd || frame.carried };
}
