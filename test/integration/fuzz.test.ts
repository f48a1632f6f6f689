// Random damage to valid files, fed to the real import: every outcome must be a clean import or a
// clean, localisable refusal, and a refused import must leave the store as it was. Seeded, so a
// failure names the seed that reproduces it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../src-main/shared/errors';
import { csvText, excelDate, workbookBytes, writeFixture, type Grid } from '../fixtures/build';
import { testBackend, type TestBackend } from '../fixtures/store';

const BUDGET_MS = 8_000;
const PER_FILE_MS = 5_000;

/** Refusals a damaged file may earn; `internal` (an unexpected exception) is not among them. */
const CLEAN: ErrorCode[] = [
  'notSpreadsheet',
  'corruptFile',
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

/** Flips, overwrites, deletes, repeats or cuts bytes: the damage a disk, a mailer or a CRM does. */
function mutate(bytes: Buffer, rnd: () => number): Buffer {
  let out = Buffer.from(bytes);
  const edits = 1 + Math.floor(rnd() * 4);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(rnd() * out.length);
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

async function within<T>(ms: number, what: string, p: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took over ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

describe.each([
  ['xlsx', () => workbookBytes({ Обращения: grid() })],
  [
    'csv',
    () =>
      Buffer.from(
        csvText(
          grid().map((r) => r.map((c) => (typeof c === 'object' && c ? '01.08.2026 10:00' : c))),
          ';',
        ),
        'utf8',
      ),
  ],
])('damaged %s files', (ext, make) => {
  it(
    'end in a clean import or a clean refusal, never an exception, a hang or a half-stored file',
    async () => {
      const original = make();
      const started = Date.now();
      let tried = 0;
      const outcomes = new Map<string, number>();
      for (let seed = 1; Date.now() - started < BUDGET_MS; seed++) {
        const rnd = mulberry32(seed * 7919);
        const path = writeFixture(b.dir, `fuzz-${seed}.${ext}`, mutate(original, rnd));
        const before = b.snapshot();
        const r = await within(
          PER_FILE_MS,
          `seed ${seed}`,
          b.registry.invoke('imports.run', { paths: [path], center: 'Фузз' }),
        );
        tried++;
        const outcome = r.ok ? 'stored' : r.error.code;
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
        if (!r.ok) {
          expect(CLEAN, `seed ${seed}: ${JSON.stringify(r.error)}`).toContain(r.error.code);
          expect(b.snapshot(), `seed ${seed} changed the store`).toBe(before);
        }
      }
      expect(tried).toBeGreaterThan(20);
      // The damage reached past the first check: some files were refused for their rows or read anyway.
      expect(outcomes.size).toBeGreaterThan(1);
    },
    BUDGET_MS + 2 * PER_FILE_MS,
  );
});
