// Damage to valid files, fed to the real import: every outcome must be the rows of the intact file, stored as they
// are, or a clean, localisable refusal that leaves the store as it was. A fixed number of seeded cases, aimed at every
// part of the file (each zip entry's header and data, the central directory), so what is covered does not depend on
// the machine; a failure names the case that reproduces it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../src-main/shared/errors';
import { csvText, excelDate, workbookBytes, writeFixture, type Grid } from '../fixtures/build';
import { testBackend, type TestBackend } from '../fixtures/store';
import { within } from '../fixtures/time-limit';

/** Cases per format: with 24 parts in the workbook, each one's header or data is hit by three flips and three edits. */
const CASES = 150;
const PER_FILE_MS = 5_000;

/**
 * Refusals a damaged file may earn; `internal` (an unexpected exception) is not among them. `fileDamaged` (a part
 * whose CRC-32 or size is wrong) and `fileTruncated` (a CSV cut in a record) name the damage itself.
 */
const CLEAN: ErrorCode[] = [
  'notSpreadsheet',
  'corruptFile',
  'fileDamaged',
  'fileTruncated',
  'partTooLarge',
  'passwordProtected',
  'dtdRefused',
  'csvUnclosedQuote',
  'csvNulBytes',
  'noRecognisedColumns',
  'noDateColumn',
  'missingColumns',
  'noDataRows',
  'invalidRows',
];

function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function grid(): Grid {
  const g: Grid = [['Рег. номер', 'Дата поступления', 'Регион', 'Тематика', 'Пол', 'Возраст']];
  for (let i = 1; i <= 60; i++) {
    g.push([
      `F-${i}`,
      excelDate(2026, 7 + (i % 3), 1 + (i % 28), 10),
      i % 2 ? 'г. Алматы' : 'СКО',
      `Тема ${i % 7}`,
      i % 3 ? 'муж' : 'жен',
      20 + i,
    ]);
  }
  return g;
}

/** A stretch of the file's bytes that the damage is aimed at. */
interface Part {
  name: string;
  start: number;
  end: number;
}

/** Each entry's local header and data, the central directory and its end record: where a zip can be damaged. */
function zipParts(zip: Buffer): Part[] {
  const parts: Part[] = [];
  let at = 0;
  while (zip.readUInt32LE(at) === 0x04034b50) {
    const nameLength = zip.readUInt16LE(at + 26);
    const data = at + 30 + nameLength + zip.readUInt16LE(at + 28);
    const name = zip.subarray(at + 30, at + 30 + nameLength).toString('utf8');
    const end = data + zip.readUInt32LE(at + 18);
    parts.push({ name: `${name} (header)`, start: at, end: data }, { name, start: data, end });
    at = end;
  }
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  parts.push(
    { name: 'central directory', start: at, end: eocd },
    { name: 'end of central directory', start: eocd, end: zip.length },
  );
  return parts;
}

/** The header, the rows, and the last row (where a cut file ends). */
function csvParts(csv: Buffer): Part[] {
  const header = csv.indexOf('\r\n') + 2;
  const last = csv.lastIndexOf('\r\n', csv.length - 3) + 2;
  return [
    { name: 'header', start: 0, end: header },
    { name: 'rows', start: header, end: last },
    { name: 'last row', start: last, end: csv.length },
  ];
}

/** One bit flipped inside `part`: the damage a disk or a transfer does. */
function flipBit(bytes: Buffer, part: Part, rnd: () => number): Buffer {
  const out = Buffer.from(bytes);
  const at = part.start + Math.floor(rnd() * (part.end - part.start));
  out[at] = (out[at] ?? 0) ^ (1 << Math.floor(rnd() * 8));
  return out;
}

