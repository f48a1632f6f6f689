import { existsSync, mkdirSync } from 'node:fs';
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
