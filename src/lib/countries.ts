/**
 * How news copy names the participants' countries besides by name: as an adjective ("the
 * Russian prime minister"), by a prefix ("Sino-Russian") and by the capital ("Moscow and
 * Beijing agreed"). Language about these two countries, not facts about any meeting.
 */
export interface CountryWords {
  adjective: string;
  capital: string;
  prefix?: string;
  /** The letters that stand for the adjective in officialese: "the PRC premier". */
  initials?: string;
}

export const COUNTRY_WORDS: Readonly<Record<string, CountryWords>> = {
  China: { adjective: 'Chinese', capital: 'Beijing', prefix: 'Sino', initials: 'PRC' },
  Russia: { adjective: 'Russian', capital: 'Moscow' },
};

/** Every word by which a report may name one of these countries: "China", "Chinese", "Beijing", "Sino", "PRC". */
export const countryWords = (country: string): string[] => {
  const words = COUNTRY_WORDS[country];
  return [country, ...(words ? [words.adjective, words.capital, words.prefix, words.initials].filter((w) => w !== undefined) : [])];
};
