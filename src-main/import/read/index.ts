import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { fail } from '../../shared/errors';
import { readCsv } from './csv';
import { sniffFormat } from './sniff';
import type { SourceFile } from './types';
import { readWorkbook } from './workbook';

export async function readSource(path: string): Promise<SourceFile> {
  const file = basename(path);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' ? 'fileNotFound' : 'fileUnreadable', { file, path });
  }
  const contentHash = createHash('sha256').update(bytes).digest('hex');
  const format = sniffFormat(bytes);
  if (format === null) return fail('notSpreadsheet', { file });
  if (format === 'csv') {
    return { file, path, format, contentHash, sheets: [readCsv(bytes, 'CSV')] };
  }
  try {
    const { sheets, ods } = readWorkbook(bytes);
    return { file, path, format: ods ? 'ods' : format, contentHash, sheets };
  } catch (e) {
    return fail('corruptFile', { file, detail: e instanceof Error ? e.message : String(e) });
  }
}
