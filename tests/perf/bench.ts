/**
 * `npm run bench`: how the build scales with the number of meetings. Generates N synthetic
 * reports (titled as benchmark data; the real reports' bodies in turn, or random prose with
 * --random-prose; the real frontmatter schema) into a temporary folder, never into content/;
 * builds the site from them with a cold cache; and
 * reports wall time, peak memory, pages built and the cost per page, as a Markdown table and
 * JSON in test-output/bench/. Then times the dev server's first answer for / on the real
 * content. Usage: npm run bench [-- 2 200 1000] [--scale-only] [--random-prose]
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { DATA_FILES } from '../../src/lib/content-folder.ts';
import { buildEnvironment, projectRoot, testOutput } from '../support/build.ts';
import { readContent } from '../support/content.ts';

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n >= 2);
const counts = (sizes.length > 0 ? sizes : [2, 200, 1000]).sort((a, b) => a - b);
/** `npm run bench -- 2 200 --scale-only`: the scaling table alone, for a quick measure. */
const scaleOnly = process.argv.includes('--scale-only');
const astro = join(projectRoot, 'node_modules/astro/bin/astro.mjs');

const VOCABULARY = (
  'cooperation trade energy connectivity partnership development stability investment agriculture digital economy ' +
  'green industry supply chains culture exchanges education coordination practical results mutual trust benefit ' +
  'framework region growth strategy projects dialogue mechanism infrastructure transport finance science technology'
).split(' ');

/** A deterministic pseudo-random sequence, so that every run generates the same reports. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** The first synthetic meeting: a Wednesday, the weekday both real reports name. */
const FIRST_MEETING = new Date(2002, 0, 2);

/**
 * The prose of the synthetic reports. By default the real reports' bodies, taking turns, as
 * the issue measured the cost ("the 2024 report's body copied into 200 synthetic meetings"):
 * each comparison then compares the real texts, and every page is as long as a real one. With
 * --random-prose, sentences drawn from a 35-word vocabulary instead: a harder case for the
 * comparisons, since every sentence then resembles every other.
 */
const randomProse = process.argv.includes('--random-prose');
/** The real reports' bodies and their outlets, read off content/. */
const REAL_BODIES = readContent().map((file) => ({ body: `\n${file.paragraphs.join('\n\n')}\n`, publisher: file.data.publisher }));

