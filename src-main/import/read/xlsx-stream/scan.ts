import type { Cell } from '../types';

/*
 * Narrow scanners for the two big SpreadsheetML parts: worksheet <sheetData> and the shared-string
 * table. Measured on a 1,048,575 × 15 export (2-core machine, zlib inflate included), the general
 * streaming XML parsers topped out at 29k–57k rows/s with the shared-string table and 17k–41k rows/s
 * with inline strings (saxes, htmlparser2, sax, txml; sax-wasm 10k), while the import budget needs well
 * over 100k. This scanner only understands what those parts contain: elements with attributes, text,
 * CDATA, comments and processing instructions. Element names are matched by local name, so a
 * namespace prefix (<x:c>) is accepted as SheetJS accepts it. Small parts (workbook, relationships)
 * go through saxes instead, where speed does not matter.
 */

const TAG_OTHER = 0;
const TAG_ROW = 1;
const TAG_C = 2;
const TAG_V = 3;
const TAG_IS = 4;
const TAG_T = 5;
const TAG_RPH = 6;
const TAG_SI = 7;
const TAG_SHEET_DATA = 8;
const TAG_COL = 9;

const CH_GT = 62; // >
const CH_SLASH = 47;
const CH_COLON = 58;
const CH_BANG = 33;
const CH_QUESTION = 63;
const CH_EQ = 61;
const CH_DQUOTE = 34;
const CH_SQUOTE = 39;