/** Flips, overwrites, deletes, repeats or cuts bytes from inside `part` on: the damage a mailer or a CRM does. */
function mutate(bytes: Buffer, part: Part, rnd: () => number): Buffer {
  let out = Buffer.from(bytes);
  const edits = 1 + Math.floor(rnd() * 4);
  for (let e = 0; e < edits; e++) {
    const at = Math.min(out.length, part.start + Math.floor(rnd() * (part.end - part.start)));
    const len = 1 + Math.floor(rnd() * 64);
    switch (Math.floor(rnd() * 5)) {
      case 0:
        for (let i = at; i < Math.min(out.length, at + len); i++)
          out[i] = (out[i] ?? 0) ^ (1 << Math.floor(rnd() * 8));
        break;
      case 1:
        for (let i = at; i < Math.min(out.length, at + len); i++) out[i] = Math.floor(rnd() * 256);
        break;
      case 2:
        out = Buffer.concat([out.subarray(0, at), out.subarray(Math.min(out.length, at + len))]);
        break;
      case 3:
        out = Buffer.concat([out.subarray(0, at), out.subarray(at, at + len), out.subarray(at)]);
        break;
      default:
        out = out.subarray(0, at);
    }
  }
  return out;
}

let b: TestBackend;
beforeAll(() => {
  b = testBackend();
});
afterAll(() => b.close());

type StoredRow = Record<string, unknown> & { reg: string };

/** What an import stored, field by field, by registration number. */
function storedRows(batches: number[]): Map<string, StoredRow> {
  const rows = b.store.sqlite
    .prepare(
      `SELECT reg_number AS reg, received_at, quarter, region_code, region_raw, district, topic_raw,
              (SELECT name FROM topics t WHERE t.id = r.topic_id) AS topic, sex, age, social_status
       FROM requests r WHERE batch_id IN (SELECT value FROM json_each(?)) ORDER BY id`,
    )
    .all(JSON.stringify(batches)) as StoredRow[];
  return new Map(rows.map((r) => [r.reg, r]));
}

/** Imports `path`; what it stored (then taken back, so the next case starts from the same store), or the refusal. */
async function importOnce(
  path: string,
  what: string,
): Promise<
  { ok: true; rows: Map<string, StoredRow>; read: number; counted: number } | { ok: false; code: string }
> {
  const r = await within(
    PER_FILE_MS,
    what,
    b.registry.invoke('imports.run', { paths: [path], center: 'Фузз' }),
  );
  if (!r.ok) return { ok: false, code: r.error.code };
  const sheets = r.value.files.flatMap((f) => f.sheets);
  const batches = sheets.flatMap((s) => (s.batchId === undefined ? [] : [s.batchId]));
  const rows = storedRows(batches);
  for (const batchId of batches) await b.call('imports.undo', { batchId });
  return {
    ok: true,
    rows,
    read: sheets.reduce((n, s) => n + s.rowsRead, 0),
    counted: sheets.reduce((n, s) => n + (s.stored ?? 0) + (s.duplicates ?? 0) + s.rowsRejected, 0),
  };
}

/** What a mutated file that imported must have stored, given the intact file's rows; null when it holds. */
type Check = (
  damaged: Buffer,
  stored: Map<string, StoredRow>,
  intact: Map<string, StoredRow>,
) => string | null;

/** A workbook's parts carry CRC-32s: whatever imports is the intact file, every row and every field. */
const sameWorkbook: Check = (_damaged, stored, intact) => {
  const changed = [...intact.keys()].filter(
    (reg) => JSON.stringify(stored.get(reg)) !== JSON.stringify(intact.get(reg)),
  );
  const extra = [...stored.keys()].filter((reg) => !intact.has(reg));
  if (changed.length === 0 && extra.length === 0) return null;
  const first = changed[0] ?? (extra[0] as string);
  return (
    `${changed.length} rows missing or changed, ${extra.length} not in the file; ` +
    `${first}: ${JSON.stringify(intact.get(first) ?? null)} → ${JSON.stringify(stored.get(first) ?? null)}`
  );
};

/**
 * A CSV carries no checksum: a changed letter is a different value, which no reader can tell. Every record left
 * intact (under an intact header, before any quote the damage brought) is stored as it was, and a file whose last
 * record is cut short (fewer fields than the header, no line break after it) is refused as truncated.
 */
