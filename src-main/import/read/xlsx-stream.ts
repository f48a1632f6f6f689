import type { Readable, TransformOptions } from 'node:stream';
import { createInflateRaw, type ZlibOptions } from 'node:zlib';
import { setImmediate as nextTurn } from 'node:timers/promises';
import yauzl from 'yauzl';
import type { Cell } from './types';
import { parseRelationships, parseWorkbook, relsPathFor, resolveTarget } from './xlsx-stream/package';
import { DtdInPart, SharedStringsScanner, SheetScanner, TooManyStrings } from './xlsx-stream/scan';
import { isInflateError, PartCheck, PartDamaged, PartTooLarge } from './zip-check';

/**
 * How far a part may inflate before the file is refused as a decompression bomb. A full Excel sheet of
 * 1,048,575 realistic 15-column rows is about 0.5 GiB of XML; its shared strings stay well under 0.1 GiB
 * and are held in memory, so their bound is what keeps memory bounded.
 */
export { DtdInPart, PartDamaged, PartTooLarge, TooManyStrings };

export interface PartLimits {
  sheet: number;
  sharedStrings: number;
  /**
   * Items in the shared-string table, which are held in memory one string object each: bytes alone do
   * not bound them (20 million one-letter items are 340 MB of XML and a gigabyte of memory).
   */
  sharedStringItems: number;
  /** The workbook, relationships and other small parts read whole. */
  other: number;
}
export const PART_LIMITS: PartLimits = {
  sheet: 4 * 2 ** 30,
  sharedStrings: 512 * 2 ** 20,
  // Eight distinct texts on every row of a full sheet (text, name, address, phone, IIN …), about 400 MB
  // at worst; Excel's exports of real registers stay far below it.
  sharedStringItems: 8_000_000,
  other: 32 * 2 ** 20,
};

/** A zip that is not an XLSX package (an ODS spreadsheet, say): other readers may still open it. */
export class NotXlsxWorkbook extends Error {
  override name = 'NotXlsxWorkbook';
}

export interface StreamRow {
  /** 0-based row index on the sheet (row "r" attribute − 1) */
  row: number;
  /** index 0 = column A; trailing empties may be omitted; gaps are null */
  cells: Cell[];
}

export interface StreamSheet {
  /** As in workbook.xml, in workbook order. */
  name: string;
  /** workbookPr date1904 */
  date1904: boolean;
  /** Streams the rows in order; may be called once per sheet, sheets read one after another. */
  rows(): AsyncGenerator<StreamRow>;
  /** 0..1: share of this sheet's compressed bytes consumed so far (for progress bars). */
  progress(): number;
  /** Hidden in the workbook (state="hidden" or "veryHidden"). */
  hidden: boolean;
  /** The columns the sheet hides (0-based), known once its first rows are read. */
  hiddenColumns(): ReadonlySet<number>;
}

export interface XlsxStream {
  sheets: StreamSheet[];
  close(): Promise<void>;
}

const REL_OFFICE_DOCUMENT = '/officeDocument';
const REL_SHARED_STRINGS = '/sharedStrings';
const DEFAULT_WORKBOOK = 'xl/workbook.xml';
/** Bigger than zlib's 16 KiB default: fewer chunks means fewer string joins and generator hops per row. */
const INFLATE_CHUNK = 256 * 1024;
/** Lets zlib (on the libuv pool) inflate a few chunks ahead while the main thread scans, bounding memory. */
const INFLATE_AHEAD = 4 * INFLATE_CHUNK;

class ZipPackage {
  private readonly entries = new Map<string, yauzl.Entry>();
  private readonly lowerCase = new Map<string, yauzl.Entry>();

  constructor(private readonly zip: yauzl.ZipFile) {}

