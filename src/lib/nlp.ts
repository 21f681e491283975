/**
 * The words of a sentence as compromise (an English part-of-speech tagger, pure JavaScript,
 * no model to download) tags them, with their places, and the noun phrases built from them.
 * The comparison uses the tags for two things: where a clause's verb starts (the reach of
 * "within the SCO framework"), and the noun phrases that no curated list names.
 */
import nlp from 'compromise';
import { asRead } from './text.ts';

export interface TaggedTerm {
  /** As written, without the punctuation around it. */
  text: string;
  /** Where the term starts and ends in the sentence. */
  start: number;
  end: number;
  tags: ReadonlySet<string>;
  /** Punctuation right after the term: a comma or a dash ends a noun phrase. */
  post: string;
}

interface CompromiseTerm {
  text: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
  /** Lower case, typography folded: "organisation's". */
  normal: string;
  /** Without a possessive or contraction: "organisation". */
  machine?: string;
  /** The dictionary form, where it differs: "chains" → "chain", "years" → "year". */
  root?: string;
}

/**
 * Terms by sentence: tagging is the analysis's costliest step, and each report is read by the
 * level rule and by the novelty finder of both pairs it belongs to. A pure function of the
 * text, so a kept result is never stale.
 */
const tagged = new Map<string, TaggedTerm[]>();

/**
 * The tagged terms of one sentence, in order. A hyphenated word that the tagger splits
 * ("in-depth", "high-quality") is one term again, tagged as its last part.
 */
export function tagTerms(sentence: string): TaggedTerm[] {
  let terms = tagged.get(sentence);
  if (!terms) tagged.set(sentence, (terms = tagSentence(sentence)));
  return terms;
}

function tagSentence(sentence: string): TaggedTerm[] {
  // Tagged as read, without the characters that show nothing; placed in the sentence as typed.
  const { read, origin } = asRead(sentence);
  const documents = nlp(read).json({ offset: true, terms: { offset: true } }) as { terms: CompromiseTerm[] }[];
  const terms: TaggedTerm[] = [];
  for (const t of documents.flatMap((d) => d.terms)) {
    if (t.text.length === 0) continue;
    const term = { text: t.text, start: t.offset.start, end: t.offset.start + t.offset.length, tags: new Set(t.tags), post: t.post };
    const previous = terms.at(-1);
    if (previous && previous.post.trim() === '-' && read[term.start - 1] === '-' && previous.end === term.start - 1) {
      terms[terms.length - 1] = { ...term, text: read.slice(previous.start, term.end), start: previous.start };
    } else terms.push(term);
  }
  return terms.map((term) => ({ ...term, start: origin[term.start]!, end: origin[term.end - 1]! + 1 }));
}

/** A word as matching reads it: where it stands, and its forms as written, normalised and in the dictionary. */
export interface MatchTerm {
  start: number;
  end: number;
  forms: string[];
}

const forMatching = new Map<string, MatchTerm[]>();

/**
 * The words of a text, each with its forms: as written, compromise's normal form, and its root
 * (the singular of a noun, the infinitive of a verb). Hyphenated words come apart
 * ("people-to-people" is three words), so that a hyphen and a space read alike.
 */
export function matchTerms(text: string): MatchTerm[] {
  let terms = forMatching.get(text);
  if (!terms) {
    const document = nlp(text);
    document.compute('root');
    const json = document.json({ offset: true, terms: { offset: true } }) as { terms: CompromiseTerm[] }[];
    terms = json
      .flatMap((d) => d.terms)
      .filter((t) => t.text.length > 0)
      .map((t) => ({
        start: t.offset.start,
        end: t.offset.start + t.offset.length,
        forms: [t.text, t.normal, t.machine, t.root].filter((form): form is string => !!form),
      }));
    forMatching.set(text, terms);
  }
  return terms;
}

/** Where the verbs of a sentence start that head a clause ("strengthen", "encourage"): not auxiliaries. */
export function clauseVerbStarts(terms: readonly TaggedTerm[]): number[] {
  return terms
    .filter((t) => t.tags.has('Verb') && !t.tags.has('Auxiliary') && !t.tags.has('Copula') && !t.tags.has('Modal'))
    .map((t) => t.start);
}

export interface NounPhrase {
  text: string;
  start: number;
  end: number;
  /** The words of the phrase, lower case. */
  words: string[];
  /** It holds a proper noun or an acronym: a name ("Shanghai Spirit", "BRICS"). */
  named: boolean;
  /** It names a person ("President Vladimir Putin"). */
  person: boolean;
}

/** Words of quantity the tagger does not always call comparative: "more quality Russian goods". */
const MORE = new Set(['more', 'most', 'less', 'fewer', 'further', 'greater']);

/** The tagger reads "its" as a noun: a possessive pronoun never starts or makes a noun phrase. */
const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her', 'our', 'your', 'my', 'whose']);

