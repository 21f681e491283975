/**
 * Whose meetings the site lists: a report of Li Qiang meeting another head of government
 * belongs to another site, not to this timeline or its comparisons. The content schema checks
 * every report's participants against these names.
 */
export const PARTICIPANTS = ['Li Qiang', 'Mikhail Mishustin'] as const;
