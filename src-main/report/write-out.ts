// Writing a document the analyst asked for: the folder made if missing, and a refusal that names the file.
import { writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ensureDir } from '../core/fs';
import { fail } from '../shared/errors';

export function writeOut(path: string, bytes: Buffer): void {
  try {
    ensureDir(dirname(path));
    writeFileSync(path, bytes);
  } catch (e) {
    fail('fileUnwritable', { path, detail: e instanceof Error ? e.message : String(e) });
  }
}
