import { it } from 'vitest';
import { comparePairs, fixturePath, realMeetingPaths } from '../support/analysis.ts';
import { evidenceOf, groupTitle } from '../../src/lib/compare/findings.ts';
import { sideLabel } from '../../src/lib/compare/attribution.ts';

const which = (process.env['PAIR'] ?? 'real').split(',');
it('prints', async () => {
  const paths = which[0] === 'real' ? [realMeetingPaths.bishkek, realMeetingPaths.islamabad] : which.map((w) => (w === 'b' ? realMeetingPaths.bishkek : w === 'i' ? realMeetingPaths.islamabad : w.startsWith('/') ? w : fixturePath(w)));
  const pairs = await comparePairs(paths);
  let out = '';
  for (const p of pairs) {
    for (const m of [p.first, p.second]) {
      out += `== ${m.id} (${m.wordCount} words)\n`;
      m.paragraphs.forEach((para, i) => (out += `  ¶${i + 1} ${sideLabel(para.attribution)} [${para.attribution.cues.join('; ')}] ${para.text.slice(0, 70)}\n`));
    }
    out += `-- topics\n`;
    for (const t of p.changes.topics) {
      const fmt = (ms: typeof t.first) => ms.map((m) => `${m.voices.join('+') || 'rep'}¶${m.paragraph + 1}${m.scope !== 'bilateral' ? ':' + m.scope + (m.scopeCertain ? '' : '?') : ''}${m.via ? '(via ' + m.via + ')' : ''}"${m.matched}"`).join(' ');
      out += `  ${t.status.padEnd(8)} ${t.topic.id}: ${t.shifts.map((s) => s.kind).join(',')} | ${fmt(t.first)} => ${fmt(t.second)}\n`;
    }
    out += `-- findings\n`;
    for (const g of p.findings.slice(0, 12)) out += `  ${g.score.toFixed(2)} ${groupTitle(g, ['A', 'B'])}: ${g.items.map((i) => evidenceOf(i).words + (i.type === 'novelty' ? '' : '') + ' ' + i.score.toFixed(2)).join(', ')}\n`;
    out += `-- novelties added: ${p.novelties.added.map((n) => n.text).join(' | ')}\n-- dropped: ${p.novelties.dropped.map((n) => n.text).join(' | ')}\n`;
  }
  console.log(out);
});
import { plainText } from '../../src/lib/compare/summary.ts';
it('summary', async () => {
  const paths = which[0] === 'real' ? [realMeetingPaths.bishkek, realMeetingPaths.islamabad] : which.map((w) => (w === 'b' ? realMeetingPaths.bishkek : w === 'i' ? realMeetingPaths.islamabad : w.startsWith('/') ? w : fixturePath(w)));
  const pairs = await comparePairs(paths);
  for (const p of pairs) console.log(['## ' + p.first.id + ' → ' + p.second.id, ...p.summary.headline, ...p.summary.lines.map((l) => '- ' + plainText(l.parts))].join('\n'));
});