  static async open(path: string): Promise<ZipPackage> {
    let zip: yauzl.ZipFile;
    try {
      zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false, decodeStrings: true });
    } catch (e) {
      throw new Error(`Not a readable XLSX file (zip archive expected): ${message(e)}`, { cause: e });
    }
    const pkg = new ZipPackage(zip);
    try {
      for await (const entry of zip.eachEntry()) {
        pkg.entries.set(entry.fileName, entry);
        pkg.lowerCase.set(entry.fileName.toLowerCase(), entry);
      }
    } catch (e) {
      zip.close();
      throw new Error(`Corrupt XLSX file (zip directory unreadable): ${message(e)}`, { cause: e });
    }
    return pkg;
  }

  /** Writers disagree on the case of part names; OPC treats them case-insensitively. */
  entry(name: string): yauzl.Entry | undefined {
    return this.entries.get(name) ?? this.lowerCase.get(name.toLowerCase());
  }

  /** Decompressed bytes of an entry, counting compressed bytes as they are read. */
  async stream(entry: yauzl.Entry, onCompressed?: (bytes: number) => void): Promise<Readable> {
    if (entry.isEncrypted()) throw new Error(`Encrypted XLSX entry ${entry.fileName} is not supported`);
    if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
      throw new Error(`Unsupported compression method ${entry.compressionMethod} in ${entry.fileName}`);
    }
    const raw = await this.zip.openReadStreamPromise(entry, { decodeFileData: false });
    if (onCompressed) raw.on('data', (chunk: Buffer) => onCompressed(chunk.length));
    if (entry.compressionMethod === 0) return raw;
    // ZlibOptions omits the Transform options that zlib streams pass on to their base class.
    const options: ZlibOptions & TransformOptions = {
      chunkSize: INFLATE_CHUNK,
      readableHighWaterMark: INFLATE_AHEAD,
    };
    const inflate = createInflateRaw(options);
    raw.on('error', (e) => inflate.destroy(e));
    inflate.on('close', () => raw.destroy());
    return raw.pipe(inflate);
  }

  async readText(name: string, limit: number): Promise<string | null> {
    const entry = this.entry(name);
    if (!entry) return null;
    if (entry.uncompressedSize > limit) throw new PartTooLarge(entry.fileName, limit);
    const check = new PartCheck(entry);
    const chunks: Buffer[] = [];
    let inflated = 0;
    try {
      for await (const chunk of await this.stream(entry)) {
        inflated += (chunk as Buffer).length;
        if (inflated > limit) throw new PartTooLarge(entry.fileName, limit);
        check.update(chunk as Buffer);
        chunks.push(chunk as Buffer);
      }
    } catch (e) {
      throw isInflateError(e) ? new PartDamaged(entry.fileName, message(e)) : e;
    }
    check.finish();
    const text = new TextDecoder().decode(Buffer.concat(chunks));
    if (text.includes('<!DOCTYPE')) throw new DtdInPart(entry.fileName);
    return text;
  }

  close(): void {
    if (this.zip.isOpen) this.zip.close();
  }
}

const LOOP_TURN_MS = 50;

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Streams decoded text of a zip entry through a scanner, checking the part's CRC-32 and size as it is
 * inflated. The part is inflated to its end even once the scanner has what it wants, and even when the
 * scanner fails on what it read: a flipped bit is then told as damage, not as the garbled XML it made.
 */
async function* scanEntry(
  pkg: ZipPackage,
  entry: yauzl.Entry,
  limit: number,
  onText: (text: string) => boolean,
  onCompressed?: (bytes: number) => void,
): AsyncGenerator<void> {
  const corrupt = (e: unknown) =>
    new Error(`Corrupt XLSX entry ${entry.fileName}: ${message(e)}`, { cause: e });
  if (entry.uncompressedSize > limit) throw new PartTooLarge(entry.fileName, limit);
  const stream = await pkg.stream(entry, onCompressed);
  const check = new PartCheck(entry);
  const decoder = new TextDecoder();
  let inflated = 0;
  let scanning = true;
  let unreadable: unknown = null;
  let turn = performance.now();
  try {
    for await (const chunk of stream) {
      // The inflated chunks come as microtasks, which never let a timer run: a job's heartbeat would go silent
      // for the whole of a large shared-strings part. So the event loop gets a turn every LOOP_TURN_MS.
      if (performance.now() - turn > LOOP_TURN_MS) {
        await nextTurn();
        turn = performance.now();
      }
      inflated += (chunk as Buffer).length;
      if (inflated > limit) throw new PartTooLarge(entry.fileName, limit);
      check.update(chunk as Buffer);
      if (!scanning) continue;
      try {
        scanning = onText(decoder.decode(chunk as Buffer, { stream: true }));
      } catch (e) {
        // A DTD or a flood of strings is refused at once; XML that makes no sense waits for the CRC.
        if (e instanceof DtdInPart || e instanceof TooManyStrings) throw e;
        unreadable = e;
        scanning = false;
        continue;
      }
      yield;
    }
    check.finish();
    if (scanning) onText(decoder.decode());
  } catch (e) {
    if (e instanceof PartTooLarge || e instanceof PartDamaged) throw e;
    if (e instanceof DtdInPart) throw new DtdInPart(entry.fileName);
    if (e instanceof TooManyStrings) throw new TooManyStrings(e.limit, entry.fileName);
    if (isInflateError(e)) throw new PartDamaged(entry.fileName, message(e));
    throw corrupt(e);
  } finally {
    stream.destroy();
  }
  if (unreadable !== null) throw corrupt(unreadable);
}