function isNameEnd(code: number): boolean {
  return code === 32 || code === CH_GT || code === CH_SLASH || code === 10 || code === 13 || code === 9;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

/** Maps a local element name, given by position, to one of the TAG_ constants without slicing it. */
function tagId(s: string, from: number, to: number): number {
  const len = to - from;
  const c0 = s.charCodeAt(from);
  switch (len) {
    case 1:
      if (c0 === 99) return TAG_C; // c
      if (c0 === 118) return TAG_V; // v
      if (c0 === 116) return TAG_T; // t
      return TAG_OTHER;
    case 2:
      if (c0 === 105 && s.charCodeAt(from + 1) === 115) return TAG_IS;
      if (c0 === 115 && s.charCodeAt(from + 1) === 105) return TAG_SI;
      return TAG_OTHER;
    case 3:
      if (c0 === 114 && s.startsWith('ow', from + 1)) return TAG_ROW;
      if (c0 === 114 && s.startsWith('Ph', from + 1)) return TAG_RPH;
      if (c0 === 99 && s.startsWith('ol', from + 1)) return TAG_COL;
      return TAG_OTHER;
    case 9:
      return s.startsWith('sheetData', from) ? TAG_SHEET_DATA : TAG_OTHER;
    default:
      return TAG_OTHER;
  }
}

/**
 * Value of attribute `name` (unprefixed) inside the tag source s[from, to), or null. Attribute values
 * in these parts are cell references, numbers and type codes, so entities are not decoded.
 */
function attr(s: string, from: number, to: number, name: string): string | null {
  let i = from;
  while (i < to) {
    while (i < to && isSpace(s.charCodeAt(i))) i++;
    const nameStart = i;
    while (i < to && s.charCodeAt(i) !== CH_EQ && !isSpace(s.charCodeAt(i))) i++;
    const nameEnd = i;
    while (i < to && s.charCodeAt(i) !== CH_EQ) i++;
    i++;
    while (i < to && isSpace(s.charCodeAt(i))) i++;
    const quote = s.charCodeAt(i);
    if (quote !== CH_DQUOTE && quote !== CH_SQUOTE) return null;
    const valueEnd = s.indexOf(quote === CH_DQUOTE ? '"' : "'", i + 1);
    if (valueEnd < 0 || valueEnd > to) return null;
    if (nameEnd - nameStart === name.length && s.startsWith(name, nameStart)) return s.slice(i + 1, valueEnd);
    i = valueEnd + 1;
  }
  return null;
}

const NAMED_ENTITIES: Record<string, string> = { quot: '"', apos: "'", gt: '>', lt: '<', amp: '&' };
const ENTITY_RE = /&(?:(quot|apos|gt|lt|amp)|#x([\da-fA-F]+)|#(\d+));/g;
const OOXML_ESCAPE_RE = /_x([\da-fA-F]{4})_/gi;
const NEEDS_DECODE_RE = /[&_\r]/;

function fromCode(code: number): string {
  return code <= 0x10ffff ? String.fromCodePoint(code) : '';
}

/**
 * Decodes cell text as SheetJS does for strings (unescapexml with its xlsx flag): XML entities first,
 * then OOXML `_xHHHH_` escapes, then CRLF → LF, so Excel's `_x000D_` before a line feed disappears.
 */
export function decodeXmlText(raw: string): string {
  // Most cells need nothing; one scan to find out is cheaper than three replace passes.
  if (!NEEDS_DECODE_RE.test(raw)) return raw;
  let s = raw;
  if (s.includes('&')) {
    s = s.replace(
      ENTITY_RE,
      (_m, named: string | undefined, hex: string | undefined, dec: string | undefined) =>
        named ? (NAMED_ENTITIES[named] ?? '') : fromCode(hex ? parseInt(hex, 16) : parseInt(dec ?? '0', 10)),
    );
  }
  if (s.includes('_x') || s.includes('_X')) {
    s = s.replace(OOXML_ESCAPE_RE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
  if (s.includes('\r\n')) s = s.replace(/\r\n/g, '\n');
  return s;
}

/** CDATA content is literal; escaping it lets the one decode pass at the end treat all text alike. */
function escapeCdata(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/_x/gi, (m) => `_x005F_${m.slice(1)}`);
}

/** A part declared a DTD (the way entity-expansion attacks begin). */
export class DtdInPart extends Error {
  constructor(readonly part = '') {
    super(`DTD in spreadsheet part ${part}`);
    this.name = 'DtdInPart';
  }
}

/**
 * A shared-string table of more items than its limit. Each item is a string object of its own however
 * short it is (about 50 bytes for two letters), so the byte limit alone lets 20 million one-letter items
 * take a gigabyte.
 */
export class TooManyStrings extends Error {
  constructor(
    readonly limit: number,
    readonly part = '',
  ) {
    super(`more than ${limit} shared strings in ${part || 'the shared-string table'}`);
    this.name = 'TooManyStrings';
  }
}

/** Column XFD, the last Excel has (0-based). */
const MAX_COLUMN = 16_383;

/**
 * Splits streamed XML text into tags and text, carrying an incomplete tag over to the next chunk.
 * Subclasses react to the elements they care about.
 */
abstract class TagScanner {
  private carry = '';
  /** Raw (still escaped) text collected while `capturing`. */
  protected raw = '';
  protected capturing = false;
  /** Set by a subclass when the rest of the part is of no interest. */
  done = false;

  protected abstract open(tag: number, s: string, attrFrom: number, attrTo: number): void;
  protected abstract close(tag: number): void;

  push(text: string): void {
    if (this.done) return;
    const s = this.carry.length > 0 ? this.carry + text : text;
    this.carry = '';
    const len = s.length;
    let pos = 0;
    while (pos < len && !this.done) {
      const lt = s.indexOf('<', pos);
      if (lt < 0) {
        if (this.capturing) this.raw += s.slice(pos);
        pos = len;
        break;
      }
      if (this.capturing && lt > pos) this.raw += s.slice(pos, lt);
      const c1 = s.charCodeAt(lt + 1);
      if (c1 === CH_BANG || c1 === CH_QUESTION) {
        const next = this.special(s, lt);
        if (next < 0) {
          pos = lt;
          break;
        }
        pos = next;
        continue;
      }
      const gt = s.indexOf('>', lt + 1);
      if (gt < 0) {
        pos = lt;
        break;
      }
      const closing = c1 === CH_SLASH;
      let nameStart = closing ? lt + 2 : lt + 1;
      let i = nameStart;
      for (; i < gt; i++) {
        const code = s.charCodeAt(i);
        if (code === CH_COLON) nameStart = i + 1;
        else if (isNameEnd(code)) break;
      }
      const tag = tagId(s, nameStart, i);
      if (closing) this.close(tag);
      else {
        const selfClosing = s.charCodeAt(gt - 1) === CH_SLASH;
        this.open(tag, s, i, selfClosing ? gt - 1 : gt);
        if (selfClosing) this.close(tag);
      }
      pos = gt + 1;
    }
    if (pos < len && !this.done) this.carry = s.slice(pos);
  }

  /** Comments, CDATA, processing instructions and DOCTYPE; returns the index after them or -1 if cut off. */
  private special(s: string, lt: number): number {
    if (s.startsWith('<!--', lt)) {
      const end = s.indexOf('-->', lt + 4);
      return end < 0 ? -1 : end + 3;
    }
    if (s.startsWith('<![CDATA[', lt)) {
      const end = s.indexOf(']]>', lt + 9);
      if (end < 0) return -1;
      if (this.capturing) this.raw += escapeCdata(s.slice(lt + 9, end));
      return end + 3;
    }
    if (s.length - lt < 9 && s.charCodeAt(lt + 1) === CH_BANG) return -1;
    // OOXML forbids DTDs and Excel refuses them; one here is there to declare entities.
    if (s.startsWith('<!DOCTYPE', lt)) throw new DtdInPart();
    const end = s.indexOf('>', lt + 2);
    return end < 0 ? -1 : end + 1;
  }

  /** True when the text ended in the middle of markup, i.e. the part is truncated. */
  get truncated(): boolean {
    return this.carry.length > 0;
  }
}

/** Reads <si> items of xl/sharedStrings.xml into plain strings (rich-text runs joined, phonetic runs dropped). */
export class SharedStringsScanner extends TagScanner {
  readonly strings: string[] = [];
  private inRph = false;

  /** `limit`: the most items held; one more throws TooManyStrings before it is kept. */
  constructor(private readonly limit = Number.POSITIVE_INFINITY) {
    super();
  }

  protected open(tag: number): void {
    if (tag === TAG_SI) this.raw = '';
    else if (tag === TAG_T) this.capturing = !this.inRph;
    else if (tag === TAG_RPH) this.inRph = true;
  }

  protected close(tag: number): void {
    if (tag === TAG_T) this.capturing = false;
    else if (tag === TAG_RPH) this.inRph = false;
    else if (tag === TAG_SI) {
      if (this.strings.length >= this.limit) throw new TooManyStrings(this.limit);
      this.strings.push(decodeXmlText(this.raw));
      this.raw = '';
    }
  }
}

export interface ScannedRow {
  row: number;
  cells: Cell[];
}

const TYPE_N = 0;
const TYPE_S = 1;
const TYPE_STR = 2;
const TYPE_INLINE = 3;
const TYPE_B = 4;
const TYPE_E = 5;
const TYPE_D = 6;
const TYPE_OTHER = 7;

/** Cell type code of the t attribute value s[from, to). */
function typeAt(s: string, from: number, to: number): number {
  const len = to - from;
  const c0 = s.charCodeAt(from);
  if (len === 1) {
    if (c0 === 110) return TYPE_N; // n
    if (c0 === 115) return TYPE_S; // s
    if (c0 === 98) return TYPE_B; // b
    if (c0 === 101) return TYPE_E; // e
    if (c0 === 100) return TYPE_D; // d
    return TYPE_OTHER;
  }
  if (len === 3 && s.startsWith('str', from)) return TYPE_STR;
  if (len === 9 && s.startsWith('inlineStr', from)) return TYPE_INLINE;
  return TYPE_OTHER;
}

/** 0-based column of the reference s[from, to) such as "AB12"; -1 when it has no letters. */
function columnAt(s: string, from: number, to: number): number {
  let col = 0;
  for (let i = from; i < to; i++) {
    const k = s.charCodeAt(i) - 64;
    if (k < 1 || k > 26) break;
    col = col * 26 + k;
  }
  return col - 1;
}

/**
 * Turns worksheet XML into rows. Cell values follow SheetJS's parse_ws_xml_data with raw:true and
 * cellDates:false, which is what readWorkbook sees.
 */
export class SheetScanner extends TagScanner {
  /** Rows completed since the last takeRows(). */
  private rows: ScannedRow[] = [];
  private inSheetData = false;
  private rowIndex = -1;
  private cells: Cell[] = [];
  private col = -1;
  private type = TYPE_N;
  private hasV = false;
  private inIs = false;
  private inRph = false;
  /** Inline string text, kept apart from <v> so a stray <v> cannot mix into it. */
  private inlineRaw = '';
  private hasInline = false;

  constructor(
    private readonly sst: readonly string[],
    private readonly date1904: boolean,
  ) {
    super();
  }

  /** The columns <cols> hides (0-based), read before the rows. */
  readonly hiddenColumns = new Set<number>();

  takeRows(): ScannedRow[] {
    const out = this.rows;
    this.rows = [];
    return out;
  }

  private hideColumns(s: string, from: number, to: number): void {
    const hidden = attr(s, from, to, 'hidden');
    if (hidden !== '1' && hidden !== 'true') return;
    const min = parseInt(attr(s, from, to, 'min') ?? '', 10);
    const max = parseInt(attr(s, from, to, 'max') ?? '', 10);
    if (!Number.isFinite(min) || !Number.isFinite(max)) return;
    for (let c = Math.max(min, 1); c <= Math.min(max, MAX_COLUMN + 1); c++) this.hiddenColumns.add(c - 1);
  }

  protected open(tag: number, s: string, from: number, to: number): void {
    if (!this.inSheetData) {
      if (tag === TAG_SHEET_DATA) this.inSheetData = true;
      else if (tag === TAG_COL) this.hideColumns(s, from, to);
      return;
    }
    switch (tag) {
      case TAG_ROW: {
        const r = attr(s, from, to, 'r');
        const n = r === null ? NaN : parseInt(r, 10);
        this.rowIndex = Number.isFinite(n) ? n - 1 : this.rowIndex + 1;
        this.cells = [];
        this.col = -1;
        break;
      }
      case TAG_C: {
        this.readCellAttrs(s, from, to);
        this.hasV = false;
        this.hasInline = false;
        this.raw = '';
        this.inlineRaw = '';
        break;
      }
      case TAG_V:
        this.raw = '';
        this.capturing = true;
        break;
      case TAG_IS:
        this.inIs = true;
        this.hasInline = true;
        break;
      case TAG_T:
        if (this.inIs && !this.inRph) {
          this.capturing = true;
          this.raw = '';
        }
        break;
      case TAG_RPH:
        this.inRph = true;
        break;
    }
  }

  protected close(tag: number): void {
    if (!this.inSheetData) return;
    switch (tag) {
      case TAG_V:
        this.capturing = false;
        this.hasV = true;
        break;
      case TAG_T:
        if (this.capturing) {
          this.capturing = false;
          this.inlineRaw += this.raw;
          this.raw = '';
        }
        break;
      case TAG_IS:
        this.inIs = false;
        break;
      case TAG_RPH:
        this.inRph = false;
        break;
      case TAG_C:
        this.finishCell();
        break;
      case TAG_ROW:
        this.rows.push({ row: this.rowIndex, cells: this.cells });
        this.cells = [];
        break;
      case TAG_SHEET_DATA:
        this.inSheetData = false;
        this.done = true;
        break;
    }
  }

  /**
   * Sets col and type from the r and t attributes in one pass without slicing: this runs for every
   * cell, and separate lookups per attribute cost about a tenth of the whole scan.
   */
  private readCellAttrs(s: string, from: number, to: number): void {
    let col = -1;
    let type = TYPE_N;
    let i = from;
    while (i < to) {
      let code = s.charCodeAt(i);
      if (isSpace(code)) {
        i++;
        continue;
      }
      const nameStart = i;
      while (i < to && (code = s.charCodeAt(i)) !== CH_EQ && !isSpace(code)) i++;
      const nameLen = i - nameStart;
      while (i < to && s.charCodeAt(i) !== CH_EQ) i++;
      i++;
      while (i < to && isSpace(s.charCodeAt(i))) i++;
      const quote = s.charCodeAt(i);
      if (quote !== CH_DQUOTE && quote !== CH_SQUOTE) break;
      const valueStart = i + 1;
      const valueEnd = s.indexOf(quote === CH_DQUOTE ? '"' : "'", valueStart);
      if (valueEnd < 0 || valueEnd > to) break;
      if (nameLen === 1) {
        const name = s.charCodeAt(nameStart);
        if (name === 114)
          col = columnAt(s, valueStart, valueEnd); // r
        else if (name === 116) type = typeAt(s, valueStart, valueEnd); // t
      }
      i = valueEnd + 1;
    }
    this.col = col >= 0 ? col : this.col + 1;
    this.type = type;
  }

  private finishCell(): void {
    const raw = this.raw;
    this.raw = '';
    this.capturing = false;
    let value: Cell;
    switch (this.type) {
      case TYPE_N:
        // SheetJS drops number cells without a value (style-only stubs) instead of storing null.
        if (!this.hasV || raw === '') return;
        value = parseFloat(raw.includes('&') ? decodeXmlText(raw) : raw);
        break;
      case TYPE_S: {
        if (!this.hasV || raw === '') return;
        value = this.sst[parseInt(raw, 10)] ?? null;
        break;
      }
      case TYPE_STR:
        // SheetJS unescapes formula-string values twice (once reading <v>, once as a string), so a
        // literal "&amp;" in such a cell reads as "&". Kept for parity with readWorkbook.
        value = this.hasV && raw !== '' ? decodeXmlText(decodeXmlText(raw)) : '';
        break;
      case TYPE_INLINE:
        value = this.hasInline ? decodeXmlText(this.inlineRaw) : '';
        break;
      case TYPE_B: {
        const b = this.hasV ? decodeXmlText(raw) : '';
        value = b === '1' || b === 'true';
        break;
      }
      case TYPE_D:
        value = this.hasV && raw !== '' ? isoToSerial(decodeXmlText(raw), this.date1904) : null;
        break;
      case TYPE_E:
        // The error's text (#N/A, #DIV/0!), which the row's normalisation reports as such.
        value = this.hasV && raw !== '' ? decodeXmlText(raw) : null;
        break;
      default:
        value = null;
    }
    const cells = this.cells;
    const col = this.col;
    // Past XFD a cell reference is forged, and honouring it would grow the row without bound.
    if (col > MAX_COLUMN) throw new Error(`Cell reference beyond column XFD in row ${this.rowIndex + 1}`);
    if (col < cells.length) cells[col] = value;
    else {
      while (cells.length < col) cells.push(null);
      cells.push(value);
    }
  }

  /** Called after the last chunk; a row cut off by the end of the part is still delivered. */
  finish(): void {
    if (this.inSheetData && this.cells.length > 0) {
      this.rows.push({ row: this.rowIndex, cells: this.cells });
      this.cells = [];
    }
  }
}

/*
 * t="d" cells: SheetJS with cellDates:false turns the ISO text into an Excel serial (parseDate then
 * datenum in its source), so readWorkbook returns a number, not a formatted string. Ported for parity.
 */
const DAY_MS = 24 * 60 * 60 * 1000;
const EPOCH_1900 = Date.UTC(1899, 11, 30, 0, 0, 0);
const EPOCH_1900_TIME = Date.UTC(1899, 11, 31, 0, 0, 0);
const EPOCH_1904_TIME = Date.UTC(1904, 0, 1, 0, 0, 0);
const TIME_RE = /^(\d+):(\d+)(:\d+)?(\.\d+)?$/;
const DATE_RE = /^(\d+)-(\d+)-(\d+)$/;
const DATETIME_RE = /^(\d+)-(\d+)-(\d+)[T ](\d+):(\d+)(:\d+)?(\.\d+)?$/;

function parseIsoDate(str: string, date1904: boolean): Date {
  let m = TIME_RE.exec(str);
  if (m) {
    const seconds =
      (parseInt(m[1] ?? '0', 10) * 60 + parseInt(m[2] ?? '0', 10)) * 60 +
      (m[3] ? parseInt(m[3].slice(1), 10) : 0);
    const ms = m[4] ? parseInt((m[4] + '000').slice(1, 4), 10) : 0;
    return new Date((date1904 ? EPOCH_1904_TIME : EPOCH_1900_TIME) + seconds * 1000 + ms);
  }
  m = DATE_RE.exec(str);
  if (m) return new Date(Date.UTC(+(m[1] ?? 0), +(m[2] ?? 1) - 1, +(m[3] ?? 0), 0, 0, 0, 0));
  m = DATETIME_RE.exec(str);
  if (m) {
    const sec = (m[6] && parseInt(m[6].slice(1), 10)) || 0;
    const ms = (m[7] && parseInt((m[7] + '0000').slice(1, 4), 10)) || 0;
    return new Date(
      Date.UTC(+(m[1] ?? 0), +(m[2] ?? 1) - 1, +(m[3] ?? 0), +(m[4] ?? 0), +(m[5] ?? 0), sec, ms),
    );
  }
  return new Date(str);
}

export function isoToSerial(str: string, date1904: boolean): number {
  const res = (parseIsoDate(str, date1904).getTime() - EPOCH_1900) / DAY_MS;
  if (date1904) {
    const r = res - 1462;
    return r < -1402 ? r - 1 : r;
  }
  return res < 60 ? res - 1 : res;
}
