import { chmodSync, writeFileSync } from 'node:fs';
import { ensureDir } from '../core/fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { TFunction } from 'i18next';
import { rejectedCsvName } from '../db/rejected-files';
import { shownValue } from './personal-columns';
import type { ScannedFile } from './scan';
import type { Cell } from './read/types';

// A cell starting with these is a formula to Excel; the rejected rows come from untrusted files.
const FORMULA_START = /^[=+\-@\t\r]/;
const neutralise = (c: Cell): string => {
  const s = c === null ? '' : String(c);
  return FORMULA_START.test(s) ? `'${s}` : s;
};

/** Writes the rows refused under --skip-invalid, with the reasons, for the analyst to fix and re-import. */
export function writeRejectedCsv(
  dir: string,
  stamp: string,
  files: ScannedFile[],
  t: TFunction,
): string | undefined {
  const lines: string[][] = [];
  for (const f of files) {
    for (const s of f.sheets) {
      if (s.rejected.length === 0) continue;
      lines.push([
        t('cli:rejected.file'),
        t('cli:rejected.sheet'),
        t('cli:rejected.row'),
        t('cli:rejected.reason'),
        ...s.header.map(neutralise),
      ]);
      for (const r of s.rejected) {
        const reasons = r.problems
          .map((p) => `${p.column}: ${t(`problems:${p.reason}`, p.params ?? {})}`)
          .join('; ');
        // The CSV lies outside the encrypted store: a person's identifiers, name, e-mail and address stay out.
        const cells = r.cells.map((c, i) => (c === null ? c : shownValue(s.report.columns[i], String(c))));
        lines.push([f.source.file, s.report.sheet, String(r.row), reasons, ...cells.map(neutralise)]);
      }
    }
  }
  if (lines.length === 0) return undefined;
  ensureDir(dir);
  chmodSync(dir, 0o700);
  // UTF-8 with BOM and ';' so Russian-locale Excel opens it with the right letters and columns.
  const text = '\uFEFF' + Papa.unparse(lines, { delimiter: ';', newline: '\r\n' });
  // Created, never overwritten: two imports in one second (or two processes) each keep their file.
  for (let n = 1; ; n++) {
    const path = join(dir, rejectedCsvName(stamp, n));
    try {
      writeFileSync(path, text, { mode: 0o600, flag: 'wx' });
      return path;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}
