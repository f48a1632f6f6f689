import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { cli } from '../fixtures/cli';
import { csvText, excelDate, tempDir, workbookBytes, writeFixture } from '../fixtures/build';

const SAMPLE_FILES = ['1414_2026-Q2_ru.xlsx', '1414_2026-Q3_kk.xlsx'].map((f) =>
  join(import.meta.dirname, '..', '..', 'resources', 'sample', f),
);

const HEADER = ['Рег. номер', 'Дата поступления', 'Регион', 'Тематика'];

function fixture() {
  const dir = tempDir();
  const db = join(dir, 'cli.db');
  const xlsx = writeFixture(
    dir,
    'q3.xlsx',
    workbookBytes({
      S: [
        HEADER,
        ['A-1', excelDate(2024, 9, 30, 23, 59), 'СКО', 'Газ'],
        ['A-2', excelDate(2024, 10, 1), 'ЗКО', 'Газ'],
      ],
    }),
  );
  const bad = writeFixture(dir, 'bad.csv', csvText([HEADER, ['B-1', '45.10.2024', 'СКО', 'Газ']], ';'));
  return { dir, db, xlsx, bad };
}

describe('saraptama CLI', () => {
  it('imports, then prints the stats contract as JSON', async () => {
    const f = fixture();
    const imported = await cli(['import', f.xlsx, '--db', f.db, '--center', 'КЦ 1414']);
    expect(imported.code).toBe(0);
    expect(imported.out).toContain('сохранено новых запросов: 2');
    expect(imported.out).toContain('2024-Q3: 1, 2024-Q4: 1');

    const stats = await cli(['stats', '--json', '--db', f.db]);
    expect(stats.code).toBe(0);
    const json = JSON.parse(stats.out) as Record<string, unknown>;
    expect(json).toEqual({
      total: 2,
      byQuarter: { '2024-Q3': 1, '2024-Q4': 1 },
      batches: [
        expect.objectContaining({
          file: 'q3.xlsx',
          rows: 2,
          sheet: 'S',
          center: 'КЦ 1414',
          duplicates: 0,
          rejected: 0,
        }),
      ],
    });
  });

  it('exits 1 on refused input, with the problem placed and localised, and stores nothing', async () => {
    const f = fixture();
    const ru = await cli(['import', f.bad, '--db', f.db, '--lang', 'ru']);
    expect(ru.code).toBe(1);
    expect(ru.err).toContain('Загрузка отклонена');
    expect(ru.err).toContain(
      '«bad.csv», лист «CSV», строка 2, столбец B («Дата поступления»): «45.10.2024» — такой даты не существует',
    );
    const kk = await cli(['import', f.bad, '--db', f.db, '--lang', 'kk']);
    expect(kk.code).toBe(1);
    expect(kk.err).toContain('Жүктеу қабылданбады');
    expect(kk.err).toContain(
      '«bad.csv», «CSV» парағы, 2-жол, B бағаны («Дата поступления»): «45.10.2024» — күнтізбеде мұндай күн жоқ',
    );
    expect(JSON.parse((await cli(['stats', '--json', '--db', f.db])).out).total).toBe(0);
  });

  it('exits 2 on wrong usage', async () => {
    const f = fixture();
    expect((await cli([])).code).toBe(2);
    expect((await cli(['frobnicate'])).code).toBe(2);
    expect((await cli(['import', '--db', f.db])).code).toBe(2);
    expect((await cli(['stats', '--bogus'])).code).toBe(2);
    expect((await cli(['stats', '--lang', 'en', '--db', f.db])).code).toBe(2);
    const badMap = await cli(['import', f.xlsx, '--db', f.db, '--map', 'Регион=place']);
    expect(badMap.code).toBe(2);
    expect(badMap.err).toContain('Неизвестное поле «place»');
  });

  it('takes the database from SARAPTAMA_DB and the language from the system locale', async () => {
    const f = fixture();
    const r = await cli(['import', f.xlsx], { SARAPTAMA_DB: f.db, LANG: 'kk_KZ.UTF-8' });
    expect(r.code).toBe(0);
    expect(r.out).toContain('сақталған жаңа сұрау салулар: 2');
    expect(JSON.parse((await cli(['stats', '--json', '--db', f.db])).out).total).toBe(2);
  });

  it('asks which contact center when the store has several', async () => {
    const f = fixture();
    await cli(['import', f.xlsx, '--db', f.db, '--center', 'Первый']);
    const other = writeFixture(f.dir, 'o.csv', csvText([HEADER, ['O-1', '01.11.2024', 'СКО', 'Газ']], ';'));
    await cli(['import', other, '--db', f.db, '--center', 'Второй', '--new-center']);
    const third = writeFixture(f.dir, 't.csv', csvText([HEADER, ['T-1', '02.11.2024', 'СКО', 'Газ']], ';'));
    const r = await cli(['import', third, '--db', f.db]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('(Второй, Первый)');
  });

  it('runs as `saraptama` through its bin script', () => {
    const f = fixture();
    const bin = join(import.meta.dirname, '..', '..', 'bin', 'saraptama.js');
    const out = execFileSync(process.execPath, [bin, 'import', f.xlsx, '--db', f.db, '--json'], {
      encoding: 'utf8',
    });
    expect(JSON.parse(out).files[0].sheets[0].stored).toBe(2);
    const refused = spawnSync(process.execPath, [bin, 'import', f.bad, '--db', f.db, '--lang', 'ru'], {
      encoding: 'utf8',
    });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('bad.csv');
  });

  it('ends quietly when its output is closed before it is all read (`analyze --json | head`)', async () => {
    const f = fixture();
    const bin = join(import.meta.dirname, '..', '..', 'bin', 'saraptama.js');
    execFileSync(process.execPath, [bin, 'import', ...SAMPLE_FILES, '--db', f.db]);
    const child = spawn(process.execPath, [bin, 'analyze', '--quarter', '2026-Q3', '--json', '--db', f.db], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (err += s));
    // The reader is gone before the output comes, as `head` is once it has its lines.
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(err).toBe('');
    expect(code).toBe(0);
  }, 30_000);
});

describe('saraptama demo', () => {
  it('imports the bundled sample into a fresh database: two quarters, overlap counted once', async () => {
    const db = join(tempDir(), 'demo.db');
    const r = await cli(['demo', '--db', db, '--json']);
    expect(r.code).toBe(0);
    const stats = JSON.parse(r.out);
    // Known from the generator (scripts/generate-sample.ts, seed 114): 1,804 in Q2; 1,832 + 608 − 150 overlapping in Q3.
    expect(stats.total).toBe(4094);
    expect(stats.byQuarter).toEqual({ '2026-Q2': 1804, '2026-Q3': 2290 });
    expect(
      stats.batches.map((x: { file: string; rows: number; duplicates: number }) => [
        x.file,
        x.rows,
        x.duplicates,
      ]),
    ).toEqual([
      ['1414_2026-Q2_ru.xlsx', 1804, 0],
      ['1414_2026-Q3_kk.xlsx', 1832, 0],
      ['1414_2026-Q3_part2_ru.csv', 458, 150],
    ]);
  });
});

describe('saraptama analyze', () => {
  it('prints the analysis contract as JSON, and a summary in the chosen language', async () => {
    const db = join(tempDir(), 'a.db');
    await cli(['demo', '--db', db, '--json']);
    const r = await cli(['analyze', '--quarter', '2026-Q3', '--db', db, '--json']);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.out);
    for (const key of [
      'quarter',
      'previousQuarter',
      'total',
      'previousTotal',
      'changePercent',
      'byRegion',
      'byTopic',
      'top10',
      'top10ByRegion',
      'portrait',
    ]) {
      expect(a, key).toHaveProperty(key);
    }
    expect([a.quarter, a.previousQuarter, a.total, a.previousTotal]).toEqual([
      '2026-Q3',
      '2026-Q2',
      2290,
      1804,
    ]);
    expect(Object.keys(a.byRegion[0])).toEqual(['code', 'nameRu', 'nameKk', 'count', 'previousCount']);
    expect(Object.keys(a.byTopic[0])).toEqual([
      'topic',
      'count',
      'previousCount',
      'changePercent',
      'growthOver30',
      'isNew',
    ]);
    expect(Object.keys(a.top10[0])).toEqual(['rank', 'topic', 'count']);
    expect(Object.keys(a.portrait.age)).toEqual([
      'under18',
      '18-30',
      '31-40',
      '41-50',
      '51-60',
      '61-70',
      '71-80',
      '81-90',
      'over90',
      'unknown',
    ]);
    expect(Object.keys(a.portrait.sex)).toEqual(['female', 'male', 'unknown']);
    // The sample's planted story.
    const heating = a.byTopic.find((t: { topic: string }) => t.topic === 'Отопление');
    expect(heating).toMatchObject({ count: 190, previousCount: 55, growthOver30: true });

    const kk = await cli(['analyze', '--quarter', '2026-Q3', '--db', db, '--lang', 'kk']);
    expect(kk.out).toContain(
      '2026 жылғы 3-тоқсанда келіп түскен сұрау салуларды талдау (салыстыру: 2026 жылғы 2-тоқсан)',
    );
    expect(kk.out).toContain('Отопление — 190 (бұрын 55, +245,5 %) ▲ 30 %-дан астам өсу');
    const ru = await cli(['analyze', '--quarter', '2026-Q3', '--db', db, '--compare', 'year']);
    expect(ru.out).toContain('Анализ запросов за 3 квартал 2026 года (сравнение: 3 квартал 2025 года)');
  });

  it('exits 2 without a quarter, with a bad one, or with an unknown comparison', async () => {
    const db = join(tempDir(), 'b.db');
    expect((await cli(['analyze', '--db', db])).code).toBe(2);
    expect((await cli(['analyze', '--quarter', '2026-Q9', '--db', db])).code).toBe(2);
    expect((await cli(['analyze', '--quarter', '2026-Q3', '--compare', 'month', '--db', db])).code).toBe(2);
  });
});

