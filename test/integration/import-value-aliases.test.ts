// Values no rule recognises, mapped by the analyst in the preview and remembered for every later import; and the
// contact center chosen among the stored ones, a new one only when the caller says so. Real XLSX bytes through
// the backend's import into a real store.
import { afterEach, describe, expect, it } from 'vitest';
import { readAudit } from '../../src-main/db/audit';
import { translator } from '../../src-main/i18n';
import type { SheetReport } from '../../src-main/shared/imports';
import { errorText } from '../../src-main/shared/problem-text';
import { excelDate, workbookBytes, writeFixture, type Grid } from '../fixtures/build';
import { cli } from '../fixtures/cli';
import { testBackend, type TestBackend } from '../fixtures/store';

const CENTER = 'Центр 109';
const HEADER = [
  'Рег. номер',
  'Дата поступления',
  'Регион',
  'Тематика',
  'Социальный статус',
  'Род занятий',
  'Пол',
];

let b: TestBackend;
afterEach(() => b?.close());

/** An export of the applicants' portrait: each row a request, the values as a CRM's operators typed them. */
function exportFile(name: string, rows: (string | null)[][]): string {
  const grid: Grid = [
    HEADER,
    ...rows.map(([reg, status, occupation, sex], i) => [
      reg ?? null,
      excelDate(2026, 7, 1 + i, 10, 0),
      'Астана',
      'Отопление',
      status ?? null,
      occupation ?? null,
      sex ?? null,
    ]),
  ];
  return writeFixture(b.dir, name, workbookBytes({ Обращения: grid }));
}

const FIRST: (string | null)[][] = [
  ['A-1', 'домохозяйка', 'таксист', 'әйел кісі'],
  ['A-2', 'домохозяйка', 'курьер', 'әйел кісі'],
  ['A-3', 'самозанятый', 'таксист', 'ер кісі'],
  ['A-4', 'пенсионер', 'пенсионер', 'мужской'],
];

const sheetOf = async (path: string, center = CENTER): Promise<SheetReport> => {
  const report = await b.call('imports.preview', { paths: [path], center });
  const sheet = report.files[0]?.sheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
};

const unmapped = (s: SheetReport) => s.unmapped.map((u) => [u.field, u.value, u.count]);

const stored = () =>
  b.store.sqlite
    .prepare(
      `SELECT reg_number AS reg, social_status AS status, social_status_raw AS statusRaw, occupation, sex
       FROM requests ORDER BY reg_number`,
    )
    .all() as {
    reg: string;
    status: string;
    statusRaw: string;
    occupation: string | null;
    sex: string | null;
  }[];

/** A store holding one contact center, as after its first import. */
async function storeWithCenter(): Promise<void> {
  b = testBackend();
  const seed = exportFile('seed.xlsx', [['S-1', 'пенсионер', 'пенсионер', 'мужской']]);
  await b.call('imports.run', { paths: [seed], center: CENTER });
}

