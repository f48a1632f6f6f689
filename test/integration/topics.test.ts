import { afterEach, describe, expect, it } from 'vitest';
import { csvText, writeFixture } from '../fixtures/build';
import { testBackend, type TestBackend } from '../fixtures/store';

const HEADER = ['Рег. номер', 'Дата поступления', 'Тематика'];
let b: TestBackend;
afterEach(() => b.close());

describe('the topic catalog', () => {
  it('merges two spellings into one topic, for the analysis and for later imports', async () => {
    b = testBackend();
    const first = csvText(
      [
        HEADER,
        ['1', '01.07.2024', 'ЖКХ'],
        ['2', '02.07.2024', 'Коммунальные услуги'],
        ['3', '03.07.2024', 'ЖКХ'],
      ],
      ';',
    );
    await b.call('imports.run', { paths: [writeFixture(b.dir, 'a.csv', first)], allowMissing: ['region'] });
    const topics = await b.call('topics.list', {});
    expect(topics.map((t) => [t.name, t.requests])).toEqual([
      ['ЖКХ', 2],
      ['Коммунальные услуги', 1],
    ]);
    const [jkh, utilities] = topics as [(typeof topics)[0], (typeof topics)[0]];
    const merged = await b.call('topics.merge', { from: utilities.id, into: jkh.id });
    expect(merged).toEqual([
      expect.objectContaining({
        id: jkh.id,
        name: 'ЖКХ',
        requests: 3,
        aliases: ['жкх', 'коммунальные услуги'],
      }),
    ]);
    const renamed = await b.call('topics.rename', { id: jkh.id, name: 'ЖКХ: тарифы и услуги' });
    expect(renamed[0]?.name).toBe('ЖКХ: тарифы и услуги');
    const a = await b.call('analysis.quarter', { quarter: '2024-Q3' });
    expect(a.byTopic).toEqual([expect.objectContaining({ topic: 'ЖКХ: тарифы и услуги', count: 3 })]);

    // A later export that still says «Коммунальные услуги» lands in the merged topic.
    const later = csvText([HEADER, ['4', '04.07.2024', 'коммунальные  услуги']], ';');
    await b.call('imports.run', { paths: [writeFixture(b.dir, 'b.csv', later)] });
    expect((await b.call('topics.list', {})).map((t) => [t.name, t.requests])).toEqual([
      ['ЖКХ: тарифы и услуги', 4],
    ]);
    expect((await b.refused('topics.merge', { from: utilities.id, into: jkh.id })).code).toBe('unknownTopic');
  });
});

describe('the requests behind a figure', () => {
  it('pages through a topic or a region, and finds words in any case, literally', async () => {
    b = testBackend();
    const rows = [
      ['Рег. номер', 'Дата поступления', 'Регион', 'Тематика', 'Содержание обращения'],
      ['1', '01.07.2024 09:00', 'СКО', 'Газ', 'Нет ГАЗА в доме'],
      ['2', '02.07.2024 09:00', 'СКО', 'Газ', 'Скидка 100% на газ?'],
      ['3', '03.07.2024 09:00', 'Москва', 'Свет', 'Нет света'],
      ['4', '04.07.2024 09:00', 'ЗКО', 'Газ', 'Газ_подключение'],
    ];
    await b.call('imports.run', { paths: [writeFixture(b.dir, 'r.csv', csvText(rows, ';'))] });
    const q = { quarter: '2024-Q3', offset: 0, limit: 2 };
    const gas = await b.call('requests.list', { ...q, topic: 'Газ' });
    expect(gas.total).toBe(3);
    expect(gas.rows.map((r) => r.regNumber)).toEqual(['1', '2']);
    expect(
      (await b.call('requests.list', { ...q, topic: 'Газ', offset: 2 })).rows.map((r) => r.regNumber),
    ).toEqual(['4']);
    expect((await b.call('requests.list', { ...q, region: 'KZ-59' })).total).toBe(2);
    const unspecified = await b.call('requests.list', { ...q, region: 'unspecified' });
    expect(unspecified.rows[0]).toMatchObject({
      regNumber: '3',
      region: null,
      regionRaw: 'Москва',
      topic: 'Свет',
    });
    expect((await b.call('requests.list', { ...q, search: 'газа' })).rows.map((r) => r.regNumber)).toEqual([
      '1',
    ]);
    expect((await b.call('requests.list', { ...q, search: '100%' })).rows.map((r) => r.regNumber)).toEqual([
      '2',
    ]);
    // '_' and '%' are letters here, not wildcards.
    expect((await b.call('requests.list', { ...q, search: 'г_з' })).total).toBe(0);
    expect((await b.call('requests.list', { ...q, search: 'з_п' })).total).toBe(1);
    expect((await b.call('requests.list', { ...q, search: 'москва' })).total).toBe(1);
    expect((await b.refused('requests.list', { ...q, limit: 5000 })).code).toBe('invalidPayload');
  });
});

describe('region values the import could not place', () => {
  it('are listed, placed by hand at once for stored requests, and respected by later imports', async () => {
    b = testBackend();
    const head = ['Рег. номер', 'Дата поступления', 'Регион'];
    const first = csvText(
      [
        head,
        ['1', '01.07.2024', 'Пос. Нурлы Жол'],
        ['2', '02.07.2024', 'пос. нурлы  жол'],
        ['3', '03.07.2024', 'Москва'],
        ['6', '03.07.2024', 'не указан'],
      ],
      ';',
    );
    await b.call('imports.run', { paths: [writeFixture(b.dir, 'a.csv', first)], allowMissing: ['topic'] });
    expect(await b.call('regions.unplaced', {})).toEqual([
      { value: 'Пос. Нурлы Жол', count: 2 },
      { value: 'Москва', count: 1 },
    ]);
    expect(await b.call('regions.place', { value: 'Пос. Нурлы Жол', code: 'KZ-71' })).toEqual({ moved: 2 });
    const a = await b.call('analysis.quarter', { quarter: '2024-Q3' });
    expect(a.byRegion.find((r) => r.code === 'KZ-71')?.count).toBe(2);
    // «Москва» and the placeholder «не указан» both count as region not specified.
    expect(a.byRegion.find((r) => r.code === 'unspecified')?.count).toBe(2);
    const later = csvText([head, ['4', '04.07.2024', 'ПОС. НУРЛЫ ЖОЛ'], ['5', '05.07.2024', 'ВКО']], ';');
    await b.call('imports.run', { paths: [writeFixture(b.dir, 'b.csv', later)], allowMissing: ['topic'] });
    const rows = b.store.sqlite
      .prepare(
        "SELECT reg_number AS n, region_code AS code FROM requests WHERE reg_number IN ('4', '5') ORDER BY 1",
      )
      .all();
    expect(rows).toEqual([
      { n: '4', code: 'KZ-71' },
      { n: '5', code: 'KZ-63' },
    ]);
    expect((await b.refused('regions.place', { value: 'x', code: 'KZ-99' as 'KZ-71' })).code).toBe(
      'invalidPayload',
    );
  });
});