function randomBody(next: () => number): string {
  const sentence = (): string => {
    const words = Array.from({ length: 12 + Math.floor(next() * 14) }, () => VOCABULARY[Math.floor(next() * VOCABULARY.length)]);
    return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}, he said.`;
  };
  const target = 400 + Math.floor(next() * 300);
  const paragraphs = [`SYNTHETIC benchmark text: the sides met on Wednesday. ${sentence()}`];
  while (paragraphs.join(' ').split(/\s+/).length < target) {
    paragraphs.push(Array.from({ length: 2 + Math.floor(next() * 3) }, sentence).join(' '));
  }
  return `\n${paragraphs.join('\n\n')}\n`;
}

function syntheticReport(index: number): string {
  const next = random(index + 1);
  // Meetings a week apart, each on a Wednesday, reported the next day.
  const meetingDay = addDays(FIRST_MEETING, 7 * index);
  const city = `Synthetic City ${index + 1}`;
  const real = REAL_BODIES[index % REAL_BODIES.length]!;
  // A dateline ("ISLAMABAD, Oct. 16 (Xinhua)") names the synthetic city and day, or the build
  // would rightly refuse a meeting date the text contradicts.
  const body = randomProse
    ? randomBody(next)
    : real.body.replace(/^(\n*)[\p{Lu} .'-]+, \p{L}+\.? \d{1,2} \(/u, `$1${city.toUpperCase()}, ${format(meetingDay, 'MMM. d')} (`);
  return `---
title: "Synthetic report ${index + 1} (benchmark data, not a real report)"
titleSource: site
publisher: ${randomProse ? (index % 2 === 0 ? 'Xinhua' : 'China Daily') : real.publisher}
publishedOn: "${format(addDays(meetingDay, 1), 'yyyy-MM-dd')}"
meetingDate: "${format(meetingDay, 'yyyy-MM-dd')}"
city: ${city}
country: Testland
coordinates:
  latitude: ${(30 + next() * 20).toFixed(3)}
  longitude: ${(55 + next() * 40).toFixed(3)}
meeting:
  ordinal: ${index + 1}
  name: Synthetic Meeting for the benchmark
participants:
  - name: Li Qiang
    shortName: Li
    office: Premier
    country: China
  - name: Mikhail Mishustin
    shortName: Mishustin
    office: Prime Minister
    country: Russia
---
${body}`;
}

const usageHook = join(projectRoot, 'tests/perf/resource-usage.ts');

/** Runs a Node script; reports its wall time, and its CPU time and peak memory as it saw them. */
function run(
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd = projectRoot,
): Promise<{ seconds: number; cpuSeconds: number; peakMiB: number; output: string; status: number | null }> {
  const usageFile = join(mkdtempSync(join(tmpdir(), 'sco-usage-')), 'usage.json');
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', usageHook, ...args], { cwd, env: { ...env, BENCH_USAGE_FILE: usageFile } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => {
      const seconds = (performance.now() - started) / 1000;
      const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as { cpuSeconds: number; peakKiB: number };
      rmSync(dirname(usageFile), { recursive: true, force: true });
      resolve({ seconds, cpuSeconds: usage.cpuSeconds, peakMiB: Math.round(usage.peakKiB / 1024), output, status });
    });
  });
}

const countFiles = (dir: string, ending: string): number =>
  readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith(ending)).length;

/** A build of this site at one size: the fastest cold run (Build), and the rebuild's time. */
interface Row extends Build {
  meetings: number;
  warmSeconds: number;
  msPerFile: number;
}

/**
 * The baseline: a plain Astro site (same Astro, default Markdown) that renders the same
 * files through a one-file layout, one page each, built cold in the same run, so that the
 * ratio of the two costs per extra meeting does not depend on the machine.
 */
const plainSite = join(testOutput, 'bench', 'plain-site');
function writePlainSite(): void {
  rmSync(plainSite, { recursive: true, force: true });
  mkdirSync(join(plainSite, 'src', 'pages'), { recursive: true });
  writeFileSync(join(plainSite, 'astro.config.mjs'), "export default { logLevel: 'warn', cacheDir: process.env.CACHE_DIR };\n");
  writeFileSync(
    join(plainSite, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = { posts: defineCollection({ loader: glob({ pattern: '*.md', base: process.env.CONTENT_DIR }) }) };
`,
  );
  writeFileSync(
    join(plainSite, 'src', 'pages', '[id].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('posts')).map((post) => ({ params: { id: post.id }, props: { post } }));
}
const { post } = Astro.props;
const { Content } = await render(post);
---
<html lang="en">
  <head><meta charset="utf-8" /><title>{post.data.title}</title></head>
  <body><main><h1>{post.data.title}</h1><Content /></main></body>
</html>
`,
  );
}

interface Build {
  seconds: number;
  /** The least CPU time of the runs (not necessarily the fastest run's). */
  cpuSeconds: number;
  peakMiB: number;
  htmlPages: number;
  files: number;
  /** Every run, by turn (none where a long build was not run again). */
  runs: (Run | undefined)[];
}

interface Run {
  seconds: number;
  cpuSeconds: number;
}

interface BuildSpec {
  what: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  outDir: string;
  cwd?: string;
  /** A rebuild: the caches of the run before stay. */
  keepCache?: boolean;
}

/**
 * Builds each of the specs, and reports for each the fastest of up to five runs while its runs
 * stay short, and every run by turn: a build of a few seconds varies here by a third of its
 * time from run to run (two cores shared with other machines), which a ratio or a slope between
 * small times would magnify. The runs take turns (this site, the plain site, this site...), so that both see the
 * same moments of a busy machine. Each cold run starts as cold as the first.
 */
async function buildInTurns(specs: BuildSpec[]): Promise<Build[]> {
  const best: ({ seconds: number; peakMiB: number } | undefined)[] = specs.map(() => undefined);
  const leastCpu = specs.map(() => Infinity);
  const runs: (Run | undefined)[][] = specs.map(() => []);
  for (let attempt = 0; attempt < 5; attempt++) {
    for (const [index, spec] of specs.entries()) {
      const fastest = best[index];
      if (fastest && fastest.seconds >= 10) continue;
      if (!spec.keepCache) rmSync(spec.env['CACHE_DIR']!, { recursive: true, force: true });
      const result = await run(spec.args, spec.env, spec.cwd);
      if (result.status !== 0) {
        console.error(result.output);
        throw new Error(`the build of ${spec.what} failed`);
      }
      if (!fastest || result.seconds < fastest.seconds) best[index] = result;
      leastCpu[index] = Math.min(leastCpu[index]!, result.cpuSeconds);
      runs[index]![attempt] = { seconds: result.seconds, cpuSeconds: result.cpuSeconds };
    }
  }
  return specs.map((spec, index) => ({
    seconds: Math.round(best[index]!.seconds * 100) / 100,
    cpuSeconds: Math.round(leastCpu[index]! * 100) / 100,
    peakMiB: best[index]!.peakMiB,
    htmlPages: countFiles(spec.outDir, '.html'),
    files: countFiles(spec.outDir, ''),
    runs: runs[index]!,
  }));
}

writePlainSite();
const rows: Row[] = [];
const plainRows: Build[] = [];
/**
 * The plain site of the smallest size, built again in the turns of each larger size: its cost
 * per post is the difference of two short builds (0.2 to 3 s), which the machine's load drifting
 * over the minutes between sizes moved by half or more from run to run (0.8 to 4.8 ms a post).
 * Built in the same turns, each pair of runs sees the same moment. This site's difference is
 * 15 to 85 s, which the same drift moves by a few per cent.
 */
let plainSmallestSpec: BuildSpec | undefined;
/** For each larger size, the plain smallest site's runs, turn by turn beside the plain site's. */
const plainSmallestRuns = new Map<number, (Run | undefined)[]>();
const folders: string[] = [];
for (const count of counts) {
  const dir = mkdtempSync(join(tmpdir(), `sco-bench-${count}-`));
  const contentDir = join(dir, 'content');
  mkdirSync(contentDir);
  for (const list of DATA_FILES) copyFileSync(join(projectRoot, 'content', list), join(contentDir, list));
  // Named as content/ wants a report named: YEAR-city.md.
  for (let i = 0; i < count; i++) {
    const year = format(addDays(FIRST_MEETING, 7 * i), 'yyyy');
    writeFileSync(join(contentDir, `${year}-synthetic-${String(i + 1).padStart(4, '0')}.md`), syntheticReport(i));
  }
  const outDir = join(dir, 'dist');
  const env = { ...buildEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: contentDir, CACHE_DIR: join(dir, 'cache') };
  const plainOut = join(dir, 'plain-dist');
  const plainEnv = { ...env, CACHE_DIR: join(dir, 'plain-cache') };
  const plainSpec: BuildSpec = {
    what: `the plain site of ${count} posts`,
    args: [astro, 'build', '--outDir', plainOut],
    env: plainEnv,
    outDir: plainOut,
    cwd: plainSite,
  };
  const [site, plain, plainSmallestAgain] = await buildInTurns([
    { what: `${count} meetings`, args: [astro, 'build', '--outDir', outDir], env, outDir },
    plainSpec,
    ...(plainSmallestSpec ? [plainSmallestSpec] : []),
  ]);
  if (plainSmallestAgain) plainSmallestRuns.set(count, plainSmallestAgain.runs);
  plainSmallestSpec ??= plainSpec;
  // Again with the caches the last build left (content layer, preview images): a rebuild.
  const [warm] = await buildInTurns([
    { what: `${count} meetings again`, args: [astro, 'build', '--outDir', outDir], env, outDir, keepCache: true },
  ]);
  const row = {
    meetings: count,
    ...site!,
    warmSeconds: warm!.seconds,
    msPerFile: Math.round(((site!.seconds * 1000) / site!.files) * 10) / 10,
  };
  rows.push(row);
  console.log(
    `${count} meetings: ${row.seconds} s (${row.cpuSeconds} s CPU; ${row.warmSeconds} s rebuilt), ${row.peakMiB} MiB, ${row.htmlPages} pages, ${row.files} files`,
  );
  plainRows.push(plain!);
  console.log(`  plain Astro site: ${plain!.seconds} s (${plain!.cpuSeconds} s CPU), ${plain!.peakMiB} MiB, ${plain!.htmlPages} pages`);
  // BENCH_KEEP=1 keeps the generated content, to profile a build of it.
  if (process.env['BENCH_KEEP']) console.log(`  kept: ${contentDir}`);
  else folders.push(dir);
}
for (const dir of folders) rmSync(dir, { recursive: true, force: true });

const round1 = (value: number): number => Math.round(value * 10) / 10;
const round2 = (value: number): number => Math.round(value * 100) / 100;
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
/** For each turn in which both builds ran, `combine` of their two runs; smallest first. */
function byTurn(runs: (Run | undefined)[], besideRuns: (Run | undefined)[], combine: (run: Run, beside: Run) => number): number[] {
  return runs
    .flatMap((run, turn) => {
      const beside = besideRuns[turn];
      return run && beside ? [combine(run, beside)] : [];
    })
    .sort((a, b) => a - b);
}
/** The cost of each meeting beyond the smallest build: the slope, free of fixed start-up time. */
const smallest = rows[0]!;
const plainSmallest = plainRows[0]!;
const marginal = rows.slice(1).map((row, index) => {
  const plain = plainRows[index + 1]!;
  const extra = row.meetings - smallest.meetings;
  const pages = row.htmlPages - smallest.htmlPages;
  const msPerExtraMeeting = ((row.seconds - smallest.seconds) * 1000) / extra;
  const msPerExtraHtmlPage = ((row.seconds - smallest.seconds) * 1000) / pages;
  // The plain site's cost per extra post in each turn: its run at this size less its smallest size's run.
  const plainCost = (measure: keyof Run) =>
    byTurn(plain.runs, plainSmallestRuns.get(row.meetings)!, (run, beside) => (run[measure] - beside[measure]) / extra);
  const plainMs = plainCost('seconds').map((seconds) => seconds * 1000);
  const plainCpu = plainCost('cpuSeconds');
  const plainMsPerExtraPost = median(plainMs);
  return {
    meetings: row.meetings,
    msPerExtraFile: round1(((row.seconds - smallest.seconds) * 1000) / (row.files - smallest.files)),
    msPerExtraMeeting: round1(msPerExtraMeeting),
    msPerExtraHtmlPage: round1(msPerExtraHtmlPage),
    plainMsPerExtraPost: round2(plainMsPerExtraPost),
    /** The plain site's cost per post in each turn: how far one measure of it can be trusted. */
    plainMsPerExtraPostByTurn: plainMs.map(round2),
    ratioPerMeeting: round2(msPerExtraMeeting / plainMsPerExtraPost),
    // The plain site makes one HTML page per post.
    ratioPerHtmlPage: round2(msPerExtraHtmlPage / plainMsPerExtraPost),
    /** The same ratio against the plain site's fastest and slowest turn. */
    ratioPerHtmlPageRange: [round2(msPerExtraHtmlPage / plainMs.at(-1)!), round2(msPerExtraHtmlPage / plainMs[0]!)],
    // The same ratio in CPU time, which other work on the machine moves less.
    cpuRatioPerHtmlPage: round2((row.cpuSeconds - smallest.cpuSeconds) / pages / median(plainCpu)),
  };
});

/*
 * Size cases: long or pathological reports, each built cold from a copy of the real content
 * with one report changed, as a ratio to the real content built cold in the same run. A case
 * the build refuses by name is reported as refused, with the time it took to say so.
 */
const realReport = (name: string) => readFileSync(join(projectRoot, 'content', name), 'utf8');
const appended = (source: string, text: string) => `${source.trimEnd()}\n\n${text}\n`;
/** A report grown to `bytes` by repeating its own paragraphs (the dates and cues stay true). */
function padded(source: string, bytes: number): string {
  const [, frontmatter, body] = /^(---\n[\s\S]*?\n---\n)([\s\S]*)$/.exec(source)!;
  const paragraphs = body!.split(/\n\s*\n/).filter((p) => p.trim());
  let text = body!.trimEnd();
  for (let i = 0; Buffer.byteLength(text) < bytes; i++) text += `\n\n${paragraphs[1 + (i % (paragraphs.length - 1))]!.trim()}`;
  return `${frontmatter}${text}\n`;
}
const sizeCases: { name: string; files: Record<string, string> }[] = [
  { name: 'the real reports (baseline)', files: {} },
  {
    name: 'both reports at 200 KB',
    files: {
      '2023-bishkek.md': padded(realReport('2023-bishkek.md'), 200 * 1024),
      '2024-islamabad.md': padded(realReport('2024-islamabad.md'), 200 * 1024),
    },
  },
  {
    name: 'a 500 KB paragraph without spaces',
    files: { '2024-islamabad.md': appended(realReport('2024-islamabad.md'), 'a.'.repeat(250_000)) },
  },
  { name: "40,000 '*a'", files: { '2024-islamabad.md': appended(realReport('2024-islamabad.md'), '*a'.repeat(40_000)) } },
  {
    name: "5,000 '*' around a letter",
    files: { '2024-islamabad.md': appended(realReport('2024-islamabad.md'), `${'*'.repeat(5000)}a${'*'.repeat(5000)}`) },
  },
];
const sizeRows: { name: string; seconds: number; peakMiB: number; ratio: number; outcome: string }[] = [];
for (const { name, files } of scaleOnly ? [] : sizeCases) {
  const dir = mkdtempSync(join(tmpdir(), 'sco-size-'));
  const contentDir = join(dir, 'content');
  mkdirSync(contentDir);
  for (const file of readdirSync(join(projectRoot, 'content'))) copyFileSync(join(projectRoot, 'content', file), join(contentDir, file));
  for (const [file, text] of Object.entries(files)) writeFileSync(join(contentDir, file), text);
  const env = { ...buildEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: contentDir, CACHE_DIR: join(dir, 'cache') };
  const result = await run([astro, 'build', '--outDir', join(dir, 'dist')], env);
  const refusal = /line \d+: [^\n]*/.exec(result.output)?.[0];
  const outcome = result.status === 0 ? 'built' : refusal ? `refused: ${refusal.slice(0, 90)}…` : 'FAILED without a reason';
  const baseline = sizeRows[0]?.seconds ?? result.seconds;
  sizeRows.push({
    name,
    seconds: Math.round(result.seconds * 100) / 100,
    peakMiB: result.peakMiB,
    ratio: Math.round((result.seconds / baseline) * 100) / 100,
    outcome,
  });
  console.log(`${name}: ${result.seconds.toFixed(2)} s, ${result.peakMiB} MiB, ${outcome}`);
  rmSync(dir, { recursive: true, force: true });
}

/**
 * The dev server: from start to the first answer for /, on the real content, on a port that
 * nothing else answers on (a free one, asked of the system); undefined if it gave none in a minute.
 */
async function devFirstAnswerMs(): Promise<number | undefined> {
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
  const dev = spawn(process.execPath, [astro, 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: projectRoot,
    env: { ...buildEnvironment(), ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const started = performance.now();
  try {
    for (let attempt = 0; attempt < 600; attempt++) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/`);
        if (response.ok) return Math.round(performance.now() - started);
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    return undefined;
  } finally {
    dev.kill();
  }
}
const firstAnswerMs = scaleOnly ? undefined : await devFirstAnswerMs();

