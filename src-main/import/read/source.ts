import { createHash } from 'node:crypto';
import { open, readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppFailure, fail } from '../../shared/errors';
import { csvSheet } from './csv-stream';
import { fileFacts } from './file-facts';
import { sniffFormat } from './sniff';
import { detectEncoding } from './text-encoding';
import type { Cell, RawSheet, SourceFormat } from './types';
import { readWorkbook } from './workbook';
import { DtdInPart, NotXlsxWorkbook, openXlsxStream, PartTooLarge } from './xlsx-stream';

/** One row as the spreadsheet shows it: 1-based row number, cells indexed from column A. */
export interface SourceRow {
  row: number;
  cells: Cell[];
}

export interface SheetSource {
  name: string;
  date1904: boolean;
  /** Hidden in the workbook (a lookup list, a copy): read only when no visible sheet holds requests. */
  hidden?: boolean;
  /** The 0-based columns the workbook hides; known once the first rows have been read. */
  hiddenColumns?: () => ReadonlySet<number>;
  rows(): AsyncIterable<SourceRow> | Iterable<SourceRow>;
  /** 0..1: how much of this sheet was read, for progress bars. */
  progress(): number;
}

export interface OpenedSource {
  file: string;
  path: string;
  format: SourceFormat;
  contentHash: string;
  sheets: SheetSource[];
  close(): Promise<void>;
}

const HEAD_BYTES = 8192;
const ENTITY_DECLARATION = /<!ENTITY/i;
/** How SheetJS and the zip readers say a file is encrypted (Excel's "Encrypt with password"). */
const PASSWORD_PROTECTED = /password|encrypt/i;

/**
 * Opens a file for reading row by row. XLSX and CSV stream (a million-row export never sits in memory
 * whole); XLS, ODS and HTML tables are small by nature and go through SheetJS.
 */
export async function openSource(path: string): Promise<OpenedSource> {
  const file = basename(path);
  let head: Uint8Array;
  try {
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(HEAD_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
      head = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' ? 'fileNotFound' : 'fileUnreadable', { file, path });
  }
  const format = sniffFormat(head);
  if (format === null) return fail('notSpreadsheet', { file });
  const corrupt = (e: unknown) => xlsxFailure(file, e);

  if (format === 'csv') {
    const facts = await fileFacts(path);
    const sheet = csvSheet(path, facts.size, detectEncoding(head, facts.validUtf8));
    return {
      file,
      path,
      format,
      contentHash: facts.contentHash,
      sheets: [sheet],
      close: async () => undefined,
    };
  }
  if (format === 'xlsx') {
    try {
      const facts = await fileFacts(path);
      const stream = await openXlsxStream(path);
      const sheets = stream.sheets.map((s): SheetSource => ({
        name: s.name,
        date1904: s.date1904,
        hidden: s.hidden,
        hiddenColumns: () => s.hiddenColumns(),
        progress: () => s.progress(),
        rows: () => failingAs(corrupt, adaptRows(s.rows())),
      }));
      return { file, path, format, contentHash: facts.contentHash, sheets, close: () => stream.close() };
    } catch (e) {
      // ODS is a zip too: SheetJS reads it below.
      if (!(e instanceof NotXlsxWorkbook)) throw corrupt(e);
    }
  }
  const bytes = await readFile(path);
  const contentHash = createHash('sha256').update(bytes).digest('hex');
  // SheetJS leaves declared entities unexpanded, but a file that declares them is hostile or broken.
  if (format === 'html' && ENTITY_DECLARATION.test(bytes.toString('latin1'))) {
    return fail('dtdRefused', { file, part: '<!ENTITY>' });
  }
  try {
    const { sheets, ods } = readWorkbook(bytes);
    return {
      file,
      path,
      format: ods ? 'ods' : format,
      contentHash,
      sheets: sheets.map(gridSheet),
      close: async () => undefined,
    };
  } catch (e) {
    throw corrupt(e);
  }
}

async function* adaptRows(rows: AsyncIterable<{ row: number; cells: Cell[] }>): AsyncGenerator<SourceRow> {
  for await (const r of rows) yield { row: r.row + 1, cells: r.cells };
}

/** A damaged part found mid-stream is reported like one found on opening. */
async function* failingAs(
  wrap: (e: unknown) => Error,
  rows: AsyncIterable<SourceRow>,
): AsyncGenerator<SourceRow> {
  try {
    yield* rows;
  } catch (e) {
    throw wrap(e);
  }
}

/** A sheet SheetJS read whole, placed at its true rows and columns. */
function gridSheet(raw: RawSheet): SheetSource {
  const pad: Cell[] = new Array<Cell>(raw.origin.col).fill(null);
  return {
    name: raw.name,
    date1904: raw.date1904,
    hidden: raw.hidden,
    hiddenColumns: () => raw.hiddenColumns,
    progress: () => 1,
    *rows() {
      for (let i = 0; i < raw.rows.length; i++) {
        yield {
          row: raw.origin.row + i + 1,
          cells: pad.length > 0 ? [...pad, ...(raw.rows[i] as Cell[])] : (raw.rows[i] as Cell[]),
        };
      }
    },
  };
}

/** What the analyst is told of a workbook that could not be read. */
export function xlsxFailure(file: string, e: unknown): AppFailure {
  if (e instanceof AppFailure) return e;
  if (e instanceof DtdInPart) return new AppFailure({ code: 'dtdRefused', params: { file, part: e.part } });
  if (PASSWORD_PROTECTED.test(message(e)))
    return new AppFailure({ code: 'passwordProtected', params: { file } });
  if (e instanceof PartTooLarge) {
    return new AppFailure({
      code: 'partTooLarge',
      params: { file, part: e.part, limit: Math.round(e.limit / 2 ** 20) },
    });
  }
  return new AppFailure({ code: 'corruptFile', params: { file, detail: message(e) } });
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
