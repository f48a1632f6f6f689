import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import Papa from 'papaparse';
import { fail } from '../../shared/errors';
import type { SheetSource, SourceRow } from './source';
import type { TextEncoding } from './text-encoding';

const DELIMITERS = [';', ',', '\t'];
const CHUNK_BYTES = 1 << 22;
/** A record longer than this is an unclosed quote, not data: 24 cells of Excel's maximum are 0.8 MB. */
const CARRY_LIMIT_MB = 16;

/**
 * A CSV read as it streams: decoded chunk by chunk, cut after the last line break that is not inside
 * quotes, and each cut parsed by papaparse. Row numbers are record numbers (the header is 1), blank
 * lines included, so messages point at the right line.
 */
export function csvSheet(
  path: string,
  size: number,
  text: { encoding: TextEncoding; bomLength: number },
  name = 'CSV',
): SheetSource {
  let read = 0;
  const file = basename(path);
  return {
    name,
    date1904: false,
    progress: () => (size > 0 ? Math.min(1, read / size) : 1),
    async *rows(): AsyncGenerator<SourceRow> {
      const decoder = new TextDecoder(text.encoding);
      let carry = '';
      let delimiter: string | undefined;
      let row = 0;
      const parse = function* (block: string, cutAtBreak: boolean): Generator<SourceRow> {
        delimiter ??= guessDelimiter(block);
        const parsed = Papa.parse<string[]>(block, { delimiter, newline: '\n', skipEmptyLines: false });
        const unclosed = parsed.errors.find((e) => e.code === 'MissingQuotes');
        if (unclosed)
          fail('csvUnclosedQuote', { file, row: row + (unclosed.row ?? 0) + 1, limit: CARRY_LIMIT_MB });
        const data = parsed.data;
        if (block.includes('\0')) {
          const at = data.findIndex((cells) => cells.some((v) => v.includes('\0')));
          fail('csvNulBytes', { file, row: row + at + 1 });
        }
        // A block cut after a line break ends with an empty record that is not in the file.
        const n = cutAtBreak ? data.length - 1 : data.length;
        for (let i = 0; i < n; i++) {
          const cells = (data[i] as string[]).map((v) => (v === '' ? null : v));
          yield { row: ++row, cells };
        }
      };
      const stream = createReadStream(path, { start: text.bomLength, highWaterMark: CHUNK_BYTES });
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        read += chunk.length;
        let decoded = decoder.decode(chunk, { stream: true });
        // A CR at the end may be half of a CRLF: it waits for the next chunk.
        const heldCr = decoded.endsWith('\r');
        if (heldCr) decoded = decoded.slice(0, -1);
        const block = carry + unifyLineBreaks(decoded);
        carry = heldCr ? '\r' : '';
        const cut = lastRecordEnd(block);
        if (cut < 0) {
          // Only an unclosed quote keeps a record open this long: stop before it fills memory.
          if (block.length > CARRY_LIMIT_MB * 2 ** 20) {
            fail('csvUnclosedQuote', { file, row: row + 1, limit: CARRY_LIMIT_MB });
          }
          carry = block + carry;
          continue;
        }
        yield* parse(block.slice(0, cut), true);
        carry = block.slice(cut) + carry;
      }
      read = size;
      const rest = unifyLineBreaks(carry + decoder.decode());
      if (rest !== '') yield* parse(rest, false);
    },
  };
}

/**
 * Files pieced together from several systems mix CRLF, LF and even lone CR (old Mac exports); Excel
 * reads each as a line break, and so does this reader. Breaks inside quoted cells become LF too, which
 * cell cleaning turns into a space anyway.
 */
const unifyLineBreaks = (text: string): string => (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text);

function guessDelimiter(block: string): string {
  // The guess needs empty lines skipped: a blank line defeats it.
  return Papa.parse<string[]>(block, { delimitersToGuess: DELIMITERS, skipEmptyLines: 'greedy', preview: 50 })
    .meta.delimiter;
}

/**
 * Quote characters in text[from, to). indexOf is fast over long spans but looks on past `to` to the
 * end of the block, so short spans (one line, walking back through an open quote) are counted by hand.
 */
function countQuotes(text: string, from: number, to: number): number {
  let n = 0;
  if (to - from < 4096) {
    for (let i = from; i < to; i++) if (text.charCodeAt(i) === 34) n++;
    return n;
  }
  for (let i = text.indexOf('"', from); i !== -1 && i < to; i = text.indexOf('"', i + 1)) n++;
  return n;
}

/**
 * Just past the last line break outside quotes, or -1. The block starts between records, so a break
 * is outside quotes exactly when an even number of quote characters precede it ("" escapes count two).
 */
export function lastRecordEnd(block: string): number {
  let at = block.lastIndexOf('\n');
  if (at < 0) return -1;
  let quotes = countQuotes(block, 0, at);
  while (quotes % 2 === 1) {
    const before = block.lastIndexOf('\n', at - 1);
    if (before < 0) return -1;
    quotes -= countQuotes(block, before, at);
    at = before;
  }
  return at + 1;
}
