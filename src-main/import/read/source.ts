import { createHash } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { open, readFile, stat, type FileHandle } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppFailure, fail } from '../../shared/errors';
import { csvSheet } from './csv-stream';
import { fileFacts } from './file-facts';
import { sniffFormat } from './sniff';
import { detectEncoding } from './text-encoding';
import type { SheetSource, SourceRow } from './sheet-source';
import type { Cell, RawSheet, SourceFormat } from './types';
import { readWorkbook } from './workbook';
import {
  DtdInPart,
  NotXlsxWorkbook,
  openXlsxStream,
  PART_LIMITS,
  PartDamaged,
  PartTooLarge,
  TooManyStrings,
} from './xlsx-stream';
import { verifyZipParts } from './zip-check';

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
/** Undefined on Windows, where it reads as 0 in the flags: there are no FIFOs to wait on there. */
const NONBLOCK: number = constants.O_NONBLOCK;

/**
 * Opens a file for reading row by row. XLSX and CSV stream (a million-row export never sits in memory
 * whole); XLS, ODS and HTML tables are small by nature and go through SheetJS.
 */
export async function openSource(path: string): Promise<OpenedSource> {
  const file = basename(path);
  const head = await readHead(file, path);
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
    // A zip here is an ODS or an XLSB: SheetJS checks no CRC, so its parts are checked first. SheetJS
    // holds each part whole, as this reader holds the shared strings, so they share that part's limit.
    if (format === 'xlsx') await verifyZipParts(bytes, PART_LIMITS.sharedStrings);
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

/**
 * The first bytes of a file, read only once it is known to be a regular file: a FIFO would hold the
 * read (and the import, and every command waiting on the store) until something writes to it, and a
 * device may never end. The open is non-blocking and checked again, in case a FIFO took the file's
 * place between the two.
 */
async function readHead(file: string, path: string): Promise<Uint8Array> {
  let handle: FileHandle;
  try {
    notRegular(file, path, await stat(path));
    handle = await open(path, constants.O_RDONLY | NONBLOCK);
  } catch (e) {
    throw openFailure(file, path, e);
  }
  try {
    notRegular(file, path, await handle.stat());
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } catch (e) {
    throw openFailure(file, path, e);
  } finally {
    await handle.close();
  }
}

function notRegular(file: string, path: string, info: Stats): void {
  if (info.isFile()) return;
  const kind = info.isDirectory()
    ? 'directory'
    : info.isFIFO()
      ? 'fifo'
      : info.isCharacterDevice() || info.isBlockDevice()
        ? 'device'
        : info.isSocket()
          ? 'socket'
          : 'other';
  fail('notRegularFile', { file, path, kind });
}

/** Why a file could not be opened, in words the analyst can act on. */
export function openFailure(file: string, path: string, e: unknown): AppFailure {
  if (e instanceof AppFailure) return e;
  switch ((e as NodeJS.ErrnoException).code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new AppFailure({ code: 'fileNotFound', params: { file, path } });
    case 'EACCES':
    case 'EPERM':
      return new AppFailure({ code: 'filePermission', params: { file, path } });
    case 'ELOOP':
      return new AppFailure({ code: 'fileLoop', params: { file, path } });
    default:
      return new AppFailure({ code: 'fileUnreadable', params: { file, path } });
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
  if (e instanceof PartDamaged)
    return new AppFailure({ code: 'fileDamaged', params: { file, part: e.part } });
  if (e instanceof TooManyStrings) {
    return new AppFailure({ code: 'tooManyStrings', params: { file, part: e.part, limit: e.limit } });
  }
  if (e instanceof PartTooLarge) {
    return new AppFailure({
      code: 'partTooLarge',
      params: { file, part: e.part, limit: Math.round(e.limit / 2 ** 20) },
    });
  }
  if (PASSWORD_PROTECTED.test(message(e)))
    return new AppFailure({ code: 'passwordProtected', params: { file } });
  return new AppFailure({ code: 'corruptFile', params: { file, detail: message(e) } });
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
