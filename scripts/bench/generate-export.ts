// The CRM export the import is measured on, written once per size and cached: the same requests as an XLSX
// workbook (written by hand, as Excel lays one out: every string in the shared string table, dates as serials
// with a date format, zipped as a stream) and as a UTF-8 CSV (';', CRLF, as Excel's "CSV UTF-8" saves it).
// SheetJS is not used to write: it would hold the whole sheet, gigabytes at a million rows.
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { constants, deflateRawSync } from 'node:zlib';
import { Zip, ZipPassThrough } from 'fflate';
import { csvField } from '../generation/fields';
import { RU_HEADER } from '../generation/tables';
import { formatDateTime, RequestStream, type BenchRequest } from './requests';

/** Bump when the generated files change, so cached ones are written again. */
export const GENERATOR_VERSION = 1;
export const EXPORT_SEED = 1414;
/** The largest sheet Excel can hold is 1,048,576 rows: the header and 1,048,575 requests. */
export const MAX_EXPORT_ROWS = 1_048_575;

const COLUMN_WIDTHS = [7, 17, 19, 16, 24, 22, 32, 28, 70, 9, 9, 15, 24, 16, 14];
const COLUMN_LETTERS = RU_HEADER.map((_, i) => String.fromCharCode(65 + i));
const WORKBOOK_DATE = new Date(Date.UTC(2027, 0, 5, 9, 0, 0));
const CHUNK_CHARS = 1 << 20;

export interface ExportFiles {
  rows: number;
  xlsx: string;
  csv: string;
  xlsxBytes: number;
  csvBytes: number;
  /** Seconds the generation took (now, or when the cached files were written). */
  seconds: number;
  cached: boolean;
  dir: string;
}

/** A cell: text, a number, or a date-time (UTC ms) written as an Excel serial with a date format. */
type Cell = string | number | { at: number };

function cells(r: BenchRequest, ordinal: number): Cell[] {
  return [
    ordinal,
    r.regNo,
    { at: r.at },
    r.channel,
    r.regionText,
    r.district,
    r.topic,
    r.subtopic,
    r.text,
    r.sexText,
    r.ageCell ?? '',
    r.iin ?? '',
    r.statusText,
    r.maritalText,
    r.languageText,
  ];
}

// ---------------------------------------------------------------------------------------------------------
// ZIP entries deflated by Node's zlib (native, several times faster than a JS deflate). Each chunk is an
// independent raw-deflate run ended by a sync flush, the last one by a final block: together, one valid
// deflate stream. fflate's pass-through entry computes the CRC and sizes and writes the ZIP structure.

class NativeDeflate extends ZipPassThrough {
  constructor(filename: string) {
    super(filename);
    this.compression = 8;
    this.mtime = WORKBOOK_DATE;
  }
  protected override process(chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
    const out = deflateRawSync(chunk, {
      level: 6,
      finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH,
    });
    this.ondata(null, new Uint8Array(out.buffer, out.byteOffset, out.byteLength), final);
  }
}

