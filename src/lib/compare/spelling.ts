/**
 * British spellings read as American, so that "organisation", "neighbourly" or "programme"
 * match a list written "organization", "neighborly", "program". Both the reports and the lists
 * go through this, so a rule that also turns a word that is not British ("promise" →
 * "promize") changes nothing: the two sides still meet. Only a rule that made two different
 * words one would be wrong, which is why the -our rule needs three letters before it ("four"
 * and "for" stay apart).
 */
const WORDS: Readonly<Record<string, string>> = {
  programme: 'program',
  programmes: 'programs',
  defence: 'defense',
  offence: 'offense',
  licence: 'license',
  practise: 'practice',
  practised: 'practiced',
  ageing: 'aging',
  judgement: 'judgment',
  fulfil: 'fulfill',
  fulfilment: 'fulfillment',
  enrol: 'enroll',
  enrolment: 'enrollment',
  skilful: 'skillful',
  catalogue: 'catalog',
  analyse: 'analyze',
  analysed: 'analyzed',
  grey: 'gray',
  sulphur: 'sulfur',
  aluminium: 'aluminum',
  tyre: 'tire',
  tyres: 'tires',
  centre: 'center',
  centres: 'centers',
  theatre: 'theater',
  metre: 'meter',
  metres: 'meters',
  kilometres: 'kilometers',
  litre: 'liter',
  fibre: 'fiber',
  travelled: 'traveled',
  travelling: 'traveling',
  cancelled: 'canceled',
  labelled: 'labeled',
  modelling: 'modeling',
  fuelled: 'fueled',
  signalled: 'signaled',
  levelled: 'leveled',
  channelled: 'channeled',
  counselling: 'counseling',
};

/** [British ending, American ending], tried in order. */
const ENDINGS: readonly (readonly [RegExp, string])[] = [
  [/isation(s?)$/, 'ization$1'],
  [/(?<=\p{L}{3})is(e|ed|es|ing|er|ers)$/u, 'iz$1'],
  [/(?<=\p{L}{3})our(s|ed|ing|able|ably|ite|ites|hood|hoods|ly|liness|less|ful|ist|ists|er|ers)?$/u, 'or$1'],
];

/** A lower-case word in American spelling. */
export function americanSpelling(word: string): string {
  const listed = WORDS[word];
  if (listed) return listed;
  for (const [british, american] of ENDINGS) if (british.test(word)) return word.replace(british, american);
  return word;
}
