import Papa from 'papaparse';
import { decodeText } from './text-encoding';
import type { Cell, RawSheet } from './types';

const DELIMITERS = [';', ',', '\t'];

export function readCsv(bytes: Uint8Array, sheetName: string): RawSheet {
  const { text } = decodeText(bytes);
  // The guess needs empty lines skipped (a trailing one defeats it); the parse keeps them so row numbers
  // in messages match the file.
  const delimiter = Papa.parse<string[]>(text, {
    delimitersToGuess: DELIMITERS,
    skipEmptyLines: 'greedy',
    preview: 50,
  }).meta.delimiter;
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false, dynamicTyping: false });
  // Text cells only: a CSV has no types, and the normalisers read dates, ages and IINs from text.
  const rows: Cell[][] = parsed.data.map((r) => r.map((v) => (v === '' ? null : v)));
  while (rows.length > 0 && (rows[rows.length - 1] as Cell[]).every((c) => c === null)) rows.pop();
  return { name: sheetName, rows, origin: { row: 0, col: 0 }, date1904: false };
}
