// A dataset built so that every figure of the analysis is known by hand; it goes through the real
// import (CSV bytes) into a real SQLite file, then through `analysis.quarter`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../src-main/shared/analysis';
import { csvText, writeFixture } from '../fixtures/build';
import { testBackend, type TestBackend } from '../fixtures/store';

// topic: [2024-Q3, 2024-Q2, region written in the file]
const TOPICS: Record<string, [number, number, string]> = {
  Отопление: [40, 30, 'г. Астана'], // +33,3 % → over 30
  Жилье: [25, 25, 'Алматы қ.'],
  Пенсии: [20, 16, 'СКО'],
  Школы: [13, 10, 'ВКО'], // exactly +30 % → not flagged
  Дороги: [12, 12, 'Абай облысы'],
  Газ: [10, 11, 'г. Шымкент'],
  Вода: [9, 9, 'г. Шымкент'],
  Свет: [8, 20, 'г. Шымкент'], // −60 %
  Налоги: [7, 7, 'г. Шымкент'],
  Мусор: [6, 6, 'г. Шымкент'], // three topics tied at 6 across the top-10 cut-off
  Визы: [6, 3, 'г. Шымкент'], // +100 %
  Банки: [6, 6, 'г. Шымкент'],
  Нацфонд: [5, 0, 'г. Шымкент'], // new
  Паводки: [0, 4, 'г. Шымкент'], // disappeared
};
const NO_TOPIC = [3, 2]; // region «Москва»: counted, region not specified
const HEADER = [
  'Рег. номер',
  'Дата поступления',
  'Регион',
  'Тематика',
  'Пол',
  'Возраст',
  'Социальный статус',
  'Семейное положение',
];

function rows(): (string | null)[][] {
  const out: (string | null)[][] = [HEADER];
  let seq = 0;
  const push = (
    quarter: 'Q3' | 'Q2' | 'Y',
    date: string,
    region: string,
    topic: string | null,
    i: number,
  ) => {
    // The portrait of Q3 is planted by position: ages, sexes, statuses of the first rows only.
    const p = quarter === 'Q3' ? i : -1;
    const age =
      p < 0
        ? null
        : p < 10
          ? '17'
          : p < 30
            ? '18'
            : p < 40
              ? '30'
              : p < 50
                ? '31'
                : p < 60
                  ? '90'
                  : p < 65
                    ? '91'
                    : null;
    const sex = p < 0 ? null : p < 50 ? 'Ж' : p < 90 ? 'муж' : null;
    const status = p < 0 ? null : p < 20 ? 'пенсионер' : p < 30 ? 'ИП' : p < 35 ? 'домохозяйка' : null;
    const marital = p < 0 ? null : p < 2 ? 'женат' : p < 3 ? 'Женат' : p < 5 ? 'замужем' : null;
    out.push([`R-${++seq}`, date, region, topic, sex, age, status, marital]);
  };
  const day = (month: number, i: number) =>
    `${String((i % 28) + 1).padStart(2, '0')}.${String(month).padStart(2, '0')}.2024 10:00`;
  let q3 = 0;
  for (const [topic, [now, before, region]] of Object.entries(TOPICS)) {
    for (let i = 0; i < now; i++) push('Q3', day(7 + (i % 3), i), region, topic, q3++);
    for (let i = 0; i < before; i++) push('Q2', day(4 + (i % 3), i), region, topic, -1);
  }
  for (let i = 0; i < (NO_TOPIC[0] as number); i++) push('Q3', day(8, i), 'Москва', null, q3++);
  for (let i = 0; i < (NO_TOPIC[1] as number); i++) push('Q2', day(5, i), 'Москва', null, -1);
  // The edges of the quarters: the first and last second of Q3, the last of Q2, the first of Q4.
  const setDate = (row: (string | null)[] | undefined, date: string) => {
    if (!row) throw new Error('fixture row missing');
    row[1] = date;
  };
  setDate(out[1], '01.07.2024 00:00:00');
  setDate(
    out.find((r) => r[3] === 'Жилье'),
    '30.09.2024 23:59:59',
  );
  setDate(
    out.find((r) => r[3] === 'Свет' && r[1]?.includes('.04.')),
    '30.06.2024 23:59:59',
  );
  out.push([`R-${++seq}`, '01.10.2024 00:00:00', 'г. Астана', 'Отопление', null, null, null, null]);
  // The same quarter a year before, for the year-on-year comparison.
  for (let i = 0; i < 20; i++)
    out.push([
      `R-${++seq}`,
      day(8, i).replace('2024', '2023'),
      'г. Астана',
      'Отопление',
      null,
      null,
      null,
      null,
    ]);
  for (let i = 0; i < 5; i++)
    out.push([
      `R-${++seq}`,
      day(9, i).replace('2024', '2023'),
      'г. Астана',
      'Нацфонд',
      null,
      null,
      null,
      null,
    ]);
  return out;
}