function sameCsvRecords(original: string): Check {
  const lines = original.split('\r\n');
  const header = lines[0] as string;
  const fields = header.split(';').length;
  return (damaged, stored, intact) => {
    const text = damaged.toString('utf8');
    if (!text.endsWith('\n')) {
      const last = text.slice(text.lastIndexOf('\n') + 1);
      if (!last.includes('"') && last.split(';').length < fields)
        return `imported with its last record cut short («${last}»)`;
    }
    if (!text.startsWith(`${header}\r\n`)) return null;
    const quote = text.indexOf('"');
    for (const line of lines.slice(1, -1)) {
      const at = text.indexOf(`\r\n${line}\r\n`);
      if (at < 0 || (quote >= 0 && at > quote)) continue;
      const reg = line.split(';')[0] as string;
      if (JSON.stringify(stored.get(reg)) !== JSON.stringify(intact.get(reg)))
        return `intact record ${reg}: ${JSON.stringify(intact.get(reg))} → ${JSON.stringify(stored.get(reg) ?? null)}`;
    }
    return null;
  };
}

const CSV = csvText(
  grid().map((r) => r.map((c) => (typeof c === 'object' && c ? '01.08.2026 10:00' : c))),
  ';',
);

describe.each([
  {
    ext: 'xlsx',
    // Deflated with a shared-string table, as Excel writes it.
    make: () => workbookBytes({ Обращения: grid() }, 'xlsx', { bookSST: true, compression: true }),
    parts: zipParts,
    check: (): Check => sameWorkbook,
  },
  { ext: 'csv', make: () => Buffer.from(CSV, 'utf8'), parts: csvParts, check: () => sameCsvRecords(CSV) },
])('damaged $ext files', ({ ext, make, parts: partsOf, check }) => {
  it(
    `end in the intact file's rows or a clean refusal, never an exception, a hang or a half-stored file (${CASES} cases)`,
    async () => {
      const original = make();
      const parts = partsOf(original);
      const intact = await importOnce(writeFixture(b.dir, `intact.${ext}`, original), 'the intact file');
      if (!intact.ok) throw new Error(`the intact file was refused: ${intact.code}`);
      expect(intact.rows.size).toBe(60);
      const same = check();
      const outcomes = new Map<string, number>();
      const flipped = new Set<string>();
      const failures: string[] = [];
      for (let k = 0; k < CASES; k++) {
        const part = parts[k % parts.length] as Part;
        const rnd = mulberry32((k + 1) * 7919);
        // Round by round over the parts: a single bit flip, then an edit of any kind, in turn.
        const single = Math.floor(k / parts.length) % 2 === 0;
        const damaged = single ? flipBit(original, part, rnd) : mutate(original, part, rnd);
        if (single) flipped.add(part.name);
        const what = `case ${k} (${single ? 'bit flip' : 'edit'} in ${part.name})`;
        const path = writeFixture(b.dir, `fuzz-${k}.${ext}`, damaged);
        const before = b.snapshot();
        const r = await importOnce(path, what);
        const outcome = r.ok ? 'stored' : r.code;
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
        if (r.ok) {
          // Every row read is stored, a duplicate, or rejected: none vanishes uncounted.
          if (r.counted !== r.read) failures.push(`${what}: ${r.read} rows read, ${r.counted} accounted for`);
          const wrong = same(damaged, r.rows, intact.rows);
          if (wrong) failures.push(`${what}: ${wrong}`);
        } else {
          expect(CLEAN, `${what}: refused as ${r.code}`).toContain(r.code);
          expect(b.snapshot(), `${what} changed the store`).toBe(before);
        }
      }
      expect(failures).toEqual([]);
      // Every part of the file took a single bit flip, and the damage reached past the first check.
      expect([...flipped].sort()).toEqual(parts.map((p) => p.name).sort());
      expect(outcomes.size).toBeGreaterThan(1);
    },
    CASES * PER_FILE_MS,
  );
});