const isNominal = (t: TaggedTerm): boolean =>
  !POSSESSIVE_PRONOUNS.has(t.text.toLowerCase()) &&
  (t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Acronym') || t.tags.has('Ordinal')) &&
  !t.tags.has('Pronoun') &&
  !t.tags.has('Determiner') &&
  !t.tags.has('Preposition') &&
  !t.tags.has('Conjunction') &&
  !t.tags.has('Date');

/**
 * A gerund between a preposition, determiner or adjective and a noun is a modifier ("in
 * emerging fields"), not a verb ("expanding cooperation").
 */
const isModifyingGerund = (t: TaggedTerm, previous: TaggedTerm | undefined, next: TaggedTerm | undefined): boolean =>
  t.tags.has('Gerund') &&
  previous !== undefined &&
  ['Preposition', 'Determiner', 'Adjective'].some((tag) => previous.tags.has(tag)) &&
  next !== undefined &&
  next.tags.has('Noun') &&
  !next.tags.has('Pronoun');

const breaksAfter = (t: TaggedTerm): boolean => /[,;:.()–—]|--/.test(t.post);

/**
 * The noun phrases of a sentence: runs of adjectives and nouns (with a modifying gerund),
 * without determiners or pronouns, never across punctuation. "their development strategies"
 * gives "development strategies"; "high-quality Russian products" stays one phrase.
 */
export function nounPhrases(sentence: string): NounPhrase[] {
  const terms = tagTerms(sentence);
  const phrases: NounPhrase[] = [];
  let run: TaggedTerm[] = [];
  const close = (): void => {
    // A comparison says how much, not what: "larger exports" is exports.
    while (run.length > 0 && (run[0]!.tags.has('Comparative') || run[0]!.tags.has('Superlative') || MORE.has(run[0]!.text.toLowerCase())))
      run.shift();
    // A phrase ends in a noun: trailing adjectives ("high" in "holding high") are left out.
    while (run.length > 0 && !run.at(-1)!.tags.has('Noun') && !run.at(-1)!.tags.has('Acronym')) run.pop();
    // "Russian" in "Russian roads" is a proper adjective, not a name.
    const isName = (t: TaggedTerm): boolean => (t.tags.has('ProperNoun') && !t.tags.has('Demonym')) || t.tags.has('Acronym');
    const named = run.some(isName);
    if (named) {
      // "the first Testville Connectivity Forum next spring" names the Forum: no ordinal before
      // a name, and no adjective after it begins another phrase of its own.
      while (run.length > 0 && (run[0]!.tags.has('Ordinal') || run[0]!.tags.has('Value'))) run.shift();
      const after = run.findIndex((t, i) => i > run.findIndex(isName) && t.tags.has('Adjective') && !isName(t));
      if (after > 0) run = run.slice(0, after);
    }
    if (run.length > 0) {
      const start = run[0]!.start;
      const end = run.at(-1)!.end;
      phrases.push({
        text: sentence.slice(start, end),
        start,
        end,
        words: run.map((t) => t.text.toLowerCase()),
        named,
        person: run.some((t) => t.tags.has('Person') || t.tags.has('Honorific')),
      });
    }
    run = [];
  };
  terms.forEach((term, index) => {
    // A bracket between two terms ends a phrase too, whichever term holds it: "Organisation (SCO)" is two.
    if (run.length > 0 && /[()[\]]/.test(sentence.slice(run.at(-1)!.end, term.start))) close();
    if (isNominal(term) || isModifyingGerund(term, terms[index - 1], terms[index + 1])) {
      run.push(term);
      if (breaksAfter(term)) close();
    } else close();
  });
  close();
  return phrases;
}

/**
 * Where a sentence goes on in the reporter's own words: a closing clause of circumstance, ", as"
 * with a subject and a verb of its own ("…, as the two neighbours mark 75 years of ties amid …",
 * "…, as commerce heads for its first annual decline"), up to its end. Not "as well as", nor a
 * role ("…, as permanent members of the Security Council, should …"), which has no such verb.
 */
export function framingClauseStart(sentence: string): number | undefined {
  // Read without the characters that show nothing ("wel\u200Bl as" is "well as"), placed in the sentence as typed.
  const { read: plain, origin } = asRead(sentence);
  for (const match of plain.matchAll(/,\s+as\s+(?!well\b|long\b|soon\b|much\b|many\b|far\b)/giu)) {
    const clause = plain.slice(match.index + match[0].length).split(/[,;:]/u)[0]!;
    const finite = tagTerms(clause).some((t) => (t.tags.has('PresentTense') || t.tags.has('PastTense')) && !t.tags.has('Gerund'));
    if (finite) return origin[match.index];
  }
  return undefined;
}

/**
 * A verb in the tenses news copy reports speech in, as compromise conjugates it: "say" → said,
 * says, saying. A phrasal verb keeps its particle: "point out" → pointed out, points out,
 * pointing out. Throws for a word compromise cannot conjugate, so that no verb is lost unseen.
 */
export function verbForms(infinitive: string): string[] {
  const [verb = '', ...rest] = infinitive.split(' ');
  const document = nlp(verb);
  document.tag('Infinitive');
  const forms = (document.verbs().conjugate() as Record<string, string | undefined>[])[0];
  const tenses = [forms?.['PastTense'], forms?.['PresentTense'], forms?.['Gerund']];
  if (!tenses.every((form) => form !== undefined)) throw new Error(`compromise cannot conjugate "${infinitive}"`);
  return tenses.map((form) => [form, ...rest].join(' '));
}