let b: TestBackend;
let a: Analysis;
beforeAll(async () => {
  b = testBackend();
  const path = writeFixture(b.dir, 'golden.csv', csvText(rows(), ';'));
  await b.call('imports.run', { paths: [path], center: 'КЦ' });
  a = await b.call('analysis.quarter', { quarter: '2024-Q3' });
});
afterAll(() => b.close());

describe('quarter analysis against the previous quarter', () => {
  it('totals and change', () => {
    expect(a).toMatchObject({
      quarter: '2024-Q3',
      previousQuarter: '2024-Q2',
      compare: 'previous',
      center: null,
    });
    expect([a.total, a.previousTotal, a.change, a.changePercent]).toEqual([170, 161, 9, 5.6]);
  });

  it('lists the 20 regions in official order with zeros, then the unspecified', () => {
    expect(a.byRegion).toHaveLength(21);
    expect(a.byRegion.map((r) => r.code).slice(0, 3)).toEqual(['KZ-10', 'KZ-11', 'KZ-15']);
    const counts = Object.fromEntries(
      a.byRegion
        .filter((r) => r.count + r.previousCount > 0)
        .map((r) => [r.code, [r.count, r.previousCount]]),
    );
    expect(counts).toEqual({
      'KZ-10': [12, 12],
      'KZ-59': [20, 16],
      'KZ-63': [13, 10],
      'KZ-71': [40, 30],
      'KZ-75': [25, 25],
      'KZ-79': [57, 66],
      unspecified: [3, 2],
    });
    expect(a.byRegion.find((r) => r.code === 'KZ-71')).toMatchObject({
      nameRu: 'город Астана',
      nameKk: 'Астана қаласы',
    });
    expect(a.byRegion.reduce((s, r) => s + r.count, 0)).toBe(a.total);
  });

  it('compares topics, flags strictly over 30 %, marks new and disappeared ones', () => {
    const t = Object.fromEntries(a.byTopic.map((r) => [r.topic, r]));
    expect(t['Отопление']).toEqual({
      topic: 'Отопление',
      count: 40,
      previousCount: 30,
      changePercent: 33.3,
      growthOver30: true,
      isNew: false,
    });
    expect(t['Школы']).toMatchObject({ changePercent: 30, growthOver30: false });
    expect(t['Визы']).toMatchObject({ changePercent: 100, growthOver30: true });
    expect(t['Свет']).toMatchObject({ changePercent: -60, growthOver30: false });
    expect(t['Нацфонд']).toMatchObject({
      previousCount: 0,
      changePercent: null,
      growthOver30: false,
      isNew: true,
    });
    expect(a.byTopic.filter((r) => r.growthOver30).map((r) => r.topic)).toEqual(['Отопление', 'Визы']);
    expect(a.byTopic.map((r) => r.topic)).not.toContain('Паводки');
    expect(a.disappearedTopics).toEqual([{ topic: 'Паводки', previousCount: 4 }]);
    expect(a.topicNotSpecified).toEqual({ count: 3, previousCount: 2 });
  });

  it('ranks the top 10 by count, ties by name, and states the tie at the cut-off', () => {
    expect(a.top10.map((r) => `${r.rank}. ${r.topic} ${r.count}`)).toEqual([
      '1. Отопление 40',
      '2. Жилье 25',
      '3. Пенсии 20',
      '4. Школы 13',
      '5. Дороги 12',
      '6. Газ 10',
      '7. Вода 9',
      '8. Свет 8',
      '9. Налоги 7',
      '10. Банки 6',
    ]);
    expect(a.top10Tie).toEqual({ count: 6, left: ['Визы', 'Мусор'] });
  });

  it('ranks the top 10 of each region', () => {
    expect(Object.keys(a.top10ByRegion)).toHaveLength(20);
    expect(a.top10ByRegion['KZ-71']).toEqual([{ rank: 1, topic: 'Отопление', count: 40 }]);
    expect(a.top10ByRegion['KZ-79']?.map((r) => r.topic)).toEqual([
      'Газ',
      'Вода',
      'Свет',
      'Налоги',
      'Банки',
      'Визы',
      'Мусор',
      'Нацфонд',
    ]);
    expect(a.top10ByRegion['KZ-11']).toEqual([]);
    expect(a.top10ByRegionTies).toEqual({});
  });

  it('draws the social portrait of §13', () => {
    expect(a.portrait.age).toEqual({
      under18: 10,
      '18-30': 30,
      '31-40': 10,
      '41-50': 0,
      '51-60': 0,
      '61-70': 0,
      '71-80': 0,
      '81-90': 10,
      over90: 5,
      unknown: 105,
    });
    expect(a.portrait.sex).toEqual({ female: 50, male: 40, unknown: 80 });
    expect(a.portrait.socialStatus).toMatchObject({
      pensioner: 20,
      entrepreneur: 10,
      other: 5,
      unknown: 135,
      employee: 0,
    });
    expect(Object.values(a.portrait.socialStatus).reduce((s, n) => s + n, 0)).toBe(170);
    // «женат», «Женат» and «замужем» are one value, married: spelt as the data spells it most.
    expect(a.portrait.maritalStatus).toEqual([
      { value: 'женат', code: 'married', names: { ru: 'Состоит в браке', kk: 'Некеде тұрған' }, count: 5 },
    ]);
    expect(a.portrait.education).toEqual([]);
  });

  it('names what drove the change (§8.5)', () => {
    expect(a.drivers.direction).toBe('rise');
    expect(a.drivers.topics).toEqual([
      { key: 'Отопление', delta: 10, share: 111.1 },
      { key: 'Нацфонд', delta: 5, share: 55.6 },
      { key: 'Пенсии', delta: 4, share: 44.4 },
      { key: 'Визы', delta: 3, share: 33.3 },
      { key: 'Школы', delta: 3, share: 33.3 },
    ]);
    expect(a.drivers.regions).toEqual([
      { key: 'KZ-71', delta: 10, share: 111.1 },
      { key: 'KZ-59', delta: 4, share: 44.4 },
      { key: 'KZ-63', delta: 3, share: 33.3 },
      { key: 'unspecified', delta: 1, share: 11.1 },
    ]);
  });

  it('keeps the quarterly dynamics of everything stored', () => {
    expect(a.dynamics).toEqual([
      { quarter: '2023-Q3', count: 25 },
      { quarter: '2024-Q2', count: 161 },
      { quarter: '2024-Q3', count: 170 },
      { quarter: '2024-Q4', count: 1 },
    ]);
  });
});

