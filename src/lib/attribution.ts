/**
 * Who is reported as saying each paragraph: one of the participants, both sides together
 * ("China and Russia on Wednesday reiterated …"), or the narrative (the outlet's own
 * framing, "the reporter"). The rule reads the reporting verbs of news copy: a participant named
 * by name or office ("Li said", "Mishustin congratulated", "The premier said") speaks; "he"
 * and "she" refer to the last participant who spoke or was named as a sentence's subject, also
 * across paragraphs; a transcript's turn ("Mikhail Mishustin: …") is its speaker's. A paragraph is
 * a participant's when its reported speech is all theirs; a frontmatter override settles
 * any paragraph the rule gets wrong.
 */
import { datelineLength, timeStampLength } from './dateline.ts';
import { WEEKDAYS } from './meeting-date.ts';
import { NEWS_OUTLETS } from './news-outlets.ts';
import { framingClauseStart, verbForms } from './nlp.ts';
import { escapeRegExp, sentenceRanges } from './text.ts';
import { COUNTRY_WORDS, countryWords } from './countries.ts';

export interface Speaker {
  /** The name the report uses after the first mention: "Li", "Mishustin". */
  shortName: string;
  name: string;
  office: string;
  /** The side the speaker stands for: the participant's country. */
  country: string;
}

export const NARRATIVE = 'narrative';
/** A paragraph the outlet gives to both sides at once: "China and Russia … reiterated". */
export const BOTH = 'both';
/** An override for a paragraph where another person speaks (a host, an expert): the reporter's paragraph, not the reporter's words. */
export const OTHER = 'other';

/** A paragraph's attribution: a participant's country, "both" or "narrative". */
export type Side = string;

export interface Attribution {
  side: Side;
  /** The one participant who speaks; undefined for both sides and for the narrative. */
  speaker: Speaker | undefined;
  /** Every participant the paragraph speaks for: one, all (both sides) or none (narrative). */
  speakers: Speaker[];
  /** "rule" when the text decided, "override" when the frontmatter did. */
  decidedBy: 'rule' | 'override';
  /** The words that decided it, as written: "Li said", "he noted". Empty for narrative. */
  cues: string[];
  /** Where someone else speaks and no participant does, the words by which they do ("Bektenov said", "he added"): the reporter's paragraph, but not the reporter's words. */
  others: string[];
  /**
   * Where both participants speak in turn, or a participant and another person (the reporter's
   * paragraph as a whole), who speaks in each sentence: one participant, both in turn ("Li urged
   * …, while Mishustin said …"), or none.
   */
  turns?: Speaker[][];
  /** In such a paragraph, the sentences that are another person's words ("Li said … . Zhao Long, an analyst, said …"). */
  othersIn?: boolean[];
  /** In a transcript, the speaker's name and colon that open their turn ("Mikhail Mishustin:"): the outlet's words, not theirs. */
  turnLabel?: string;
  /** Where another person speaks, the first sentence that is theirs: the sentences before it are the reporter's ("No progress was announced. Gazprom said …"). */
  othersFrom?: number;
}

/** The verbs by which news copy reports speech, each read in the tenses news copy uses (`verbForms`): "said", "says", "saying". */
const SPEECH_VERBS = [
  'say',
  'note',
  'add',
  'stress',
  'point out',
  'point to',
  'call on',
  'call for',
  'urge',
  'express',
  'congratulate',
  'propose',
  'hope',
  'state',
  'emphasize',
  'emphasise',
  'underline',
  'underscore',
  'highlight',
  'welcome',
  'remark',
  'tell',
  'suggest',
  'agree',
  'recall',
  'hail',
  'voice',
  'reiterate',
  'reaffirm',
  'affirm',
  'praise',
  'thank',
  'convey',
  'believe',
  'vow',
  'pledge',
  'acknowledge',
  'observe',
  'announce',
  'invite',
  'describe',
  'speak',
  'assure',
  'confirm',
  'declare',
  'offer',
  'put forward',
  'brief',
  'review',
  'outline',
  'list',
  'argue',
  'reply',
  'respond',
  'insist',
  'warn',
  'explain',
  'assert',
  'maintain',
  'caution',
  'mention',
  'continue',
  'laud',
  'promise',
  'put it',
  'talk about',
  'draw attention',
  'attribute',
  'write',
  'reject',
  'deny',
  'analyse',
  'analyze',
  'plead',
  'answer',
];

/** Every form of the speech verbs, and the phrases of reported speech that are no verb's tense. */
const REPORTING_VERBS = [
  ...SPEECH_VERBS.flatMap(verbForms),
  'went on to say',
  'goes on to say',
  'went on to mention',
  'goes on to mention',
  'was quoted as saying',
  'is quoted as saying',
];

/** How a sentence goes on to more of its speaker's words: "…, saying …", "…, adding that …". */
const GOES_ON_SAYING = 'saying|adding|noting|stressing|urging|calling';

/** What may stand between a name and its verb: "Li on Tuesday stressed", "Li has said", "the ministry has repeatedly denied", "Li in his speech said", "Li Qiang, the Chinese premier, said", "Li Hui, an envoy, who came along, told", "Li, the No. 2, said". */
const BETWEEN = String.raw`(?:\s+(?:also|further|then|later|again|here|there|has|had|have|would|could|might|\p{Ll}{2,}ly|in\s+turn|for\s+(?:his|her)\s+part|in\s+(?:his|her)\s+(?:speech|remarks|address)|on\s+(?:${WEEKDAYS.join('|')})|on\s+\p{L}+\.?\s+\d{1,2}|at\s+the\s+(?:meeting|talks)|during\s+the\s+(?:meeting|talks)|declined\s+to\s+(?:comment|elaborate|give\s+details)\s+but)|(?:,(?:No\.|[^,.;:]){1,120}?)+,|,\s+who\b)*`;

/** Reporting verbs whose past participle names what was done to a thing ("the Bank agreed at the summit", "the plan proposed in May"). */
const PARTICIPLES = new Set([
  'agreed',
  'proposed',
  'announced',
  'outlined',
  'listed',
  'described',
  'put forward',
  'reviewed',
  'welcomed',
  'praised',
  'hailed',
  'lauded',
  'invited',
  'offered',
  'confirmed',
  'declared',
  'acknowledged',
  'pledged',
  'promised',
  'expressed',
  'conveyed',
  'voiced',
  'reaffirmed',
  'reiterated',
  'affirmed',
  'highlighted',
  'emphasized',
  'emphasised',
  'underlined',
  'underscored',
]);

/** Reporting verbs that are also plural nouns after a capitalised word: "Asian states", "Kremlin notes", "Russian hopes", "Chinese offers". */
const PLURAL_NOUNS = new Set([
  'analyses',
  'answers',
  'states',
  'notes',
  'hopes',
  'voices',
  'highlights',
  'stresses',
  'urges',
  'praises',
  'recalls',
  'hails',
  'underscores',
  'remarks',
  'thanks',
  'offers',
  'promises',
  'replies',
  'reviews',
  'lists',
  'briefs',
  'outlines',
  'mentions',
  'cautions',
  'pledges',
  'vows',
  'invites',
  'rejects',
  'attributes',
  'talks about',
]);

/**
 * The ways a report refers to a speaker, as regular expressions: full name, short name, the
 * office ("the premier"), with the country's adjective and up to two capitalised words before
 * it ("the Chinese State Council Premier"), the head of the country's government or cabinet.
 */
