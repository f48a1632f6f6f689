/*
 * Blank records (empty lines, or lines of nothing but spaces, tabs and delimiters: Excel saves a sheet's
 * formatted empty rows so) are counted, not parsed. Each run of them becomes one line holding MARK, and
 * papaparse builds one row for the run instead of one per line: 300 MB of empty lines once took 71 s and
 * 1.1 GB as a row each. The run is found in the text as decoded, before its line breaks are unified:
 * unifying two million CRLFs a chunk is what took the time.
 */

/** Stands for a run of blank records. No record holds it: text with a NUL byte is refused before. */
export const MARK = '\0';

const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;

/**
 * `text` (starting between records, line breaks CRLF, LF or a lone CR) with each run of blank records
 * outside quotes replaced by MARK and a line feed, and how many records each run was, in order. A line
 * break is outside quotes when an even number of quote characters precede it, as lastRecordEnd counts.
 */
export function collapseBlankRecords(
  text: string,
  delimiter: string | undefined,
): { text: string; runs: number[] } {
  const len = text.length;
  const blank = delimiter?.length === 1 ? delimiter.charCodeAt(0) : SPACE;
  const runs: number[] = [];
  const parts: string[] = [];
  let copied = 0;
  // Where the next quote, LF and CR are: each search moves forward only, so the scan stays linear.
  let quote = text.indexOf('"');
  let inQuotes = false;
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  const nextBreak = (from: number): number => {
    if (lf >= 0 && lf < from) lf = text.indexOf('\n', from);
    if (cr >= 0 && cr < from) cr = text.indexOf('\r', from);
    return lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
  };
  for (let at = 0; at < len;) {
    // `at` starts a record outside quotes: count the line breaks of the blank records from here.
    let breaks = 0;
    let end = at;
    for (let i = at; i < len; i++) {
      const c = text.charCodeAt(i);
      if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) {
        breaks++;
        end = i + 1;
      } else if (c !== CR && c !== SPACE && c !== TAB && c !== blank) break;
    }
    if (breaks > 0) {
      parts.push(text.slice(copied, at), `${MARK}\n`);
      runs.push(breaks);
      copied = end;
    }
    // The record after the run ends at the next line break outside quotes.
    at = len;
    for (let from = end, br = nextBreak(from); br >= 0; br = nextBreak(from)) {
      while (quote >= 0 && quote < br) {
        inQuotes = !inQuotes;
        quote = text.indexOf('"', quote + 1);
      }
      from = text.charCodeAt(br) === CR && text.charCodeAt(br + 1) === LF ? br + 2 : br + 1;
      if (!inQuotes) {
        at = from;
        break;
      }
    }
  }
  if (runs.length === 0) return { text, runs };
  parts.push(text.slice(copied));
  return { text: parts.join(''), runs };
}

/** The text with each mark back as the line breaks of its run (spaces and delimiters of those lines lost). */
export function expandMarks(text: string, runs: readonly number[]): string {
  let k = 0;
  return text.replace(/\0\n/g, () => '\n'.repeat(runs[k++] ?? 1));
}

/** How many rows papaparse made of marks. */
export function markRows(data: readonly (readonly string[])[]): number {
  let n = 0;
  for (const fields of data) if (fields.length === 1 && fields[0] === MARK) n++;
  return n;
}