const table = [
  '| meetings | wall time, cold | CPU time, cold | rebuilt (warm caches) | peak memory | HTML pages | files written | plain Astro site: wall time | its CPU time | its peak memory |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map((r, i) => {
    const plain = plainRows[i]!;
    return `| ${r.meetings} | ${r.seconds} s | ${r.cpuSeconds} s | ${r.warmSeconds} s | ${r.peakMiB} MiB | ${r.htmlPages} | ${r.files} | ${plain.seconds} s | ${plain.cpuSeconds} s | ${plain.peakMiB} MiB |`;
  }),
].join('\n');
const slopeTable = [
  `| from ${smallest.meetings} to | ms per extra meeting | per extra HTML page | per extra file | plain site: ms per extra post (by turn) | ratio per meeting | ratio per HTML page (range over the turns) | in CPU time |`,
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...marginal.map(
    (m) =>
      `| ${m.meetings} | ${m.msPerExtraMeeting} | ${m.msPerExtraHtmlPage} | ${m.msPerExtraFile} | ${m.plainMsPerExtraPost} (${m.plainMsPerExtraPostByTurn.join(', ')}) | ${m.ratioPerMeeting} | ${m.ratioPerHtmlPage} (${m.ratioPerHtmlPageRange.join(' to ')}) | ${m.cpuRatioPerHtmlPage} |`,
  ),
].join('\n');
/** The smallest build against the plain site's, turn by turn (each pair of runs one after the other). */
const startRatios = (measure: keyof Run): number[] =>
  byTurn(smallest.runs, plainSmallest.runs, (run, plain) => run[measure] / plain[measure]);
