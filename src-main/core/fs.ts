import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * `mkdir -p`, one level at a time. Node 20's recursive mkdirSync can spin forever when a file stands
 * where a folder should be (seen with an output path under an existing file), and users choose paths.
 * Here the walk stops at the first thing that exists, and a file in the way fails at once with ENOTDIR.
 */
export function ensureDir(dir: string): void {
  const missing: string[] = [];
  for (let d = resolve(dir); !existsSync(d); d = dirname(d)) {
    missing.push(d);
    if (dirname(d) === d) break;
  }
  for (const d of missing.reverse()) mkdirSync(d);
}

/**
 * Writes a small file once, whole, even when several processes try at the same moment: each writes a file of
 * its own and links it into place, which fails when the name exists. Returns what the file holds then —
 * `content`, or the content of whoever came first.
 */
export function createOnce(path: string, content: string, mode = 0o600): string {
  // Opening a store only reads: a full disk or a read-only folder must not stop that.
  if (existsSync(path)) return readFileSync(path, 'utf8');
  const own = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(own, content, { mode, flag: 'wx' });
  try {
    linkSync(own, path);
    return content;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    return readFileSync(path, 'utf8');
  } finally {
    rmSync(own, { force: true });
  }
}

const LOCK_WAIT_MS = 30_000;
const LOCK_POLL_MS = 25;

/** A synchronous pause: file locks are taken where nothing else may run meanwhile. */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Whether the process that wrote a lock file still runs (a lock left by a killed one is stale). */
function holderAlive(lock: string): boolean {
  const pid = Number(readFileSync(lock, 'utf8'));
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Runs `work` holding a lock file (created exclusively, holding the pid): other processes wait for it; one left
 * by a process that died is taken over.
 */
export function withFileLock<T>(lock: string, work: () => T): T {
  const started = Date.now();
  for (;;) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx', mode: 0o600 });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      let stale = false;
      try {
        stale = !holderAlive(lock);
      } catch {
        // Gone between the two calls: try again.
      }
      if (stale) rmSync(lock, { force: true });
      else if (Date.now() - started > LOCK_WAIT_MS) throw new Error(`${lock} is held by another process`);
      else pause(LOCK_POLL_MS);
    }
  }
  try {
    return work();
  } finally {
    rmSync(lock, { force: true });
  }
}
