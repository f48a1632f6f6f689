import { createReadStream } from 'node:fs';
import Papa from 'papaparse';
import type { SheetSource, SourceRow } from './source';
import type { TextEncoding } from './text-encoding';

const DELIMITERS = [';', ',', '\t'];
const CHUNK_BYTES = 1 << 22;

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
        const data = Papa.parse<string[]>(block, { delimiter, skipEmptyLines: false }).data;
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
        const block = carry + decoder.decode(chunk, { stream: true });
        const cut = lastRecordEnd(block);
        if (cut < 0) {
          carry = block;
          continue;
        }
        carry = block.slice(cut);
        yield* parse(block.slice(0, cut), true);
      }
      read = size;
      const rest = carry + decoder.decode();
      if (rest !== '') yield* parse(rest, false);
    },
  };
}

function guessDelimiter(block: string): string {
  // The guess needs empty lines skipped: a blank line defeats it.
  return Papa.parse<string[]>(block, { delimitersToGuess: DELIMITERS, skipEmptyLines: 'greedy', preview: 50 })
    .meta.delimiter;
}

function countQuotes(text: string, from: number, to: number): number {
  let n = 0;
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