const wallRatios = startRatios('seconds');
const pairing = `The plain site's cost per extra post is the median, over the turns, of its build at that size less its ${smallest.meetings}-post build in the same turn.`;
const startRatio = round2(median(wallRatios));
const startCpuRatio = round2(median(startRatios('cpuSeconds')));
const slope =
  `${slopeTable}\n\n${pairing} A ${smallest.meetings}-meeting build takes ${startRatio} times the plain site's wall time ` +
  `(the median over the turns; ${round2(wallRatios[0]!)} to ${round2(wallRatios.at(-1)!)}), and ${startCpuRatio} times its CPU time`;
const sizeTable = [
  '| case | wall time | peak memory | ratio to the real reports | outcome |',
  '| --- | ---: | ---: | ---: | --- |',
  ...sizeRows.map((r) => `| ${r.name} | ${r.seconds} s | ${r.peakMiB} MiB | ${r.ratio} | ${r.outcome} |`),
].join('\n');
// With --scale-only, the scaling tables alone: the size cases and the dev server were not run.
const devLine = `Dev server: ${firstAnswerMs === undefined ? 'no answer for / within a minute' : `first answer for / after ${firstAnswerMs} ms`}.`;
const report = scaleOnly ? `${table}\n\n${slope}.\n` : `${table}\n\n${slope}.\n\n${sizeTable}\n\n${devLine}\n`;
mkdirSync(`${testOutput}/bench`, { recursive: true });
writeFileSync(`${testOutput}/bench/bench.md`, report);
writeFileSync(
  `${testOutput}/bench/bench.json`,
  `${JSON.stringify({ rows, plainRows, marginal, sizeCases: sizeRows, devFirstAnswerMs: firstAnswerMs }, null, 2)}\n`,
);
console.log(`\n${report}\nWritten to ${testOutput}/bench/`);
