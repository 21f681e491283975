/**
 * The ids of a curated list that stand more than once. Astro's file loader keeps the last
 * entry of an id and drops the others without a word, so a repeated id would silently replace
 * a topic; the build checks each list's ids first.
 */
export function repeatedIds(entries: readonly unknown[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const entry of entries) {
    const id = (entry as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') continue;
    if (seen.has(id)) repeated.add(id);
    seen.add(id);
  }
  return [...repeated];
}
