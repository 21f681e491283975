/**
 * Whose meetings the site lists: a report of Li Qiang meeting another head of government
 * belongs to another site, not to this timeline or its comparisons. The content schema checks
 * every report's participants against these: their names, and the short name, office and
 * country by which the analysis finds who speaks ("Li said", "the premier said", "China and Russia").
 */
export const PARTICIPANTS = [
  { name: 'Li Qiang', shortName: 'Li', office: 'Premier', country: 'China' },
  { name: 'Mikhail Mishustin', shortName: 'Mishustin', office: 'Prime Minister', country: 'Russia' },
] as const;