/** Text to a ZIP entry or a file in chunks of about a megabyte. */
class ChunkWriter {
  private parts: string[] = [];
  private chars = 0;
  constructor(private readonly sink: (bytes: Uint8Array) => void) {}
  write(s: string): void {
    this.parts.push(s);
    this.chars += s.length;
    if (this.chars >= CHUNK_CHARS) this.flush();
  }
  flush(): void {
    if (this.parts.length === 0) return;
    this.sink(Buffer.from(this.parts.join(''), 'utf8'));
    this.parts = [];
    this.chars = 0;
  }
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

function escapeXml(s: string): string {
  return /[&<>]/.test(s) ? s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;') : s;
}

function sharedString(s: string): string {
  const preserve = s !== s.trim() ? ' xml:space="preserve"' : '';
  return `<si><t${preserve}>${escapeXml(s)}</t></si>`;
}

function excelSerial(ms: number): number {
  return ms / 86_400_000 + 25_569;
}

function staticParts(rows: number): [string, string][] {
  const ref = `A1:${COLUMN_LETTERS.at(-1)}${rows + 1}`;
  const type = (t: string) => `application/vnd.openxmlformats-officedocument.${t}`;
  return [
    [
      '[Content_Types].xml',
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        `<Override PartName="/xl/workbook.xml" ContentType="${type('spreadsheetml.sheet.main+xml')}"/>` +
        `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${type('spreadsheetml.worksheet+xml')}"/>` +
        `<Override PartName="/xl/styles.xml" ContentType="${type('spreadsheetml.styles+xml')}"/>` +
        `<Override PartName="/xl/sharedStrings.xml" ContentType="${type('spreadsheetml.sharedStrings+xml')}"/>` +
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
        `<Override PartName="/docProps/app.xml" ContentType="${type('extended-properties+xml')}"/>` +
        '</Types>',
    ],
    [
      '_rels/.rels',
      `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">` +
        `<Relationship Id="rId3" Type="${NS_REL}/extended-properties" Target="docProps/app.xml"/>` +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
        `<Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/>` +
        '</Relationships>',
    ],
    [
      'xl/workbook.xml',
      `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><workbookPr defaultThemeVersion="164011"/>` +
        '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews>' +
        '<sheets><sheet name="Обращения" sheetId="1" r:id="rId1"/></sheets>' +
        `<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">Обращения!$A$1:$O$${rows + 1}</definedName></definedNames>` +
        '<calcPr calcId="191029"/></workbook>',
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">` +
        `<Relationship Id="rId3" Type="${NS_REL}/sharedStrings" Target="sharedStrings.xml"/>` +
        `<Relationship Id="rId2" Type="${NS_REL}/styles" Target="styles.xml"/>` +
        `<Relationship Id="rId1" Type="${NS_REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
        '</Relationships>',
    ],
    [
      'xl/worksheets/sheet1.xml',
      `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><dimension ref="${ref}"/>` +
        '<sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
        '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
        '<sheetFormatPr defaultRowHeight="15"/><cols>' +
        COLUMN_WIDTHS.map(
          (w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w + 0.7109375}" customWidth="1"/>`,
        ).join('') +
        '</cols><sheetData>',
    ],
    [
      'sheet-tail',
      `</sheetData><autoFilter ref="${ref}"/>` +
        '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>',
    ],
    [
      'xl/styles.xml',
      `${XML_HEAD}<styleSheet xmlns="${NS_MAIN}">` +
        '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\.mm\\.yyyy\\ hh:mm:ss"/></numFmts>' +
        '<fonts count="2"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><charset val="204"/><scheme val="minor"/></font>' +
        '<font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><charset val="204"/><scheme val="minor"/></font></fonts>' +
        '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
        '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
        '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
        '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
        '<cellStyles count="1"><cellStyle name="Обычный" xfId="0" builtinId="0"/></cellStyles>' +
        '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>',
    ],
    [
      'docProps/core.xml',
      `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
        '<dc:title>Выгрузка обращений граждан</dc:title><dc:creator>CRM 1414</dc:creator>' +
        `<dcterms:created xsi:type="dcterms:W3CDTF">${WORKBOOK_DATE.toISOString().slice(0, 19)}Z</dcterms:created>` +
        `<dcterms:modified xsi:type="dcterms:W3CDTF">${WORKBOOK_DATE.toISOString().slice(0, 19)}Z</dcterms:modified>` +
        '</cp:coreProperties>',
    ],
    [
      'docProps/app.xml',
      `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ` +
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
        '<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>' +
        '<AppVersion>16.0300</AppVersion></Properties>',
    ],
  ];
}

/** Writes both files in one pass over the requests. */
function writeExport(rows: number, xlsxPath: string, csvPath: string, progress: (s: string) => void): void {
  const parts = new Map(staticParts(rows));
  const part = (name: string) => parts.get(name) as string;
  const xlsxFd = openSync(xlsxPath, 'w');
  const csvFd = openSync(csvPath, 'w');
  try {
    const zip = new Zip((err, chunk) => {
      if (err) throw err;
      writeSync(xlsxFd, chunk);
    });
    const addWhole = (name: string, text: string) => {
      const entry = new NativeDeflate(name);
      zip.add(entry);
      entry.push(Buffer.from(text, 'utf8'), true);
    };
    // Excel's own order: the sheet before the shared strings (a reader must use the central directory).
    for (const name of [
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
    ]) {
      addWhole(name, part(name));
    }
    const sheetEntry = new NativeDeflate('xl/worksheets/sheet1.xml');
    zip.add(sheetEntry);
    const sheet = new ChunkWriter((b) => sheetEntry.push(b));
    const csv = new ChunkWriter((b) => writeSync(csvFd, b));

    const sst = new Map<string, number>();
    let sstRefs = 0;
    const si = (s: string): number => {
      sstRefs++;
      let i = sst.get(s);
      if (i === undefined) {
        i = sst.size;
        sst.set(s, i);
      }
      return i;
    };

    sheet.write(part('xl/worksheets/sheet1.xml'));
    sheet.write(
      `<row r="1" spans="1:15">${RU_HEADER.map((h, c) => `<c r="${COLUMN_LETTERS[c]}1" s="2" t="s"><v>${si(h)}</v></c>`).join('')}</row>`,
    );
    csv.write(`\uFEFF${RU_HEADER.join(';')}\r\n`);

    const stream = new RequestStream(rows, EXPORT_SEED);
    const step = Math.max(250_000, Math.ceil(rows / 4));
    for (let i = 0; i < rows; i++) {
      const r = stream.next();
      const n = i + 2;
      let xml = `<row r="${n}" spans="1:15">`;
      let line = '';
      const row = cells(r, i + 1);
      for (let c = 0; c < row.length; c++) {
        const v = row[c] as Cell;
        if (c > 0) line += ';';
        if (v === '') continue;
        const ref = `${COLUMN_LETTERS[c]}${n}`;
        if (typeof v === 'string') {
          xml += `<c r="${ref}" t="s"><v>${si(v)}</v></c>`;
          line += csvField(v);
        } else if (typeof v === 'number') {
          xml += `<c r="${ref}"><v>${v}</v></c>`;
          line += String(v);
        } else {
          xml += `<c r="${ref}" s="1"><v>${excelSerial(v.at)}</v></c>`;
          line += formatDateTime(v.at);
        }
      }
      sheet.write(xml + '</row>');
      csv.write(line + '\r\n');
      if ((i + 1) % step === 0 && i + 1 < rows) progress(`  generated ${i + 1} of ${rows} rows`);
    }
    sheet.write(part('sheet-tail'));
    sheet.flush();
    sheetEntry.push(new Uint8Array(0), true);
    csv.flush();

    addWhole('xl/styles.xml', part('xl/styles.xml'));
    const sstEntry = new NativeDeflate('xl/sharedStrings.xml');
    zip.add(sstEntry);
    const strings = new ChunkWriter((b) => sstEntry.push(b));
    strings.write(`${XML_HEAD}<sst xmlns="${NS_MAIN}" count="${sstRefs}" uniqueCount="${sst.size}">`);
    for (const s of sst.keys()) strings.write(sharedString(s));
    strings.write('</sst>');
    strings.flush();
    sstEntry.push(new Uint8Array(0), true);
    addWhole('docProps/core.xml', part('docProps/core.xml'));
    addWhole('docProps/app.xml', part('docProps/app.xml'));
    zip.end();
  } finally {
    closeSync(xlsxFd);
    closeSync(csvFd);
  }
}

interface Manifest {
  version: number;
  rows: number;
  xlsxBytes: number;
  csvBytes: number;
  seconds: number;
}

/** The export files for `rows` requests: from the cache when already written by this generator version. */
export function ensureExport(cacheRoot: string, rows: number, progress: (s: string) => void): ExportFiles {
  const dir = join(cacheRoot, String(rows));
  const xlsx = join(dir, `export-v${GENERATOR_VERSION}.xlsx`);
  const csv = join(dir, `export-v${GENERATOR_VERSION}.csv`);
  const manifestPath = join(dir, `manifest-v${GENERATOR_VERSION}.json`);
  if (existsSync(manifestPath) && existsSync(xlsx) && existsSync(csv)) {
    const m = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
    if (m.rows === rows && statSync(xlsx).size === m.xlsxBytes && statSync(csv).size === m.csvBytes) {
      return {
        rows,
        xlsx,
        csv,
        xlsxBytes: m.xlsxBytes,
        csvBytes: m.csvBytes,
        seconds: m.seconds,
        cached: true,
        dir,
      };
    }
  }
  // Another version's files (or a broken run's) go: only one generation per size is kept.
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const start = performance.now();
  writeExport(rows, `${xlsx}.tmp`, `${csv}.tmp`, progress);
  renameSync(`${xlsx}.tmp`, xlsx);
  renameSync(`${csv}.tmp`, csv);
  const seconds = (performance.now() - start) / 1000;
  const manifest: Manifest = {
    version: GENERATOR_VERSION,
    rows,
    xlsxBytes: statSync(xlsx).size,
    csvBytes: statSync(csv).size,
    seconds: Number(seconds.toFixed(1)),
  };
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  if (readdirSync(dir).length !== 3) throw new Error(`unexpected files in ${dir}`);
  return {
    rows,
    xlsx,
    csv,
    xlsxBytes: manifest.xlsxBytes,
    csvBytes: manifest.csvBytes,
    seconds,
    cached: false,
    dir,
  };
}
