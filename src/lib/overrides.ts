/**
 * The rules of a report's overrides, which its frontmatter sets where a rule of the analysis
 * reads a paragraph or a sentence wrongly: each names a paragraph (attribution.p4) or a
 * sentence (scope.p1-s1) that exists, a value the site knows (a participant's short name,
 * "both", "narrative"; a scope of content/scopes.yaml or "bilateral"), and the words it begins
 * with, which must begin it and no other one, so that an override cannot move to another
 * paragraph when one is inserted. Each throws naming the field.
 */
import { BOTH, NARRATIVE, type Speaker } from './attribution.ts';
import { BILATERAL, type Scope } from './compare/levels.ts';
import { sentenceKey } from './compare/topics.ts';
import { readText } from './text.ts';

const squeezed = (text: string): string => readText(text).replace(/\s+/g, ' ').trim();

/**
 * Checks that a paragraph or sentence an override points at still begins with the words the
 * override names (white space aside), and that no other one of the report (`others`, by id)
 * begins with them too: a paragraph inserted before it would otherwise move the override to
 * another one without a word, and words as common as "He" would not notice. Throws naming
 * `field` ("scope.p9-s1").
 */
function checkBegins(
  field: string,
  what: string,
  text: string,
  begins: string,
  others: readonly { id: string; text: string }[] = [],
): void {
  const kind = what.split(' ')[0];
  if (!squeezed(text).startsWith(squeezed(begins))) {
    const actual = squeezed(text).split(' ').slice(0, 6).join(' ');
    throw new Error(
      `${field}.begins: ${what} begins "${actual}…", not "${begins}": the report changed; point the override at its ${kind} again`,
    );
  }
  const also = others.filter((other) => squeezed(other.text).startsWith(squeezed(begins))).map((other) => other.id);
  if (also.length > 0) {
    throw new Error(
      `${field}.begins: "${begins}" also begins ${kind} ${also.join(', ')}: give more of its first words, so that they name one ${kind}`,
    );
  }
}

/** Checks the frontmatter's attribution overrides against the paragraphs and participants; returns them as names. */
export function checkAttributionOverrides(
  overrides: Record<string, { speaker: string; begins: string }>,
  paragraphs: readonly { id: string; text: string }[],
  speakers: readonly Speaker[],
): Record<string, string> {
  const names = [...speakers.map((s) => s.shortName), BOTH, NARRATIVE];
  for (const [id, { speaker, begins }] of Object.entries(overrides)) {
    const paragraph = paragraphs.find((p) => p.id === id);
    if (!paragraph) throw new Error(`attribution.${id}: there is no paragraph ${id} (the report has p1 to p${paragraphs.length})`);
    if (!names.includes(speaker)) {
      throw new Error(`attribution.${id}.speaker: "${speaker}" is not one of ${names.map((n) => `"${n}"`).join(', ')}`);
    }
    const others = paragraphs.filter((p) => p.id !== id);
    checkBegins(`attribution.${id}`, `paragraph ${id}`, paragraph.text, begins, others);
  }
  return Object.fromEntries(Object.entries(overrides).map(([id, { speaker }]) => [id, speaker]));
}

/**
 * Checks a report's scope overrides against its sentences (and the words each begins with)
 * and the known scopes; throws naming the field. Returns them as scope ids by sentence id.
 */
export function checkScopeOverrides(
  overrides: Readonly<Record<string, { scope: string; begins: string }>>,
  paragraphs: readonly { sentences: readonly string[] }[],
  scopes: readonly Scope[],
): Record<string, string> {
  const ids = [BILATERAL, ...scopes].map((s) => s.id);
  const sentences = new Map(
    paragraphs.flatMap((p, paragraph) => p.sentences.map((text, sentence) => [sentenceKey({ paragraph, sentence }), text] as const)),
  );
  for (const [id, { scope, begins }] of Object.entries(overrides)) {
    const text = sentences.get(id);
    if (text === undefined) throw new Error(`scope.${id}: there is no sentence ${id} in the report`);
    if (!ids.includes(scope)) throw new Error(`scope.${id}.scope: "${scope}" is not one of ${ids.map((s) => `"${s}"`).join(', ')}`);
    const others = [...sentences].filter(([other]) => other !== id).map(([other, otherText]) => ({ id: other, text: otherText }));
    checkBegins(`scope.${id}`, `sentence ${id}`, text, begins, others);
  }
  return Object.fromEntries(Object.entries(overrides).map(([id, { scope }]) => [id, scope]));
}