function referencesTo(speaker: Speaker): string[] {
  const forms = COUNTRY_WORDS[speaker.country];
  // "the Chinese premier", or in officialese "the PRC premier".
  const adjective = forms && (forms.initials ? `(?:${forms.adjective}|${forms.initials})` : forms.adjective);
  const isPrimeMinister = speaker.office.toLowerCase() === 'prime minister';
  const offices = [speaker.office, ...(isPrimeMinister ? ['PM', 'head of government', 'government head', 'head of the cabinet'] : [])].map(
    escapeRegExp,
  );
  // Up to two words of the office's name between ("State Council"), but none that makes it another office ("Deputy", "Vice").
  const words = String.raw`(?:\s+(?!(?:deputy|vice|first|former|acting|assistant)\b)\p{Lu}[\p{L}-]*){0,2}`;
  const titled = (office: string) => (adjective ? `(?:the\\s+)?${adjective}${words}\\s+${office}` : `the\\s+${office}`);
  // "Russia's prime minister", "China's State Council premier".
  const possessive = (office: string) => `${escapeRegExp(speaker.country)}['’]s${words}\\s+${office}`;
  const titles = offices.flatMap((office) => [`the\\s+${office}`, titled(office), possessive(office)]);
  // "The head of the Russian cabinet", "the head of the Chinese State Council", "the Chinese head of government"; outlets call
  // a prime minister "premier" too, but the premier alone is the one whose office it is.
  // "of Russia", "of the Russian Federation", "of the People's Republic of China", "of the PRC".
  const ofCountry = `of\\s+(?:the\\s+)?(?:${escapeRegExp(speaker.country)}|${adjective}\\s+Federation|People['’]s\\s+Republic\\s+of\\s+${escapeRegExp(speaker.country)})`;
  const headOf = adjective
    ? [
        `the\\s+(?:head|chairman)\\s+of\\s+the\\s+${adjective}\\s+(?:government|cabinet|State\\s+Council)`,
        `the\\s+${adjective}\\s+head\\s+of\\s+government`,
        `the\\s+(?:head|chairman)\\s+of\\s+the\\s+government\\s+${ofCountry}`,
        // The office in full, as officialese writes it: "the Premier of the State Council (of the PRC)", "Prime Minister of the Russian Federation".
        ...offices.flatMap((office) => [
          `(?:the\\s+)?${office}\\s+of\\s+the\\s+(?:State\\s+Council|government)(?:\\s+${ofCountry})?`,
          `(?:the\\s+)?${office}\\s+${ofCountry}`,
        ]),
        ...(isPrimeMinister ? [titled('premier'), possessive('premier')] : []),
      ]
    : [];
  // "The Russian side said": the delegation a participant leads speaks for them; "his Chinese counterpart", "Mishustin's Chinese
  // opposite number"; "the Chinese leader", whom officeMentions tells from another of the country's leaders.
  const side = adjective
    ? [
        `the\\s+${adjective}\\s+side`,
        `(?:his|her|their|\\p{Lu}[\\p{L}-]*['’]s)\\s+${adjective}\\s+(?:counterpart|opposite\\s+number)`,
        `the\\s+${adjective}\\s+leader`,
        // "the Chinese guest", "his Russian host": a reporter's name for the visitor and the one who receives him.
        `(?:the|his|her)\\s+${adjective}\\s+(?:guest|host|visitor)`,
      ]
    : [];
  // The office before the name, as a title: "said Premier Li", "Prime Minister Mishustin said".
  const titledName = offices.map((office) => `${office}\\s+(?:${escapeRegExp(speaker.name)}|${escapeRegExp(speaker.shortName)})`);
  // A Russian's first name and patronymic, as Russians address one another: "Mikhail Vladimirovich".
  const [firstName] = speaker.name.split(' ');
  const patronymic =
    firstName && firstName !== speaker.shortName ? [`${escapeRegExp(firstName)}\\s+\\p{Lu}\\p{Ll}+(?:ovich|evich|ich)`] : [];
  return [escapeRegExp(speaker.name), escapeRegExp(speaker.shortName), ...titles, ...headOf, ...side, ...titledName, ...patronymic].sort(
    (a, b) => b.length - a.length,
  );
}

interface Cue {
  index: number;
  text: string;
  /** A participant; "he" or "she"; or someone else, after whom "he" is no participant. */
  speaker: Speaker | 'pronoun' | 'someone';
  /** A participant named as a sentence's subject without a reporting verb ("Mishustin arrived …"): no speech, but whom a later "he" means. */
  mention?: true;
}

