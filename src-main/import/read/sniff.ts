import { utf16WithoutBom } from './text-encoding';
import type { SourceFormat } from './types';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/**
 * The format from the bytes, not the extension: CRMs save HTML tables and CSV as ".xls".
 * Returns null for content that cannot be a spreadsheet (binary that is neither ZIP nor OLE).
 */
export function sniffFormat(bytes: Uint8Array): SourceFormat | null {
  // ZIP packages are XLSX or ODS; SheetJS tells which once it has opened the package.
  if (startsWith(bytes, ZIP)) return 'xlsx';
  if (startsWith(bytes, OLE)) return 'xls';
  const head = new TextDecoder('latin1')
    .decode(bytes.subarray(0, 2048))
    .replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '');
  const trimmed = head.trimStart().toLowerCase();
  if (trimmed.startsWith('<') && /<(html|table|!doctype html|meta|\?xml)/.test(trimmed)) return 'html';
  if (looksBinary(bytes)) return null;
  return 'csv';
}

/**
 * Text has next to no control bytes. A few NULs do not make a text file binary: the CSV reader names
 * the record that holds them, which tells the analyst more than "not a spreadsheet".
 */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return false; // UTF-16 LE BOM
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return false; // UTF-16 BE BOM
  if (utf16WithoutBom(bytes.subarray(0, n))) return false;
  let control = 0;
  let nul = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) nul++;
    else if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return control > n * 0.01 || nul > n * 0.3;
}
