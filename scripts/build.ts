/**
 * `npm run build`: builds the site into a folder of its own (dist.partial-<process id>/) and
 * puts it in place as dist/ only when the build succeeded, so that no failed or interrupted
 * build leaves a dist/ that could pass for a good one.
 *
 * One build at a time in a folder: build.lock holds the building process's id. A lock whose
 * process is gone (a build killed by SIGKILL or the out-of-memory killer) is taken over, and
 * its half-written folder removed; Ctrl-C and SIGTERM stop the build and leave neither.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const LOCK = 'build.lock';
const DIST = 'dist';
const PARTIAL = `dist.partial-${process.pid}`;

/** Whether a process of this id runs (one of another user's answers EPERM: it runs too). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The lock's owner, if a live process holds it; a lock left by a killed build (or an older build script's folder) holds none. */
function liveOwner(): number | undefined {
  try {
    const owner = Number(readFileSync(LOCK, 'utf8').trim());
    return Number.isInteger(owner) && owner > 0 && running(owner) ? owner : undefined;
  } catch {
    return undefined;
  }
}

function takeLock(): boolean {
  try {
    writeFileSync(LOCK, String(process.pid), { flag: 'wx' });
    return true;
  } catch {
    if (liveOwner() !== undefined) return false;
    rmSync(LOCK, { recursive: true, force: true });
    try {
      writeFileSync(LOCK, String(process.pid), { flag: 'wx' });
      return true;
    } catch {
      return false; // another build took the stale lock first
    }
  }
}

/** Removes this build's folder and the lock: every way out of this script passes here. */
function cleanUp(): void {
  rmSync(PARTIAL, { recursive: true, force: true });
  if (liveOwner() === process.pid) rmSync(LOCK, { force: true });
}

if (!takeLock()) {
  console.error(`Another build is running in this folder (build.lock, process ${liveOwner()}); wait for it to finish.`);
  process.exit(1);
}
// What killed builds left behind: their folders, whose process is gone.
for (const name of readdirSync('.')) {
  const pid = /^dist\.partial(?:-(\d+))?$/.exec(name);
  if (pid && name !== PARTIAL && !running(Number(pid[1] ?? 0))) rmSync(name, { recursive: true, force: true });
}

// Astro's own command, run by this same Node (the project's, 22.12 or later).
const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const child = spawn(process.execPath, [astro, 'build', '--outDir', PARTIAL, ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('error', (error) => {
  cleanUp();
  console.error(`The build could not start: ${error.message}`);
  process.exitCode = 1;
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => {
  if (code === 0) {
    rmSync(DIST, { recursive: true, force: true });
    renameSync(PARTIAL, DIST);
    cleanUp();
    return;
  }
  // A failed or stopped build leaves no dist/ that could pass for this one.
  rmSync(DIST, { recursive: true, force: true });
  cleanUp();
  process.exitCode = code ?? 128 + (signal === 'SIGINT' ? 2 : signal === 'SIGHUP' ? 1 : 15);
});