describe('unrecognised values mapped in the preview', () => {
  it('lists them with their counts, maps them, shows the preview again without them, and stores the codes', async () => {
    await storeWithCenter();
    const path = exportFile('portrait.xlsx', FIRST);
    const before = await sheetOf(path);
    expect(before.columns.map((c) => c.field)).toEqual([
      'regNumber',
      'receivedAt',
      'region',
      'topic',
      'socialStatus',
      'occupation',
      'sex',
    ]);
    expect(unmapped(before)).toEqual([
      ['sex', 'әйел кісі', 2],
      ['socialStatus', 'домохозяйка', 2],
      ['occupation', 'таксист', 2],
      ['sex', 'ер кісі', 1],
      ['occupation', 'курьер', 1],
      ['socialStatus', 'самозанятый', 1],
    ]);

    // Each field offers its own codes: the Methodology's statuses, the portrait's occupations, female and male.
    const { choices } = await b.call('values.list', {});
    expect(choices.socialStatus.map((c) => c.code)).toEqual([
      'employee',
      'entrepreneur',
      'pensioner',
      'disability',
      'largeFamily',
      'student',
      'educated',
      'noEducation',
      'unemployed',
      'other',
      'unknown',
    ]);
    expect(choices.sex.map((c) => c.code)).toEqual(['female', 'male', 'unknown']);
    expect(choices.occupation.find((c) => c.code === 'selfEmployed')?.names).toEqual({
      ru: 'Самозанятый',
      kk: 'Өзін-өзі жұмыспен қамтыған',
    });

    await b.call('values.map', { field: 'socialStatus', value: 'домохозяйка', code: 'other' });
    await b.call('values.map', { field: 'socialStatus', value: 'самозанятый', code: 'entrepreneur' });
    await b.call('values.map', { field: 'occupation', value: 'таксист', code: 'selfEmployed' });
    await b.call('values.map', { field: 'occupation', value: 'курьер', code: 'unknown' });
    await b.call('values.map', { field: 'sex', value: 'әйел кісі', code: 'female' });
    await b.call('values.map', { field: 'sex', value: 'ер кісі', code: 'male' });

    const after = await sheetOf(path);
    expect(after.unmapped).toEqual([]);
    expect(after.warningsTotal).toBeLessThan(before.warningsTotal);
    expect(after.rowsValid).toBe(4);

    // «центр 109» is the stored «Центр 109»: folded, no new center.
    const report = await b.call('imports.run', { paths: [path], center: 'центр 109' });
    expect(report.center).toBe(CENTER);
    expect((await b.call('centers.list', {})).map((c) => c.name)).toEqual([CENTER]);
    expect(stored().filter((r) => r.reg.startsWith('A-'))).toEqual([
      { reg: 'A-1', status: 'other', statusRaw: 'домохозяйка', occupation: 'таксист', sex: 'female' },
      { reg: 'A-2', status: 'other', statusRaw: 'домохозяйка', occupation: 'курьер', sex: 'female' },
      {
        reg: 'A-3',
        status: 'entrepreneur',
        statusRaw: 'самозанятый',
        occupation: 'таксист',
        sex: 'male',
      },
      { reg: 'A-4', status: 'pensioner', statusRaw: 'пенсионер', occupation: 'пенсионер', sex: 'male' },
    ]);
    // The occupation stays as typed; the analysis reads it through the mapping, «курьер» as not specified.
    const analysis = await b.call('analysis.quarter', { quarter: '2026-Q3', compare: 'previous' });
    expect(analysis.portrait.socialStatus.entrepreneur).toBe(1);
    expect(analysis.portrait.sex).toMatchObject({ female: 2, male: 3, unknown: 0 });
    expect(analysis.portrait.occupation.find((v) => v.code === 'selfEmployed')?.count).toBe(2);
    expect(analysis.portrait.occupation.some((v) => v.value === 'курьер')).toBe(false);

    // The choices are in the log, named.
    const actions = readAudit(b.store).map((e) => e.action);
    expect(actions.filter((a) => a === 'values.map')).toHaveLength(6);
  });

  it('recognises the same values in a second file without asking, however they are cased', async () => {
    await storeWithCenter();
    await b.call('values.map', { field: 'socialStatus', value: 'Домохозяйка', code: 'other' });
    await b.call('values.map', { field: 'sex', value: 'әйел кісі', code: 'female' });
    await b.call('values.map', { field: 'occupation', value: 'таксист', code: 'selfEmployed' });
    const second = exportFile('second.xlsx', [
      ['B-1', 'ДОМОХОЗЯЙКА', 'Таксист', 'Әйел кісі'],
      ['B-2', ' домохозяйка ', 'таксист', 'ӘЙЕЛ КІСІ'],
    ]);
    const sheet = await sheetOf(second);
    expect(sheet.unmapped).toEqual([]);
    await b.call('imports.run', { paths: [second], center: CENTER });
    expect(stored().filter((r) => r.reg.startsWith('B-'))).toMatchObject([
      { reg: 'B-1', status: 'other', occupation: 'Таксист', sex: 'female' },
      { reg: 'B-2', status: 'other', occupation: 'таксист', sex: 'female' },
    ]);
    const analysis = await b.call('analysis.quarter', { quarter: '2026-Q3', compare: 'previous' });
    expect(analysis.portrait.occupation.find((v) => v.code === 'selfEmployed')?.count).toBe(2);
  });

  it('gives the stored requests the mapping at once, and forgetting it asks again next time', async () => {
    await storeWithCenter();
    const path = exportFile('portrait.xlsx', FIRST);
    await b.call('imports.run', { paths: [path], center: CENTER });
    const other = () =>
      b
        .call('analysis.quarter', { quarter: '2026-Q3', compare: 'previous' })
        .then((a) => a.portrait.socialStatus);
    expect(await other()).toMatchObject({ other: 3, entrepreneur: 0 });

    const { moved } = await b.call('values.map', {
      field: 'socialStatus',
      value: 'самозанятый',
      code: 'entrepreneur',
    });
    expect(moved).toBe(1);
    // The rollups the analysis reads follow.
    expect(await other()).toMatchObject({ other: 2, entrepreneur: 1 });
    const occupation = await b.call('values.map', {
      field: 'occupation',
      value: 'таксист',
      code: 'selfEmployed',
    });
    expect(occupation.moved).toBe(2);
    const selfEmployed = () =>
      b
        .call('analysis.quarter', { quarter: '2026-Q3', compare: 'previous' })
        .then((a) => a.portrait.occupation.find((v) => v.code === 'selfEmployed')?.count ?? 0);
    expect(await selfEmployed()).toBe(2);
    // A mapping corrected later still finds the requests it was about: their typed value was kept.
    const corrected = await b.call('values.map', { field: 'occupation', value: 'таксист', code: 'student' });
    expect(corrected.moved).toBe(2);
    expect(await selfEmployed()).toBe(0);
    await b.call('values.map', { field: 'occupation', value: 'таксист', code: 'selfEmployed' });
    expect(await selfEmployed()).toBe(2);
    expect(occupation.list.aliases.map((a) => [a.field, a.value, a.code])).toEqual([
      ['occupation', 'таксист', 'selfEmployed'],
      ['socialStatus', 'самозанятый', 'entrepreneur'],
    ]);

    const list = await b.call('values.forget', { field: 'socialStatus', value: 'Самозанятый' });
    expect(list.aliases.map((a) => a.value)).toEqual(['таксист']);
    const again = exportFile('again.xlsx', [['C-1', 'самозанятый', 'таксист', 'мужской']]);
    expect(unmapped(await sheetOf(again))).toEqual([['socialStatus', 'самозанятый', 1]]);
  });

  it('refuses a code the field does not have, and a field it cannot map', async () => {
    b = testBackend();
    const wrong = await b.refused('values.map', { field: 'sex', value: 'әйел кісі', code: 'pensioner' });
    expect(wrong).toMatchObject({ code: 'unknownValueCode', params: { code: 'pensioner' } });
    expect(errorText(translator('ru'), wrong)).toContain('female, male, unknown');
    const region = await b.refused('values.map', {
      field: 'region' as 'sex',
      value: 'Астана',
      code: 'KZ-71',
    });
    expect(region.code).toBe('invalidPayload');
    expect((await b.call('values.list', {})).aliases).toEqual([]);
  });
});