describe('saraptama settings and report', () => {
  it('sets the document details, then writes the справка and its form where asked', async () => {
    const dir = tempDir();
    const db = join(dir, 'r.db');
    await cli(['demo', '--db', db, '--json']);
    const centers = ['--center', 'Единый контакт-центр 1414'];
    expect((await cli(['settings', '--db', db, '--phone', '1414'])).code).toBe(2);
    const set = await cli([
      'settings',
      '--db',
      db,
      '--json',
      ...centers,
      '--phone',
      '1414, 8 800 080 7777',
      '--signatory',
      'А. Б. Сериков',
    ]);
    expect(set.code).toBe(0);
    const saved = JSON.parse(set.out);
    expect(saved.signatory.name).toEqual({ kk: 'А. Б. Сериков', ru: 'А. Б. Сериков' });
    expect(saved.centers).toEqual([
      {
        name: 'Единый контакт-центр 1414',
        phone: '1414, 8 800 080 7777',
        timeZone: null,
        // The data's name is Russian; the catalogue proposes the Kazakh one.
        nameRu: 'Единый контакт-центр 1414',
        nameKk: '1414 бірыңғай байланыс орталығы',
        sources: { ru: 'data', kk: 'catalogue' },
      },
    ]);
    // Only what was given changes.
    await cli(['settings', '--db', db, '--position-ru', 'Заместитель министра']);
    expect(JSON.parse((await cli(['settings', '--db', db, '--json'])).out).signatory).toEqual({
      name: { kk: 'А. Б. Сериков', ru: 'А. Б. Сериков' },
      position: { kk: '', ru: 'Заместитель министра' },
    });

    const out = join(dir, 'справка.pdf');
    const xlsx = join(dir, 'форма.xlsx');
    const r = await cli([
      'report',
      '--db',
      db,
      '--quarter',
      '2026-Q3',
      '--lang',
      'kk',
      '--out',
      out,
      '--xlsx',
      xlsx,
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Анықтама жазылды: ${out}`);
    const form = XLSX.read(readFileSync(xlsx));
    expect(form.SheetNames).toEqual(['Нысан']);
    expect(
      XLSX.utils.sheet_to_json<unknown[]>(form.Sheets['Нысан'] as XLSX.WorkSheet, { header: 1 })[4]?.[0],
    ).toBe('1414 бірыңғай байланыс орталығы, тел. 1414, 8 800 080 7777');
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await cli(['report', '--db', db, '--quarter', '2026-Q3', '--lang', 'kk'])).code).toBe(2);
  });
});