describe('year-on-year comparison (§11: the similar previous period)', () => {
  it('compares with the same quarter of the previous year', async () => {
    const y = await b.call('analysis.quarter', { quarter: '2024q3', compare: 'year' });
    expect([y.quarter, y.previousQuarter, y.total, y.previousTotal, y.changePercent]).toEqual([
      '2024-Q3',
      '2023-Q3',
      170,
      25,
      580,
    ]);
    const t = Object.fromEntries(y.byTopic.map((r) => [r.topic, r]));
    expect(t['Отопление']).toMatchObject({
      previousCount: 20,
      changePercent: 100,
      growthOver30: true,
      isNew: false,
    });
    expect(t['Нацфонд']).toMatchObject({ previousCount: 5, changePercent: 0, isNew: false });
    expect(t['Жилье']).toMatchObject({ previousCount: 0, isNew: true, growthOver30: false });
    expect(y.disappearedTopics).toEqual([]);
  });
});

describe('selection and refusals', () => {
  it('filters by contact center and refuses an unknown one or a malformed quarter', async () => {
    expect((await b.call('analysis.quarter', { quarter: '2024-Q3', center: 'кц' })).total).toBe(170);
    expect((await b.refused('analysis.quarter', { quarter: '2024-Q3', center: 'Другой' })).code).toBe(
      'unknownCenter',
    );
    expect((await b.refused('analysis.quarter', { quarter: '2024-13' })).code).toBe('badQuarter');
  });
});