describe('the contact center of an import', () => {
  it('refuses a mistyped center, naming it and the known ones, and stores nothing', async () => {
    await storeWithCenter();
    const path = exportFile('portrait.xlsx', FIRST);
    const before = b.snapshot();
    const error = await b.refused('imports.run', { paths: [path], center: 'Цетр 109' });
    expect(error).toMatchObject({
      code: 'importCenterUnknown',
      params: { center: 'Цетр 109', centers: CENTER },
    });
    expect(errorText(translator('ru'), error)).toContain(
      'Контакт-центра «Цетр 109» в базе нет (в базе: Центр 109)',
    );
    expect(errorText(translator('kk'), error)).toContain('Дерекқорда «Цетр 109» байланыс орталығы жоқ');
    // The preview says so before anything is asked of the store.
    expect((await b.refused('imports.preview', { paths: [path], center: 'Цетр 109' })).code).toBe(
      'importCenterUnknown',
    );
    expect(b.snapshot()).toBe(before);
  });

  it('creates a center only when the caller says it is new', async () => {
    await storeWithCenter();
    const path = exportFile('portrait.xlsx', FIRST);
    const report = await b.call('imports.run', { paths: [path], center: 'Центр 110', newCenter: true });
    expect(report.center).toBe('Центр 110');
    expect((await b.call('centers.list', {})).map((c) => c.name)).toEqual([CENTER, 'Центр 110']);
    // Marked new but already stored (folded): the stored one, not a second.
    const again = exportFile('again.xlsx', [['D-1', 'пенсионер', 'пенсионер', 'мужской']]);
    const into = await b.call('imports.run', { paths: [again], center: 'ЦЕНТР 110', newCenter: true });
    expect(into.center).toBe('Центр 110');
    expect(await b.call('centers.list', {})).toHaveLength(2);
  });

  it('keeps all or nothing: a file with an invalid row stores none of its mapped rows', async () => {
    await storeWithCenter();
    await b.call('values.map', { field: 'socialStatus', value: 'домохозяйка', code: 'other' });
    const good = exportFile('good.xlsx', FIRST);
    const grid: Grid = [HEADER, ['E-1', '31.02.2026', 'Астана', 'Отопление', 'домохозяйка', 'таксист', 'ж']];
    const bad = writeFixture(b.dir, 'bad.xlsx', workbookBytes({ Обращения: grid }));
    const before = b.snapshot();
    const error = await b.refused('imports.run', { paths: [good, bad], center: CENTER, newCenter: true });
    expect(error.code).toBe('invalidRows');
    expect(b.snapshot()).toBe(before);
  });

  it('from the command line: a name no stored center has is refused, however far off; --new-center creates it', async () => {
    await storeWithCenter();
    const path = exportFile('portrait.xlsx', FIRST);
    const before = b.snapshot();
    b.close();
    const typo = await cli(['import', path, '--db', b.dbPath, '--center', 'Цетр 109', '--lang', 'ru']);
    expect(typo.code).toBe(2);
    expect(typo.err).toContain('Контакт-центра «Цетр 109» в базе нет (в базе: Центр 109)');
    expect(typo.err).toContain('--new-center');
    // Typed in Latin letters, or another name altogether: no more a center of its own without the flag.
    for (const name of ['Centr 109', 'Областной контакт-центр']) {
      const refused = await cli(['import', path, '--db', b.dbPath, '--center', name, '--lang', 'kk']);
      expect(refused.code).toBe(2);
      expect(refused.err).toContain(
        `Дерекқорда «${name}» байланыс орталығы жоқ (дерекқорда бары: Центр 109)`,
      );
      expect(refused.err).toContain('--new-center');
    }
    b = testBackend(b.dbPath);
    expect(b.snapshot()).toBe(before);
    b.close();
    const created = await cli(['import', path, '--db', b.dbPath, '--center', 'Цетр 109', '--new-center']);
    expect(created.code).toBe(0);
    // Folded, the stored name is found without a flag.
    const other = exportFile('other.xlsx', [['F-1', 'пенсионер', 'пенсионер', 'мужской']]);
    expect((await cli(['import', other, '--db', b.dbPath, '--center', 'центр 109'])).code).toBe(0);
    b = testBackend(b.dbPath);
    expect((await b.call('centers.list', {})).map((c) => c.name)).toEqual([CENTER, 'Цетр 109']);
  });
});