async function loadSharedStrings(
  pkg: ZipPackage,
  name: string | null,
  limits: PartLimits,
): Promise<string[]> {
  const entry = name === null ? undefined : pkg.entry(name);
  if (!entry) return [];
  const scanner = new SharedStringsScanner(limits.sharedStringItems);
  const scan = scanEntry(pkg, entry, limits.sharedStrings, (text) => {
    scanner.push(text);
    return true;
  });
  while (!(await scan.next()).done);
  return scanner.strings;
}

/** Opens an XLSX (zip) file by path; throws on a non-zip / corrupt file with a clear Error message. */
export async function openXlsxStream(path: string, limits: PartLimits = PART_LIMITS): Promise<XlsxStream> {
  const pkg = await ZipPackage.open(path);
  try {
    return await describe(pkg, limits);
  } catch (e) {
    pkg.close();
    throw e;
  }
}

async function describe(pkg: ZipPackage, limits: PartLimits): Promise<XlsxStream> {
  const rootRels = await pkg.readText('_rels/.rels', limits.other);
  const officeDoc = rootRels
    ? parseRelationships(rootRels, '_rels/.rels').find(
        (r) => r.type.endsWith(REL_OFFICE_DOCUMENT) && !r.external,
      )
    : undefined;
  let workbookPath = officeDoc ? resolveTarget('', officeDoc.target) : DEFAULT_WORKBOOK;
  if (!pkg.entry(workbookPath)) workbookPath = DEFAULT_WORKBOOK;
  // An XLSB workbook is a zip of binary parts: SheetJS reads those, this reader reads XML.
  if (workbookPath.toLowerCase().endsWith('.bin'))
    throw new NotXlsxWorkbook(`Binary workbook ${workbookPath}`);
  const workbookXml = await pkg.readText(workbookPath, limits.other);
  if (workbookXml === null) throw new NotXlsxWorkbook(`Not an XLSX workbook: ${DEFAULT_WORKBOOK} is missing`);
  const workbook = parseWorkbook(workbookXml);
  const relsXml = await pkg.readText(relsPathFor(workbookPath), limits.other);
  const rels = relsXml ? parseRelationships(relsXml, relsPathFor(workbookPath)) : [];
  const relById = new Map(rels.map((r) => [r.id, r]));
  const sstRel = rels.find((r) => r.type.endsWith(REL_SHARED_STRINGS) && !r.external);
  const sstPath = sstRel ? resolveTarget(workbookPath, sstRel.target) : null;

  let sst: Promise<string[]> | null = null;
  const sharedStrings = (): Promise<string[]> => (sst ??= loadSharedStrings(pkg, sstPath, limits));

  const sheets = workbook.sheets.map((sheet): StreamSheet => {
    const rel = sheet.relId === null ? undefined : relById.get(sheet.relId);
    const entry = rel && !rel.external ? pkg.entry(resolveTarget(workbookPath, rel.target)) : undefined;
    let consumed = 0;
    let finished = false;
    let hiddenColumns: ReadonlySet<number> = new Set();
    const total = entry?.compressedSize ?? 0;
    return {
      name: sheet.name,
      date1904: workbook.date1904,
      hidden: sheet.hidden,
      hiddenColumns: () => hiddenColumns,
      progress: () => (finished ? 1 : total > 0 ? Math.min(consumed / total, 1) : 0),
      async *rows(): AsyncGenerator<StreamRow> {
        let scanner: SheetScanner | null = null;
        let scan: AsyncGenerator<void> | null = null;
        let read = false;
        try {
          // Chart sheets and dangling relationships have no cells, as in SheetJS.
          if (!entry) return;
          scanner = new SheetScanner(await sharedStrings(), workbook.date1904);
          hiddenColumns = scanner.hiddenColumns;
          const rowsOf = scanner;
          scan = scanEntry(
            pkg,
            entry,
            limits.sheet,
            (text) => {
              rowsOf.push(text);
              return !rowsOf.done;
            },
            (bytes) => (consumed += bytes),
          );
          while (!(await scan.next()).done) yield* scanner.takeRows();
          scanner.finish();
          yield* scanner.takeRows();
          read = true;
        } finally {
          // Left early (no header among its first rows): the rest is inflated unscanned, so that damage
          // in the part is still told as damage rather than as "no recognised columns".
          if (scan && scanner && !read) {
            scanner.done = true;
            while (!(await scan.next()).done);
          }
          finished = true;
        }
      },
    };
  });
  return {
    sheets,
    close: async () => pkg.close(),
  };
}
