import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import Papa from 'papaparse';
import { fail } from '../../shared/errors';
import { collapseBlankRecords, expandMarks, MARK, markRows } from './csv-blank';
import type { SheetSource, SourceRow } from './sheet-source';
import type { TextEncoding } from './text-encoding';

const DELIMITERS = [';', ',', '\t'];
const CHUNK_BYTES = 1 << 22;
/** A record longer than this is an unclosed quote, not data: 24 cells of Excel's maximum are 0.8 MB. */
const CARRY_LIMIT_MB = 16;

/**
 * A CSV read as it streams: decoded chunk by chunk, cut after the last line break that is not inside
 * quotes, and each cut parsed by papaparse. Row numbers are record numbers (the header is 1), blank
 * lines included, so messages point at the right line; but blank records are counted, not built into
 * rows (csv-blank.ts).
 *
 * The last record is marked `truncated` when the file ends in the middle of it: no line break after it
 * and fewer fields than the widest record before it (Excel and CRMs write every record with all its
 * delimiters, so the widest is the header's count), or bytes that end inside a character.
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
      /** The most fields a record had so far. */
      let widest = 0;
      /** The bytes ended inside a character (a UTF-8 sequence or a UTF-16 pair cut short). */
      let cutInCharacter = false;
      /**
       * Records in each run of blank records marked and not yet numbered. A run ends in a line break
       * outside quotes, so every run marked in a block lies before the block's cut.
       */
      let runs: number[] = [];
      const parseAll = (block: string) =>
        Papa.parse<string[]>(block, { delimiter: delimiter ?? ',', newline: '\n', skipEmptyLines: false });

      /** Decoded text as it comes: the delimiter guessed, NULs refused, blank runs marked, breaks unified. */
      const prepare = (raw: string): string => {
        if (delimiter === undefined) {
          // Guessed on the text without its empty lines, which tell nothing (and 4 MiB of them would
          // take long to unify); text of nothing but empty lines leaves the guess to the next chunk.
          const plain = collapseBlankRecords(raw, undefined).text.replaceAll(`${MARK}\n`, '');
          if (/\S/.test(plain)) delimiter = guessDelimiter(unifyLineBreaks(plain));
        }
        if (raw.includes('\0')) {
          // The record to blame is found by parsing the text as it is, blank lines and all.
          const data = parseAll(unifyLineBreaks(raw)).data;
          fail('csvNulBytes', {
            file,
            row: row + data.findIndex((c) => c.some((v) => v.includes('\0'))) + 1,
          });
        }
        const collapsed = collapseBlankRecords(raw, delimiter);
        for (const n of collapsed.runs) runs.push(n);
        return unifyLineBreaks(collapsed.text);
      };

      /** `last`: the block is the file's last record, with no line break after it. */
      const parse = function* (block: string, cutAtBreak: boolean, last = false): Generator<SourceRow> {
        let own = runs;
        runs = [];
        const parsed = parseAll(block);
        let data = parsed.data;
        const unclosed = parsed.errors.find((e) => e.code === 'MissingQuotes');
        if (unclosed) {
          const at = recordsBefore(data, unclosed.row ?? 0, own);
          fail('csvUnclosedQuote', { file, row: row + at + 1, limit: CARRY_LIMIT_MB });
        }
        // Quotes that the quote count took for closed and papaparse for open swallowed a mark into a
        // cell (malformed quoting only): the block is read again with its blank lines back.
        if (own.length > 0 && markRows(data) !== own.length) {
          data = parseAll(expandMarks(block, own)).data;
          own = [];
        }
        // A block cut after a line break ends with an empty record that is not in the file.
        const n = cutAtBreak ? data.length - 1 : data.length;
        let run = 0;
        for (let i = 0; i < n; i++) {
          const fields = data[i] as string[];
          if (run < own.length && fields.length === 1 && fields[0] === MARK) {
            row += own[run++] as number;
            continue;
          }
          row++;
          if (fields.every((v) => v === '')) continue;
          const cut = last && i === n - 1 && (cutInCharacter || fields.length < widest);
          widest = Math.max(widest, fields.length);
          const cells = fields.map((v) => (v === '' ? null : v));
          yield cut ? { row, cells, truncated: true } : { row, cells };
        }
      };

      const stream = createReadStream(path, { start: text.bomLength, highWaterMark: CHUNK_BYTES });
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        read += chunk.length;
        let decoded = decoder.decode(chunk, { stream: true });
        // A CR at the end may be half of a CRLF: it waits for the next chunk.
        const heldCr = decoded.endsWith('\r');
        if (heldCr) decoded = decoded.slice(0, -1);
        const block = prepare(carry + decoded);
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
      // A character cut short by the end of the bytes is all the decoder still holds.
      const tail = decoder.decode();
      cutInCharacter = tail !== '';
      const rest = prepare(carry + tail);
      // A CR held back at the very end was the file's last line break.
      const ended = rest.endsWith('\n');
      if (rest !== '') yield* parse(rest, ended, !ended);
    },
  };
}

/** Records in the first `index` rows papaparse made, a mark standing for its run. */
function recordsBefore(data: readonly string[][], index: number, runs: readonly number[]): number {
  let records = 0;
  let run = 0;
  for (let i = 0; i < index; i++) {
    const fields = data[i] as string[];
    records += run < runs.length && fields.length === 1 && fields[0] === MARK ? (runs[run++] as number) : 1;
  }
  return records;
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