const DAYS_AND_MONTHS = [
  ...WEEKDAYS,
  ...['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
];

/** Capitalised words that may stand before a participant's short name besides their office and country: a title, a day, a month, an opening adverb. */
const BEFORE_SHORT_NAME = new Set(
  [
    ...['Premier', 'PM', 'Mr', 'Mr.'],
    ...DAYS_AND_MONTHS,
    ...['Then', 'Also', 'Meanwhile', 'Later', 'Earlier', 'Here', 'And', 'But', 'So', 'When', 'While', 'As', 'After', 'Before', 'Today'],
  ].map((word) => word.toLowerCase()),
);

/**
 * Whether a short name matched is another person's: after a capitalised word that is no title,
 * day or opening word ("Wang Li said" is not Premier Li; "Premier Li said" is), or before a
 * capitalised word or a possessive ("said Li Hui", "said Li's deputy").
 */
function anotherPersonsName(paragraph: string, index: number, matched: string, speaker: Speaker): boolean {
  if (matched.includes(speaker.name)) return false;
  if (matched.startsWith(speaker.shortName)) {
    const before = /(\p{Lu}[\p{L}.]*)\s+$/u.exec(paragraph.slice(0, index))?.[1]?.toLowerCase();
    // Their own office, country or given name, or an initial ("M. Mishustin", "Mikhail V. Mishustin"), is no other name.
    const own = [...speaker.office.split(/\s+/), ...speaker.name.split(/\s+/), COUNTRY_WORDS[speaker.country]?.adjective ?? ''].map(
      (word) => word.toLowerCase(),
    );
    // A word that ends the sentence before ("Li met Sharif. Mishustin said") is no given name either.
    const endsSentence = before !== undefined && /\p{L}{2}\.$/u.test(before);
    if (before !== undefined && !endsSentence && !BEFORE_SHORT_NAME.has(before) && !own.includes(before) && !/^\p{L}\.$/u.test(before))
      return true;
  }
  return matched.endsWith(speaker.shortName) && /^(?:['’]s\b|\s+\p{Lu}\p{Ll})/u.test(paragraph.slice(index + matched.length));
}

/**
 * Where a text names a participant's namesake, another person with their short name and a given
 * name of their own ("Li Haidong", "Li Hui"), and where it names the participant (full name,
 * office), in reading order: from a namesake on, until the participant is named again, a bare
 * "Li said" is the namesake's, as a reader takes it.
 */
function namesakeMentions(text: string, speaker: Speaker): { index: number; namesake: boolean }[] {
  const notGiven = new Set([...speaker.name.split(/\s+/), ...DAYS_AND_MONTHS]);
  const named = [...text.matchAll(new RegExp(properReferences(speaker).join('|'), 'giu'))]
    .filter((match) => !insideQuotation(text, match.index))
    .map((match) => ({ index: match.index, namesake: false }));
  const namesakes = [...text.matchAll(new RegExp(`\\b${escapeRegExp(speaker.shortName)}\\s+(\\p{Lu}[\\p{L}-]*)`, 'gu'))]
    .filter((match) => !notGiven.has(match[1]!))
    .map((match) => ({ index: match.index, namesake: true }));
  return [...named, ...namesakes].sort((a, b) => a.index - b.index);
}

/** The offices a bare "the premier", "the prime minister" or "the Chinese leader" names; "the Premier of the State Council" is no bare office. */
const BARE_OFFICE = /\bthe\s+(?:(premier|prime\s+minister)|\p{L}+\s+(leader))\b(?!\s+of\b)/iu;

type OfficeMention = { index: number; office: string; who: Speaker | 'someone' };

/**
 * Where a text gives someone the title of premier or prime minister ("Premier Li", "Russian
 * Premier Mikhail Mishustin", "Prime Minister Shehbaz Sharif"), in reading order: a bare "the
 * premier" or "the prime minister" is whoever was last given that title, a participant or another
 * person (TASS calls Mishustin premier; Dawn, Sharif prime minister), or named after it, else the
 * one whose office it is. Per paragraph, in reading order.
 */
function officeMentions(texts: readonly string[], speakers: readonly Speaker[]): OfficeMention[][] {
  const offices = ['premier', 'prime minister', 'leader'];
  // Each paragraph's titles: a participant's ("Premier Li", "the Russian prime minister") or another person's ("Prime Minister Shehbaz Sharif").
  const titledIn = texts.map((text) =>
    offices.flatMap((office) => {
      const titled = speakers.flatMap((speaker) => {
        // Not the bare office itself ("the\s+Premier"), which is what is being resolved; for "the Chinese leader", any naming of him.
        const titles = referencesTo(speaker).filter((r) =>
          office === 'leader' ? !r.includes('leader') : r.toLowerCase().includes(office) && !/^the\\s\+[\w ]+$/.test(r),
        );
        return titles.length === 0 ? [] : [...text.matchAll(new RegExp(titles.join('|'), 'giu'))].map((m) => ({ m, who: speaker }));
      });
      const title = { premier: 'Premier', 'prime minister': '(?:Prime Minister|PM)', leader: '(?:President|leader)' }[office];
      const others = [...text.matchAll(new RegExp(`\\b${title}((?:\\s+\\p{Lu}[\\p{L}-]*)+)`, 'gu'))]
        .filter((m) => !titled.some(({ m: t }) => t.index < m.index + m[0].length && m.index < t.index + t[0].length))
        .map((m) => ({ m, who: 'someone' as const, surname: m[1]!.trim().split(/\s+/).at(-1)! }));
      return [...titled, ...others].map(({ m, who, ...rest }) => ({ index: m.index, end: m.index + m[0].length, office, who, ...rest }));
    }),
  );
  return texts.map((text, at) => {
    const titledSoFar = titledIn.slice(0, at + 1).flat();
    const mentions = offices.flatMap((office) => {
      const titled = titledIn[at]!.filter((m) => m.office === office);
      // Whoever holds the title is named by it afterwards too: a participant whose office it is or whom the text titled so, and another person so titled.
      const holders =
        office === 'leader'
          ? []
          : speakers.filter((s) => s.office.toLowerCase() === office || titledSoFar.some((m) => m.office === office && m.who === s));
      const surnames = [
        ...new Set(titledSoFar.filter((m) => m.office === office && 'surname' in m).map((m) => (m as { surname: string }).surname)),
      ];
      const named = [
        ...holders.flatMap((s) =>
          [...text.matchAll(new RegExp(`\\b(?:${escapeRegExp(s.name)}|${escapeRegExp(s.shortName)})\\b`, 'gu'))].map((m) => ({
            m,
            who: s as Speaker | 'someone',
          })),
        ),
        ...surnames.flatMap((surname) =>
          [...text.matchAll(new RegExp(`\\b${escapeRegExp(surname)}\\b`, 'gu'))].map((m) => ({ m, who: 'someone' as const })),
        ),
      ]
        .filter(({ m }) => !titled.some((t) => t.index <= m.index && m.index < t.end))
        .map(({ m, who }) => ({ index: m.index, office, who, titled: false }));
      return [...titled.map(({ index, who }) => ({ index, office, who, titled: true })), ...named];
    });
    // Of the holders of an office a sentence names, one is whom a later bare office means: the first it titles ("Prime Minister
    // Shehbaz Sharif received … Prime Minister Mishustin", "Li and his counterpart Mishustin met, a day after PM Shehbaz Sharif
    // hosted"), else the first it names ("Bektenov held talks with Mishustin"); the others are named in passing.
    const sentences = sentenceRanges(text);
    const sentenceOf = (index: number) => sentences.findIndex((sentence) => index < sentence.end);
    const before = (a: (typeof mentions)[number], b: (typeof mentions)[number]) => (a.titled !== b.titled ? a.titled : a.index < b.index);
    return mentions
      .filter((m) => !mentions.some((o) => o !== m && o.office === m.office && sentenceOf(o.index) === sentenceOf(m.index) && before(o, m)))
      .sort((a, b) => a.index - b.index)
      .map(({ index, office, who }) => ({ index, office, who }));
  });
}

/** A participant's references but the short name alone: full name, titles, office. */
const properReferences = (speaker: Speaker): string[] =>
  referencesTo(speaker).filter((reference) => reference !== escapeRegExp(speaker.shortName));

/** Whether a cue names a participant by their short name alone ("Li said", "according to Li"), which a namesake may take. */
const bareShortName = (cue: string, speaker: Speaker): boolean => !new RegExp(properReferences(speaker).join('|'), 'iu').test(cue);

/** People named by their role or trade, who speak for themselves: "spokesman", "officials", "experts", "people familiar with the matter", "a trader" (either case, a sentence may begin with one). */
const ROLES = `(?:${[
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'officials?',
  'sources?',
  'experts?',
  'analysts?',
  'economists?',
  'diplomats?',
  'observers?',
  'scholars?',
  'researchers?',
  // People a reporter meets, quoted for what they see: "a friend who runs a freight business put it bluntly", "one trader told us".
  'friends?',
  'residents?',
  'traders?',
  'drivers?',
  'vendors?',
  'farmers?',
  'workers?',
  'students?',
  'bankers?',
  'investors?',
  'executives?',
  'business(?:man|men|woman|women|people)',
  'people\\s+familiar\\s+with\\s+the\\s+(?:matter|talks|discussions)',
]
  .map((role) => `[${role[0]!.toUpperCase()}${role[0]}]${role.slice(1)}`)
  // A paper or broadcaster named by what it is speaks for itself ("the Kommersant daily said"); by its name
  // alone ("China Daily") it is a source (someoneSpeaks).
  .join('|')}|daily|newspapers?|papers?|broadcasters?|tabloids?)\\b`;

/**
 * Someone who is not a participant speaking: a capitalised word before a reporting verb that
 * is no participant's reference, day, month, pronoun or participant's country ("Sharif noted",
 * "spokeswoman Mao Ning told"). Case matters, so it is matched without the i flag.
 */
function someoneSpeaks(speakers: readonly Speaker[]): RegExp {
  // An outlet a report cites ("…, Xinhua said", "…, China Daily reported") is a source, not another speaker.
  const outlets = NEWS_OUTLETS.flatMap((outlet) => outlet.split(' '));
  const notNames = [
    ...DAYS_AND_MONTHS,
    ...outlets,
    'He',
    'She',
    'It',
    'They',
    'We',
    'I',
    ...speakers.flatMap((s) => countryWords(s.country)),
  ];
  const name = `\\b(?!(?:${notNames.join('|')})\\b)\\p{Lu}[\\p{L}-]*`;
  // A name, then what may stand before its verb ("Shehbaz Sharif, in his opening address, urged"), but not a
  // passive ("the Initiative put forward by President Xi"); or a name after "said" ("…," said Zhao Long).
  // A verb that is also a plural noun speaks only before what is said ("Sharif states that"): "four Central Asian states" is no one.
  // A participle after a thing's name, "the SCO Development Bank agreed at the summit", is no one speaking either.
  const speech = REPORTING_VERBS.filter((verb) => !PLURAL_NOUNS.has(verb) && !PARTICIPLES.has(verb));
  const verbs = speech.map(escapeRegExp).join('|');
  // A capitalised word before a participle is no name ("Worth noting:").
  const finite = speech
    .filter((verb) => !verb.endsWith('ing'))
    .map(escapeRegExp)
    .join('|');
  const nounLike = `(?:${[...PLURAL_NOUNS].join('|')})(?=\\s+that\\b|\\s*[:"“])`;
  // After a quotation a verb is one, though its form is a noun's too: '"…," analyses Hélène Marchetti'.
  const afterQuotation = REPORTING_VERBS.filter((verb) => !verb.endsWith('ing'))
    .map(escapeRegExp)
    .join('|');
  const participle = `(?:${[...PARTICIPLES].map(escapeRegExp).join('|')})\\b(?!\\s+(?:by|at|in|during|under|within|earlier|last)\\b)`;
  // Someone named by role, not name: "a Kremlin spokesman told", "a source in the Russian government told", "Chinese experts said", "according to people familiar with the matter".
  // "a friend who runs a freight business put it": a role's own clause, without commas, before its verb.
  const role = `\\b${ROLES}(?:\\s+(?:in|at|from|of|close\\s+to|familiar\\s+with)(?:\\s+[\\p{L}-]+){1,4}?)?(?:\\s+who\\s+[^,.;:"“]{1,80}?)?`;
  // Between commas, a verb is one: "Anniversaries, Hassan answers, are …". After "says", a person by their part: "says his guest".
  const aside = `(?<=,\\s+)${name}\\s+(?:${afterQuotation})(?=,\\s+(?!and\\b|or\\b)\\p{Ll})`;
  const byPart = String.raw`\b(?:said|says)\s+(?:his|her|their|the|a|one)\s+(?:guest|host|colleague|interviewer|interlocutor)\b`;
  // "Hassan's prediction … is blunt: "…"", "the expert's verdict": a person's own words, named as such.
  const ownWords = `${name}['’]s\\s+(?:own\\s+)?(?:words|view|opinion|remarks|verdict|prediction|assessment|conclusion)\\b`;
  return new RegExp(
    `${name}${BETWEEN}\\s+(?:(?:${finite})\\b(?!\\s+by\\b)|${nounLike}|${participle})|\\b(?:said|says)\\s+${name}|${aside}|${byPart}|${ownWords}|(?<=[”"]\\s+)(?:${afterQuotation})\\s+${name}|${role}${BETWEEN}\\s+(?:(?:${verbs})\\b|${participle})(?!\\s+on\\s+(?:the\\s+)?condition\\b)|\\b[Aa]ccording\\s+to\\s+(?:[\\p{L}-]+\\s+){0,3}?${ROLES}`,
    'gu',
  );
}

/** Whether a place in a text is inside a quotation: words quoted are the speaker's, not the reporter's naming of anyone. */
function insideQuotation(text: string, index: number): boolean {
  const before = text.slice(0, index);
  const count = (pattern: RegExp) => before.match(pattern)?.length ?? 0;
  return count(/"/g) % 2 === 1 || count(/“/g) > count(/”/g);
}

/** Whether `before` ends with another participant and "and": the speaker (a participant or anyone) is the second of two subjects. */
const jointSubject = (before: string, speaker: Speaker | 'someone', speakers: readonly Speaker[]): boolean =>
  speakers.some((other) => other !== speaker && new RegExp(`\\b(?:${referencesTo(other).join('|')})\\s+and\\s+$`, 'iu').test(before));

/** Every "<speaker> <verb>" or "<verb> <speaker>" in a paragraph, and every other person who speaks, in reading order. */
function findCues(paragraph: string, speakers: readonly Speaker[]): Cue[] {
  const verbs = REPORTING_VERBS.map(escapeRegExp).join('|');
  const infinitives = SPEECH_VERBS.map(escapeRegExp).join('|');
  // Where a sentence begins: the paragraph's start after a dateline or time stamp, or after a sentence's end.
  const sentenceStart = String.raw`(?<=^[\s\S]{${datelineLength(paragraph)}}|[.!?]["”’]?\s+)`;
  // A sentence's subject, then what it did, then ", saying": "Li then turned to farm exports, saying …".
  const thenSaying = String.raw`\b[^.;:"“]{1,80}?,\s+(?:${GOES_ON_SAYING})\b`;
  const cues: Cue[] = [];
  /** Whether a match is no cue: inside another, inside a quotation, after a negated subject, another person's name, the second of two subjects. */
  const noCue = (match: RegExpExecArray, speaker: Cue['speaker']): boolean => {
    const end = match.index + match[0].length;
    return (
      cues.some((cue) => cue.index < end && match.index < cue.index + cue.text.length) ||
      insideQuotation(paragraph, match.index) ||
      // A negated subject says nothing: "None of the outlets … mentioned", "Nobody … said".
      NEGATED_SUBJECT.test(sentenceBefore(paragraph, match.index)) ||
      (typeof speaker === 'object' && anotherPersonsName(paragraph, match.index, match[0], speaker)) ||
      // The second of two subjects ("which Li and Mishustin agreed to mark") is no one's alone.
      (speaker !== 'pronoun' && jointSubject(paragraph.slice(0, match.index), speaker, speakers))
    );
  };
  const add = (pattern: RegExp, speaker: Cue['speaker'], mention?: true): void => {
    for (let match = pattern.exec(paragraph); match; match = pattern.exec(paragraph)) {
      // A match that is no cue may hide one that starts inside it: '"… the SCO," Yevgeny Ostrovsky, a fellow, told' is
      // first matched from "SCO", inside the quotation. So the search goes on from the next character.
      if (noCue(match, speaker)) pattern.lastIndex = match.index + 1;
      else cues.push({ index: match.index, text: match[0], speaker, ...(mention ? { mention } : {}) });
    }
  };
  for (const speaker of speakers) {
    const names = referencesTo(speaker).join('|');
    add(new RegExp(`\\b(?:${names})${BETWEEN}\\s+(?:${verbs})\\b`, 'giu'), speaker);
    add(new RegExp(`\\b(?:said|says|noted|added|stressed)\\s+(?:${names})\\b`, 'giu'), speaker);
    // After a quotation, any reporting verb before the name: '"…," explains Mishustin', as translations from French write it.
    add(new RegExp(`(?<=[”"]\\s+)(?:${verbs})\\s+(?:${names})\\b`, 'giu'), speaker);
    add(
      new RegExp(`\\b(?:according\\s+to|in\\s+the\\s+(?:words|view|opinion)\\s+of)\\s+(?:Mr\\.?\\s+|Ms\\.?\\s+)?(?:${names})\\b`, 'giu'),
      speaker,
    );
    // "China's premier used the meeting to stress that …".
    add(
      new RegExp(
        `\\b(?:${names})${BETWEEN}\\s+used\\s+(?:the|his|her)\\s+(?:meeting|talks|occasion|visit|speech|address)\\s+to\\s+(?:${infinitives})\\b`,
        'giu',
      ),
      speaker,
    );
    // A position stated, as a readout states it: "Li is willing to …", "the Russian side stands ready to …".
    add(
      new RegExp(`\\b(?:${names})${BETWEEN}\\s+(?:is|was|stands|stood)\\s+(?:also\\s+)?(?:willing|ready|prepared)\\s+to\\b`, 'giu'),
      speaker,
    );
    // "State media quoted Li as saying", "Mishustin was quoted by TASS as saying", "the premier is quoted as saying".
    add(new RegExp(`\\bquoted\\s+(?:${names})\\s+as\\s+saying\\b`, 'giu'), speaker);
    add(new RegExp(`\\b(?:${names})${BETWEEN}\\s+(?:was|is)\\s+quoted\\s+(?:by\\s+[^,.;]{1,60}?\\s+)?as\\s+saying\\b`, 'giu'), speaker);
    // A passive with the participant as its agent: "The need … was stressed by the Russian side".
    add(new RegExp(`\\b(?:was|were|is|are|has\\s+been|have\\s+been)\\s+(?:${verbs})\\s+by\\s+(?:${names})\\b`, 'giu'), speaker);
    // A quotation the participant introduces with a colon: "Mishustin opens the meeting: \"…\"", "Li, leaving, tells reporters: \"…\"".
    add(new RegExp(`\\b(?:${names})${BETWEEN}(?:\\s+[\\p{Ll}-]+){1,6}:\\s*["“]`, 'gu'), speaker);
    add(new RegExp(`${sentenceStart}(?:${names})${thenSaying}`, 'giu'), speaker);
    // "In the Chinese premier's words", "In Mishustin's view", "Mishustin's own remarks … emphasised"
    add(
      new RegExp(
        `(?:\\bin\\s+)?\\b(?:${names})['’]s?\\s+(?:own\\s+)?(?:words|view|opinion|remarks|speech|statement|comments|verdict|prediction|assessment)\\b`,
        'giu',
      ),
      speaker,
    );
  }
  add(
    new RegExp(
      `\\b(?:he|she)${BETWEEN}\\s+(?:${verbs})\\b|\\b(?:in\\s+(?:his|her)\\s+(?:words|view|opinion)|according\\s+to\\s+(?:him|her))\\b|${sentenceStart}(?:he|she)${thenSaying}`,
      'giu',
    ),
    'pronoun',
  );
  add(someoneSpeaks(speakers), 'someone');
  for (const speaker of speakers) {
    const names = referencesTo(speaker).join('|');
    // A participant as a sentence's subject ("Russia's head of government opened … Relations, he said"), or as whom
    // footage showed ("showed Mishustin greeting …"): no speech, but whom a later "he" means. "Li's plane" is skipped by anotherPersonsName.
    add(new RegExp(`${sentenceStart}(?:${names})\\b|(?<=\\b(?:showed|shows|showing)\\s+)(?:${names})\\b`, 'giu'), speaker, true);
  }
  // A paper that relays a participant ("the paper said that Mishustin had proposed …") does not speak itself.
  // So does a source that opens the sentence: "According to the official press, Li …".
  const relays = (cue: Cue, next: Cue | undefined) => {
    const gap = paragraph.slice(cue.index + cue.text.length, next?.index);
    const opening = /^according/i.test(cue.text) && /^[^,.;"“]{0,40},\s+(?:Mr\.?\s+|Ms\.?\s+)?$/.test(gap);
    return cue.speaker === 'someone' && typeof next?.speaker === 'object' && !next.mention && (/^\s+(?:that\s+)?$/.test(gap) || opening);
  };
  // A source named after a participant's words, at the end of their clause, relays them too: "Li told Mishustin that …,
  // according to the newspaper", "…, three people familiar with the discussions said."
  const sentences = sentenceRanges(paragraph);
  const sentenceOf = (cue: Cue) => sentences.findIndex((range) => cue.index < range.end);
  const sameSentence = (a: Cue, b: Cue) => sentenceOf(a) === sentenceOf(b);
  const relaysBefore = (cue: Cue, earlier: readonly Cue[]) =>
    cue.speaker === 'someone' &&
    ENDS_THE_CLAUSE.test(paragraph.slice(cue.index + cue.text.length)) &&
    earlier.some((before) => typeof before.speaker === 'object' && !before.mention && sameSentence(before, cue));
  const found = cues
    .sort((a, b) => a.index - b.index)
    .filter((cue, index, sorted) => !relays(cue, sorted[index + 1]) && !relaysBefore(cue, sorted.slice(0, index)));
  // A clause that leaves out the verb of another participant's before it in the sentence: "the premier spoke of
  // trade; his Russian counterpart of transport". Without a verb of speech before, it is no one's.
  for (const speaker of speakers) {
    const gapped = new RegExp(`(?<=;\\s+(?:and\\s+)?)(?:${referencesTo(speaker).join('|')})(?=\\s+(?:of|on|about)\\b)`, 'giu');
    for (const match of paragraph.matchAll(gapped)) {
      const inSentence = (cue: Cue) => cue.index < match.index && !/[.!?]["”’]?\s/.test(paragraph.slice(cue.index, match.index));
      const spokeBefore = found.some(
        (cue) => typeof cue.speaker === 'object' && cue.speaker !== speaker && !cue.mention && inSentence(cue),
      );
      if (spokeBefore && !insideQuotation(paragraph, match.index)) found.push({ index: match.index, text: match[0], speaker });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** What may follow a source that ends its clause: its name ("the newspaper Vedomosti"), a time ("on Friday"), then a stop or a comma. */
const ENDS_THE_CLAUSE = /^(?:\s+\p{Lu}[\p{L}-]*){0,3}(?:\s+(?:on|in|at|this|last)\s+[^.;,"“]{1,25})?\s*(?:[.;,]|$)/u;

/** A sentence's subject that says no one spoke: "None of the outlets …", "Neither man …", "Nobody …". */
const NEGATED_SUBJECT = /^\s*(?:none|neither|nobody|no\s+one|not\s+one)\b[^,"“”]*$/i;

/** The sentence a place in a paragraph stands in, up to that place. */
const sentenceBefore = (paragraph: string, index: number): string => {
  const before = paragraph.slice(0, index);
  return before.slice(sentenceRanges(before).at(-1)?.start ?? 0);
};

const JOINT_VERBS = [
  'reiterated',
  'reaffirmed',
  'agreed',
  'pledged',
  'vowed',
  'committed',
  'decided',
  'stressed',
  'expressed',
  'signed',
  'called',
  'renewed',
  'underlined',
  'highlighted',
  'voiced',
  'welcomed',
  'noted',
  'confirmed',
  'discussed',
  'exchanged views',
];

/**
 * A paragraph that opens with both sides as the subject of a reporting verb: "China and Russia
 * on Wednesday reiterated", "The two sides agreed", "Chinese Premier Li Qiang and Russian Prime
 * Minister Mikhail Mishustin pledged". The countries are the participants'. Where the subject
 * starts and where the opening ends.
 */
function opensWithBothSides(paragraph: string, speakers: readonly Speaker[]): { subject: number; end: number } | undefined {
  if (speakers.length < 2) return undefined;
  const both = (parts: string[]) => [parts.join('\\s+and\\s+'), [...parts].reverse().join('\\s+and\\s+')];
  const countries = speakers.map(
    (s) =>
      `(?:${countryWords(s.country)
        .filter((w) => w !== COUNTRY_WORDS[s.country]?.adjective)
        .map(escapeRegExp)
        .join('|')})`,
  );
  const adjectives = speakers.map((s) => escapeRegExp(COUNTRY_WORDS[s.country]?.adjective ?? s.country));
  // A name with up to three words of title before it: "Russian Prime Minister Mikhail Mishustin".
  // Or the second as the first's counterpart: "Li and his Russian counterpart".
  const names = speakers.map(
    (s) =>
      `(?:(?:[\\p{L}'’-]+\\s+){0,3}?(?:${escapeRegExp(s.name)}|${escapeRegExp(s.shortName)})|(?:his|her)\\s+${escapeRegExp(COUNTRY_WORDS[s.country]?.adjective ?? s.country)}\\s+counterpart)`,
  );
  const heads = '(?:sides|premiers|prime ministers|heads of government|leaders|delegations)';
  const subjects = [
    ...both(countries),
    ...both(names),
    ...both(adjectives).map((pair) => `the\\s+${pair}\\s+${heads}`),
    ...both(countries).map((pair) => `the\\s+${heads}\\s+of\\s+${pair}`),
    '(?:the\\s+)?two sides',
    'both sides',
    'the (?:two\\s+)?(?:sides|parties)',
    'both parties',
    'the heads of the two governments',
    'the two (?:countries|nations|neighbou?rs|governments|premiers|prime ministers|heads of government|leaders|delegations)',
    'both (?:countries|leaders|premiers|prime ministers|heads of government|delegations)',
  ];
  const verbs = [...new Set([...JOINT_VERBS, ...REPORTING_VERBS])].map(escapeRegExp).join('|');
  // Or what "was agreed", with no one named: in a report of two, the two agreed it.
  const pattern = new RegExp(
    `^((?:[^.]*?--\\s*)?(?:[^,.]{1,60},\\s*)?)(?:(?:${subjects.join('|')})${BETWEEN}\\s+(?:(?:held|met|had)\\b[^.;]*?\\s+and\\s+)?(?:have\\s+|has\\s+)?(?:jointly\\s+|also\\s+)?(?:${verbs})|it\\s+was\\s+(?:also\\s+)?(?:jointly\\s+)?(?:agreed|decided))\\b`,
    'iu',
  );
  // After a dateline, dated or not ("BISHKEK, Oct. 25 (Xinhua) --", "BISHKEK (Reuters) -").
  const skipped = paragraph.length - paragraph.trimStart().length + datelineLength(paragraph.trimStart());
  const opening = pattern.exec(paragraph.slice(skipped));
  return opening ? { subject: skipped + opening[1]!.length, end: skipped + opening[0].length } : undefined;
}

/**
 * Whether a both-sides opening tells history, the reporter's background: a year before the
 * meeting's ahead of it or in its clause ("China and Russia declared a partnership in February 2022").
 */
function tellsHistory(paragraph: string, opening: { subject: number; end: number }, meetingYear: number): boolean {
  const clause = paragraph.slice(0, opening.subject) + /^[^,.;]*/.exec(paragraph.slice(opening.end))![0];
  return [...clause.matchAll(/\b(?:19|20)\d{2}\b/g)].some(([year]) => Number(year) < meetingYear);
}

/**
 * A transcript's turn: a paragraph that opens with its speaker's name and a colon ("Mikhail
 * Mishustin: Mr Li Qiang, friends, …", "Li Qiang (retranslated): …", "MISHUSTIN: …"). Another
 * person's ("Dmitry Peskov: …", "Question: …") counts only in a report with a participant's turn,
 * where no dateline ("ISLAMABAD: …") or note ("Note: …") could be taken for one. The name, and the
 * label up to its colon, which is the outlet's words.
 */
function transcriptTurn(
  paragraph: string,
  speakers: readonly Speaker[],
  transcript: boolean,
): { speaker: Speaker | 'someone'; name: string; label: string } | undefined {
  // A live blog's time stamp may stand before the name ("09:41 — Li: …"); it is part of the label.
  const lead = timeStampLength(paragraph);
  const [before, text] = [paragraph.slice(0, lead), paragraph.slice(lead)];
  const label = (name: string) => new RegExp(`^\\s*((?:${name})(?:\\s*\\([^)]{1,40}\\))?)\\s*:(?=\\s)`, 'iu');
  for (const speaker of speakers) {
    const title = `(?:(?:Premier|Prime\\s+Minister|Mr\\.?)\\s+)?(?:${escapeRegExp(speaker.name)}|${escapeRegExp(speaker.shortName)})`;
    const named = label(title).exec(text);
    if (named) return { speaker, name: named[1]!, label: (before + named[0]).trim() };
  }
  const someone = transcript && /^\s*((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s*\([^)]{1,40}\))?)\s*:(?=\s)/u.exec(text);
  return someone ? { speaker: 'someone', name: someone[1]!, label: (before + someone[0]).trim() } : undefined;
}

/** The last of the paragraphs' mentions before `index` in paragraph `at`: in it, or in one before it. */
const lastBefore = <T extends { index: number }>(byParagraph: readonly (readonly T[])[], at: number, index: number): T | undefined =>
  byParagraph[at]!.findLast((mention) => mention.index < index) ?? byParagraph.slice(0, at).flat().at(-1);

/**
 * Attributes each paragraph in order. `overrides` maps a paragraph id to a speaker's short
 * name or "narrative"; ids and names must have been checked by the caller. `meetingYear`, where
 * known, tells history from the meeting.
 */
export function attributeParagraphs(
  paragraphs: readonly { id: string; text: string }[],
  speakers: readonly Speaker[],
  overrides: Readonly<Record<string, string>> = {},
  meetingYear = -Infinity,
): Attribution[] {
  let lastSpeaker: Speaker | undefined;
  /** Whether the last to speak was someone else, whom a later "he" continues. */
  let otherSpoke = false;
  // Who a bare "Li" or "the premier" means is read across paragraphs: the last mention before it.
  const namesakes = new Map(speakers.map((speaker) => [speaker, paragraphs.map((p) => namesakeMentions(p.text, speaker))]));
  const offices = officeMentions(
    paragraphs.map((p) => p.text),
    speakers,
  );
  // In a transcript, a turn runs from its speaker's name to the next one's, over paragraphs that do not repeat it.
  const transcript = paragraphs.some((p) => transcriptTurn(p.text, speakers, false) !== undefined);
  let turn: ReturnType<typeof transcriptTurn>;
  const attributions: Attribution[] = [];
  for (const [at, { id, text }] of paragraphs.entries()) attributions.push(attributeOne(id, text, at));
  return attributions;

  function attributeOne(id: string, text: string, at: number): Attribution {
    const opens = transcriptTurn(text, speakers, transcript);
    // A turn goes on over paragraphs without a name of their own, but not into a live blog's next entry or a new dateline.
    turn = opens ?? (datelineLength(text) > 0 ? undefined : turn);
    if (turn && overrides[id] === undefined) {
      const { speaker, name, label } = turn;
      const turnLabel = opens ? { turnLabel: label } : {};
      [lastSpeaker, otherSpoke] = speaker === 'someone' ? [undefined, true] : [speaker, false];
      return speaker === 'someone'
        ? { side: NARRATIVE, speaker: undefined, speakers: [], decidedBy: 'rule', cues: [], others: [name], othersFrom: 0, ...turnLabel }
        : { side: speaker.country, speaker, speakers: [speaker], decidedBy: 'rule', cues: [label], others: [], ...turnLabel };
    }
    const [before, otherBefore] = [lastSpeaker, otherSpoke];
    const sides = new Map<string, Speaker>();
    const cues: string[] = [];
    const spoken: { index: number; speaker: Speaker }[] = [];
    let firstOther: number | undefined;
    const others: string[] = [];
    const otherAt: number[] = [];
    const found = findCues(text, speakers);
    // A quotation left open at the end of a paragraph goes on in the next, which opens with a
    // quotation mark: with no speaker of its own, it is the same speaker's (a participant's or another's).
    const previous = paragraphs[at - 1];
    if (
      !found.some((cue) => !cue.mention) &&
      overrides[id] === undefined &&
      previous &&
      insideQuotation(previous.text, previous.text.length) &&
      /^\s*["“]/.test(text)
    ) {
      // Another person's quotation goes on from the paragraph's start; a participant's after two spoke in turn is the last one's.
      const { turns, ...before } = attributions[at - 1]!;
      const last = turns?.flat().at(-1);
      if (last) return { side: last.country, speaker: last, speakers: [last], decidedBy: 'rule', cues: [], others: [] };
      return { ...before, othersFrom: 0, decidedBy: 'rule', cues: [] };
    }
    // "Li and Mishustin agreed": the verb of both sides is no cue of the second alone. But
    // "According to Li, the two sides agreed" is Li's.
    let bothOpen = opensWithBothSides(text, speakers);
    if (bothOpen && found.some((cue) => cue.speaker !== 'someone' && !cue.mention && cue.index + cue.text.length <= bothOpen!.subject))
      bothOpen = undefined;
    if (bothOpen && tellsHistory(text, bothOpen, meetingYear)) bothOpen = undefined;
    for (const cue of found.filter((c) => bothOpen === undefined || c.index + c.text.length > bothOpen.end)) {
      const namesake =
        typeof cue.speaker === 'object' &&
        bareShortName(cue.text, cue.speaker) &&
        lastBefore(namesakes.get(cue.speaker)!, at, cue.index)?.namesake;
      const office = typeof cue.speaker === 'object' ? BARE_OFFICE.exec(cue.text) : null;
      const bare = office ? (office[1] ?? office[2])!.toLowerCase().replace(/\s+/, ' ') : undefined;
      // "The Chinese leader" is the Chinese participant, unless a president or another leader was named since.
      const named = (m: { office: string; who: Speaker | 'someone' }) =>
        m.office === bare && (bare !== 'leader' || m.who === 'someone' || m.who === cue.speaker);
      const titled =
        bare &&
        lastBefore(
          offices.map((list) => list.filter(named)),
          at,
          cue.index,
        )?.who;
      if (cue.mention) {
        // Named, not speaking: whom a later "he" means.
        [lastSpeaker, otherSpoke] = namesake || titled === 'someone' ? [undefined, true] : [(titled || cue.speaker) as Speaker, false];
        continue;
      }
      if (cue.speaker === 'someone' || namesake || titled === 'someone') {
        // Someone else speaks: a later "he" is not a participant, and the paragraph is not one participant's alone.
        others.push(cue.text);
        firstOther ??= cue.index;
        otherAt.push(cue.index);
        [lastSpeaker, otherSpoke] = [undefined, true];
        continue;
      }
      const speaker = cue.speaker === 'pronoun' ? lastSpeaker : titled || cue.speaker;
      if (!speaker) {
        if (otherSpoke) {
          others.push(cue.text);
          firstOther ??= cue.index;
          otherAt.push(cue.index);
        }
        continue;
      }
      [lastSpeaker, otherSpoke] = [speaker, false];
      sides.set(speaker.country, speaker);
      cues.push(cue.text);
      spoken.push({ index: cue.index, speaker });
    }
    const override = overrides[id];
    if (override !== undefined) {
      if (override === BOTH) return { side: BOTH, speaker: undefined, speakers: [...speakers], decidedBy: 'override', cues, others: [] };
      const speaker = speakers.find((s) => s.shortName === override);
      // A paragraph settled as the reporter's leaves "he" as it was before it: its cues were wrong; after another person, "he" is them.
      [lastSpeaker, otherSpoke] = speaker ? [speaker, false] : override === OTHER ? [undefined, true] : [before, otherBefore];
      const byHand = override === OTHER ? ['set by hand'] : [];
      return {
        side: speaker?.country ?? NARRATIVE,
        speaker,
        speakers: speaker ? [speaker] : [],
        decidedBy: 'override',
        cues,
        others: byHand,
      };
    }
    if (sides.size === 0 && others.length === 0 && bothOpen !== undefined) {
      return { side: BOTH, speaker: undefined, speakers: [...speakers], decidedBy: 'rule', cues: [], others: [] };
    }
    // Speech from two speakers in one paragraph is the narrative's as a whole; each sentence is its speaker's.
    const only = sides.size === 1 && others.length === 0 ? [...sides.values()][0] : undefined;
    const side = only?.country ?? NARRATIVE;
    return {
      side,
      speaker: only,
      speakers: only ? [only] : [],
      decidedBy: 'rule',
      cues: only ? cues : [],
      others: sides.size === 0 ? others : [],
      ...(sides.size === 0 && firstOther !== undefined ? { othersFrom: sentenceRanges(text).findIndex((s) => firstOther! < s.end) } : {}),
      ...(sides.size > 1 || (sides.size === 1 && others.length > 0) ? turnsOf(text, spoken, otherAt) : {}),
    };
  }
}

/** Who a side is, for people: the participant's short name ("Li"), "Both sides", "Another speaker" or "Reporter". */
export function sideLabel(attribution: { side: Side; speaker?: Pick<Speaker, 'shortName'> | undefined }): string {
  if (attribution.speaker) return attribution.speaker.shortName;
  return attribution.side === BOTH ? 'Both sides' : attribution.side === OTHER ? 'Another speaker' : 'Reporter';
}

/** The side a paragraph is shown and counted as: another person's paragraph (a host, an expert) is theirs, not the reporter's. */
export const paragraphSide = (attribution: Pick<Attribution, 'side' | 'others'>): Side =>
  attribution.others.length > 0 ? OTHER : attribution.side;

/** A side as a class or id fragment: "China" → "china", "narrative" → "narrative". */
export const sideSlug = (side: Side): string => side.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-');

/** A paragraph given to the reporter by the rule that names a participant or says "he" or "she": the rule may have missed a speaker. */
export interface SpeakerGap {
  id: string;
  /** The words that name someone: "Li made", "he". */
  words: string;
  /** The rule read the paragraph as another person's words ("Sharif welcomed"), not the reporter's. */
  another: boolean;
}

/** The build's warning of a gap, after its place: what the rule read, and how the frontmatter settles it. */
export function speakerGapWarning({ id, words, another }: SpeakerGap): string {
  const reading = another ? `is read as another person's words ("${words}")` : `is given to the reporter, yet names someone ("${words}")`;
  return (
    `paragraph ${id} ${reading}. If a participant speaks there, say so in the frontmatter: attribution: { ${id}: { speaker: <short name>, begins: "…" } }; ` +
    'if the reporter does, use speaker: narrative; if another person does, speaker: other.'
  );
}

/**
 * The paragraphs the rule left to the reporter that name a participant, say "he" or "she", or
 * give a reporting verb to a name ("Mischustin said", "Sharif noted"). The rule may have missed
 * the verb or the spelling that makes them a speaker's; an override in the report's frontmatter
 * settles each one (speaker: narrative where the reporter does speak, other where another person does).
 */
export function speakerGaps(
  paragraphs: readonly { id: string; text: string; attribution: Attribution }[],
  speakers: readonly Speaker[],
): SpeakerGap[] {
  const references = speakers.flatMap(referencesTo);
  const named = new RegExp(`\\b(?:${[...references, 'he', 'she'].join('|')})\\b(?:\\s+\\p{L}+)?`, 'iu');
  // "The Chinese leader said": a participant's country's adjective, a few words, a reporting verb.
  const adjectives = speakers.map((s) => COUNTRY_WORDS[s.country]?.adjective).filter(Boolean);
  const titled = new RegExp(
    `\\b(?:${adjectives.join('|')})(?:\\s+[\\p{L}-]+){1,3}\\s+(?:${REPORTING_VERBS.map(escapeRegExp).join('|')})\\b`,
    'iu',
  );
  const someone = someoneSpeaks(speakers);
  return paragraphs.flatMap(({ id, text, attribution }) => {
    // Both speaking in turn is a reading of its own, not a gap.
    if (attribution.side !== NARRATIVE || attribution.decidedBy !== 'rule' || attribution.turns) return [];
    // Another person's paragraph is named by the words by which they speak, not a participant their quotation names.
    const another = attribution.others[0];
    const match = another ?? (named.exec(text) ?? titled.exec(text) ?? new RegExp(someone.source, 'u').exec(text))?.[0];
    return match ? [{ id, words: match, another: another !== undefined }] : [];
  });
}

/**
 * Who speaks in each sentence of a paragraph where both participants speak, or a participant and
 * another person: those whose words it reports, in order, else whoever spoke last before it (a
 * quotation after "Li said:"); none before anyone speaks. Another person's sentences are marked
 * apart, where another's words are the only ones.
 */
function turnsOf(
  text: string,
  spoken: readonly { index: number; speaker: Speaker }[],
  otherAt: readonly number[],
): Pick<Attribution, 'turns' | 'othersIn'> {
  // Who spoke last before a sentence: a participant, or another person.
  let last: Speaker | 'other' | undefined;
  const sentences = sentenceRanges(text).map(({ start, end }) => {
    const here = [...new Set(spoken.filter((s) => s.index >= start && s.index < end).map((s) => s.speaker))];
    const otherHere = otherAt.some((i) => i >= start && i < end);
    // A sentence of a participant and another person ("Li said so, and Sharif noted more") is the reporter's.
    if (here.length > 0 && otherHere) {
      last = 'other';
      return { turn: [], other: false };
    }
    const other = here.length === 0 && (otherHere || last === 'other');
    const turn = here.length > 0 ? here : last && last !== 'other' ? [last] : [];
    last = other ? 'other' : (turn.at(-1) ?? last);
    return { turn, other };
  });
  return {
    turns: sentences.map((s) => s.turn),
    ...(otherAt.length > 0 ? { othersIn: sentences.map((s) => s.other) } : {}),
  };
}

/** In a sentence where two participants speak in turn, where the second one's clause begins: at the last clause break before their name. */
function secondClauseStart(sentence: string, second: Speaker): number | undefined {
  const named = new RegExp(`\\b(?:${referencesTo(second).join('|')})\\b`, 'iu').exec(sentence)?.index;
  if (named === undefined) return undefined;
  return [...sentence.slice(0, named).matchAll(/,\s+(?:while|whereas|but|and)\s+|;\s+/gu)].at(-1)?.index;
}

/** Who speaks at a place: a participant, both sides, another person or the reporter. */
type Voice = Pick<Attribution, 'side' | 'speaker' | 'speakers'>;
const REPORTER: Voice = { side: NARRATIVE, speaker: undefined, speakers: [] };
const ANOTHER: Voice = { side: OTHER, speaker: undefined, speakers: [] };
const voiceOf = (speaker: Speaker): Voice => ({ side: speaker.country, speaker, speakers: [speaker] });

/**
 * Who speaks in one sentence of a paragraph (`sentenceIndex`), part by part from where each
 * begins: another person in their sentences; where both participants speak in turn, the
 * sentence's speaker, or in a sentence of both each one's clause ("Li urged …, while Mishustin
 * said …"), else the reporter; otherwise the paragraph's speaker, but the reporter from a closing
 * clause of circumstance ("…, as the two neighbours mark 75 years of ties"), and always the
 * reporter in a dateline. The findings and the who-speaks figures both read it.
 */
export function voicesIn(attribution: Attribution, sentenceIndex: number, sentence: string): { start: number; voice: Voice }[] {
  // A dateline ("ISLAMABAD, Oct. 16 (Xinhua) --") and a transcript's "Mikhail Mishustin:" are the outlet's, whoever speaks after them.
  const label = attribution.turnLabel && sentence.startsWith(attribution.turnLabel) ? attribution.turnLabel.length : 0;
  const lead = sentenceIndex === 0 ? datelineLength(sentence) || label : 0;
  const parts = partsAfter(attribution, sentenceIndex, sentence);
  if (lead === 0 || parts[0]!.voice === REPORTER) return parts;
  return [{ start: 0, voice: REPORTER }, ...parts.map((part) => ({ ...part, start: Math.max(part.start, lead) }))];
}

/** A sentence's parts by voice, a dateline aside (voicesIn). */
function partsAfter(attribution: Attribution, sentenceIndex: number, sentence: string): { start: number; voice: Voice }[] {
  const whole = (voice: Voice) => [{ start: 0, voice }];
  if (anotherSpeaksIn(attribution, sentenceIndex)) {
    // Where they begin to speak in a closing clause ("Li met Mishustin …, as Chinese experts said the meeting sent a signal"), what comes before it is the reporter's.
    const first = attribution.othersIn ? attribution.othersIn.indexOf(true) : (attribution.othersFrom ?? 0);
    const clause = sentenceIndex === first ? framingClauseStart(sentence) : undefined;
    return clause === undefined || attribution.others.some((cue) => sentence.slice(0, clause).includes(cue))
      ? whole(ANOTHER)
      : [
          { start: 0, voice: REPORTER },
          { start: clause, voice: ANOTHER },
        ];
  }
  const turn = attribution.turns?.[sentenceIndex];
  if (turn) {
    const [first, second] = turn;
    if (!first) return whole(REPORTER);
    if (!second) return untilReportersWords(voiceOf(first), sentence);
    const clause = secondClauseStart(sentence, second);
    return clause === undefined
      ? whole(REPORTER)
      : [
          { start: 0, voice: voiceOf(first) },
          { start: clause, voice: voiceOf(second) },
        ];
  }
  return attribution.side === NARRATIVE ? whole(attribution) : untilReportersWords(attribution, sentence);
}

/**
 * A speaker's sentence, up to where the reporter's own words take over: after a quotation that
 * opens it, who said it, where and when ('"…," Mishustin told Li at the government's
 * headquarters, known as the White House'), unless more speech follows ("…, adding that …");
 * else a closing clause of circumstance (", as the two neighbours mark 75 years of ties").
 */
function untilReportersWords(voice: Voice, sentence: string): { start: number; voice: Voice }[] {
  // A quotation opens the sentence, or the sentence opens inside one that began a sentence before ('Dear friend! I am glad …,"
  // Mishustin said at the start of the talks'): it closes after punctuation, before a space.
  const quotation = (/^\s*["“][^"“”]*["”]/.exec(sentence) ?? /^[^"“”]*[,.!?…]["”](?=\s)/u.exec(sentence))?.[0];
  const rest = quotation === undefined ? '' : sentence.slice(quotation.length);
  const quoted = quotation !== undefined && /\p{L}/u.test(rest) && !MORE_SPEECH.test(rest);
  const tail = quoted ? quotation.length : framingClauseStart(sentence);
  return tail === undefined
    ? [{ start: 0, voice }]
    : [
        { start: 0, voice },
        { start: tail, voice: REPORTER },
      ];
}

/** What, after a quotation, reports more of the speaker's words: another quotation, "adding that", "and said". */
const MORE_SPEECH = new RegExp(`["“”]|\\b(?:that|${GOES_ON_SAYING}|and\\s+(?:said|added|noted|stressed|urged|called))\\b`, 'iu');

/** Who speaks at one place of a paragraph: sentence `sentenceIndex`, `index` in it. */
export const attributionAt = (attribution: Attribution, sentenceIndex: number, sentence: string, index: number): Voice =>
  voicesIn(attribution, sentenceIndex, sentence).findLast((part) => part.start <= index)!.voice;

/** Whether a paragraph opens in the reporter's words, before anyone it gives words to speaks ("No progress was announced. Gazprom said …"). */
export const opensInReportersWords = (attribution: Attribution, firstSentence: string): boolean =>
  voicesIn(attribution, 0, firstSentence)[0]!.voice.side === NARRATIVE;

/**
 * Whether a sentence of a paragraph is another person's words (a host, an expert): in a paragraph
 * of theirs, the sentences from their first; beside a participant, the sentences that are theirs.
 */
export const anotherSpeaksIn = (attribution: Pick<Attribution, 'others' | 'othersFrom' | 'othersIn'>, sentence: number): boolean =>
  attribution.othersIn?.[sentence] ?? (attribution.others.length > 0 && sentence >= (attribution.othersFrom ?? 0));
