/**
 * A pair's findings in twelve characters, so that a change to what a published pair page says
 * can be noticed and named (content/changelog.yaml): the same reports, lists and method give the
 * same fingerprint, any change in a finding, its evidence or a summary sentence another.
 */
import { createHash } from 'node:crypto';
import type { PairComparison } from './index.ts';

export function findingsFingerprint(pair: Pick<PairComparison, 'findings' | 'summary' | 'changes'>): string {
  const findings = pair.findings.map((group) => [
    group.id,
    group.items.map((item) =>
      item.type === 'topic'
        ? [item.change.topic.id, item.change.status, item.change.first.map((m) => m.paragraph), item.change.second.map((m) => m.paragraph)]
        : [item.novelty.text, item.novelty.paragraph],
    ),
  ]);
  const statuses = pair.changes.topics.map((t) => [t.topic.id, t.status]);
  const text = JSON.stringify([findings, statuses, pair.summary]);
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}
