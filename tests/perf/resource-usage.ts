/**
 * Loaded into each build the bench times (`node --import`): at exit, writes the process's CPU
 * time (all its threads') and peak memory to BENCH_USAGE_FILE for the bench to read. CPU time
 * moves less than wall time when other work shares the machine.
 */
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const usage = process.resourceUsage();
  const file = process.env['BENCH_USAGE_FILE'];
  if (file) writeFileSync(file, JSON.stringify({ cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6, peakKiB: usage.maxRSS }));
});
