/**
 * A pair's findings in twelve characters, so that a change to what a published pair page says
 * can be noticed and named (content/changelog.yaml): the same reports, lists and method give the
 * same fingerprint, any change in a finding, its evidence or a summary sentence another; the
 * page's layout and its links are not part of it.
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
  // What the sentences say, not where their links lead: a new layout of the page is no new finding.
  const summary = [pair.summary.headline, pair.summary.lines.map((line) => [line.parts, line.more])];
  const text = JSON.stringify([findings, statuses, summary]);
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}
