import { describe, expect, it } from 'vitest';
import type { LocalDate, RegionCode } from '../../src-main/shared/domain';
import { REGIONS } from '../../src-main/reference/regions';
import { PLACES, type Place, type PlaceKind } from '../../src-main/reference/gazetteer';
import { normaliseRegion } from '../../src-main/reference/region-match';

const KINDS: readonly PlaceKind[] = ['city', 'town', 'district', 'cityDistrict'];
const OBLASTS = REGIONS.filter((r) => r.kind === 'oblast').map((r) => r.code);
const CITIES = REGIONS.filter((r) => r.kind === 'city').map((r) => r.code);

const namesOf = (p: Place): string[] => [p.ru, p.kk, ...(p.aliases ?? [])];
const named = (name: string, kind?: PlaceKind): Place[] =>
  PLACES.filter((p) => (kind === undefined || p.kind === kind) && namesOf(p).includes(name));
const regionsNamed = (name: string, kind?: PlaceKind): RegionCode[] =>
  [...new Set(named(name, kind).map((p) => p.region))].sort();
const count = (region: RegionCode, kind: PlaceKind): number =>
  PLACES.filter((p) => p.region === region && p.kind === kind).length;

// Districts (аудандар) per oblast at the end of 2024, after the 2022 split.
const DISTRICTS_PER_OBLAST: Record<string, number> = {
  'KZ-10': 10,
  'KZ-11': 17,
  'KZ-15': 12,
  'KZ-19': 9,
  'KZ-23': 7,
  'KZ-27': 12,
  'KZ-31': 10,
  'KZ-33': 8,
  'KZ-35': 7,
  'KZ-39': 16,
  'KZ-43': 7,
  'KZ-47': 5,
  'KZ-55': 10,
  'KZ-59': 13,
  'KZ-61': 14,
  'KZ-62': 2,
  'KZ-63': 11,
};

describe('PLACES: shape', () => {
  it('uses only the 20 current region codes and the four kinds', () => {
    const codes = new Set<string>(REGIONS.map((r) => r.code));
    for (const p of PLACES) {
      expect(codes.has(p.region), `${p.ru}: ${p.region}`).toBe(true);
      expect(KINDS, p.ru).toContain(p.kind);
    }
  });

  it('has no exact duplicate (same kind, region and Russian or Kazakh name)', () => {
    const ru = PLACES.map((p) => `${p.kind}|${p.region}|${p.ru}`);
    const kk = PLACES.map((p) => `${p.kind}|${p.region}|${p.kk}`);
    expect(ru.filter((k, i) => ru.indexOf(k) !== i)).toEqual([]);
    expect(kk.filter((k, i) => kk.indexOf(k) !== i)).toEqual([]);
  });

  it('writes every name in Cyrillic letters only (plus spaces, hyphens, dots, digits), trimmed', () => {
    const CYRILLIC_NAME = /^[\p{Script=Cyrillic}0-9 .-]+$/u;
    for (const p of PLACES) {
      for (const name of namesOf(p)) {
        expect(name, `${p.ru}: «${name}»`).toMatch(CYRILLIC_NAME);
        expect(/\p{Script=Cyrillic}/u.test(name), name).toBe(true);
        expect(name, name).toBe(name.trim());
        expect(name.includes('  '), name).toBe(false);
      }
    }
  });

  it('lists aliases only when they add a spelling', () => {
    for (const p of PLACES) {
      if (p.aliases === undefined) continue;
      expect(p.aliases.length, p.ru).toBeGreaterThan(0);
      expect(new Set(p.aliases).size, p.ru).toBe(p.aliases.length);
      for (const a of p.aliases) expect([p.ru, p.kk], `${p.ru}: ${a}`).not.toContain(a);
    }
  });

  it('names districts as districts in both languages', () => {
    for (const p of PLACES) {
      if (p.kind !== 'district' && p.kind !== 'cityDistrict') continue;
      expect(p.ru, p.ru).toMatch(/(^район )|( район$)/);
      expect(p.kk, p.kk).toMatch(/( ауданы$)|( атындағы аудан$)/);
    }
  });
});

describe('PLACES: coverage', () => {
  it('has every district of every oblast after the 2022 split', () => {
    const actual = Object.fromEntries(OBLASTS.map((code) => [code, count(code, 'district')]));
    expect(actual).toEqual(DISTRICTS_PER_OBLAST);
    const total = Object.values(DISTRICTS_PER_OBLAST).reduce((a, b) => a + b, 0);
    expect(total).toBe(170);
  });

  it('gives every oblast at least 5 districts, except Ulytau, which has two', () => {
    for (const code of OBLASTS) {
      if (code === 'KZ-62') continue;
      expect(count(code, 'district'), code).toBeGreaterThanOrEqual(5);
    }
    expect(
      PLACES.filter((p) => p.region === 'KZ-62' && p.kind === 'district')
        .map((p) => p.kk)
        .sort(),
    ).toEqual(['Жаңаарқа ауданы', 'Ұлытау ауданы']);
  });

  it('has the city districts of Astana, Almaty and Shymkent, and of Karaganda and Aktobe only', () => {
    const kk = (code: RegionCode): string[] =>
      PLACES.filter((p) => p.region === code && p.kind === 'cityDistrict')
        .map((p) => p.kk.replace(/ ауданы$/, ''))
        .sort();
    expect(kk('KZ-71')).toEqual(['Алматы', 'Байқоңыр', 'Есіл', 'Нұра', 'Сарайшық', 'Сарыарқа']);
    expect(kk('KZ-75')).toEqual([
      'Алатау',
      'Алмалы',
      'Бостандық',
      'Жетісу',
      'Медеу',
      'Наурызбай',
      'Түрксіб',
      'Әуезов',
    ]);
    expect(kk('KZ-79')).toEqual(['Абай', 'Еңбекші', 'Тұран', 'Қаратау', 'Әл-Фараби']);
    expect(kk('KZ-35')).toEqual(['Қазыбек би', 'Әлихан Бөкейхан']);
    expect(kk('KZ-15')).toEqual(['Алматы', 'Астана']);
    const withCityDistricts = new Set(PLACES.filter((p) => p.kind === 'cityDistrict').map((p) => p.region));
    expect([...withCityDistricts].sort()).toEqual(['KZ-15', 'KZ-35', 'KZ-71', 'KZ-75', 'KZ-79']);
  });

  it('puts only city districts in the three cities of republican significance', () => {
    for (const p of PLACES) {
      if (CITIES.includes(p.region)) expect(p.kind, p.ru).toBe('cityDistrict');
    }
  });

  it('has every regional capital as a city of its region', () => {
    const capitals: Record<string, string> = {
      'KZ-10': 'Семей',
      'KZ-11': 'Көкшетау',
      'KZ-15': 'Ақтөбе',
      'KZ-19': 'Қонаев',
      'KZ-23': 'Атырау',
      'KZ-27': 'Орал',
      'KZ-31': 'Тараз',
      'KZ-33': 'Талдықорған',
      'KZ-35': 'Қарағанды',
      'KZ-39': 'Қостанай',
      'KZ-43': 'Қызылорда',
      'KZ-47': 'Ақтау',
      'KZ-55': 'Павлодар',
      'KZ-59': 'Петропавл',
      'KZ-61': 'Түркістан',
      'KZ-62': 'Жезқазған',
      'KZ-63': 'Өскемен',
    };
    expect(Object.keys(capitals).sort()).toEqual([...OBLASTS].sort());
    for (const [code, kk] of Object.entries(capitals)) {
      expect(
        PLACES.filter((p) => p.kind === 'city' && p.kk === kk).map((p) => p.region),
        kk,
      ).toEqual([code]);
    }
  });

  it('has about forty cities of regional significance', () => {
    const cities = PLACES.filter((p) => p.kind === 'city').length;
    expect(cities).toBeGreaterThanOrEqual(38);
    expect(cities).toBeLessThanOrEqual(42);
  });
});

describe('PLACES: spot checks', () => {
  it.each([
    ['Семей', 'KZ-10'],
    ['Семипалатинск', 'KZ-10'],
    ['Талдықорған', 'KZ-33'],
    ['Талдыкорган', 'KZ-33'],
    ['Жезқазған', 'KZ-62'],
    ['Сәтбаев', 'KZ-62'],
    ['Қонаев', 'KZ-19'],
    ['Капчагай', 'KZ-19'],
    ['Қапшағай', 'KZ-19'],
    ['Аягөз ауданы', 'KZ-10'],
    ['Аягозский район', 'KZ-10'],
    ['Аягөз', 'KZ-10'],
    ['Ақсу ауданы', 'KZ-33'],
    ['Жаңаарқа ауданы', 'KZ-62'],
    ['Алмалы ауданы', 'KZ-75'],
    ['Алмалинский район', 'KZ-75'],
    ['Байқоңыр ауданы', 'KZ-71'],
    ['Сарайшық ауданы', 'KZ-71'],
    ['Жаңаөзен', 'KZ-47'],
    ['Жанаозен', 'KZ-47'],
    ['Кентау', 'KZ-61'],
    ['Сауран ауданы', 'KZ-61'],
    ['Жетісай ауданы', 'KZ-61'],
    ['Үшарал', 'KZ-33'],
    ['Есік', 'KZ-19'],
    ['Кеген ауданы', 'KZ-19'],
    ['Балқаш', 'KZ-35'],
    ['Курчатов', 'KZ-10'],
    ['Риддер', 'KZ-63'],
    ['Екібастұз', 'KZ-55'],
    ['Қосшы', 'KZ-11'],
    ['Тереңкөл ауданы', 'KZ-55'],
    ['Качирский район', 'KZ-55'],
    ['Щучинский район', 'KZ-11'],
  ] as const)('%s → %s', (name, code) => {
    expect(regionsNamed(name)).toEqual([code]);
  });

  it('puts Baikonur, the city, under Kyzylorda region, and Астана’s Байқоңыр district under Astana', () => {
    expect(named('Байқоңыр', 'city').map((p) => p.region)).toEqual(['KZ-43']);
    expect(named('Байқоңыр ауданы', 'cityDistrict').map((p) => p.region)).toEqual(['KZ-71']);
  });

  it('lists a name found in several regions once per region', () => {
    expect(regionsNamed('Жамбыл ауданы', 'district')).toEqual(['KZ-19', 'KZ-31', 'KZ-59']);
    expect(regionsNamed('Есіл ауданы', 'district')).toEqual(['KZ-11', 'KZ-59']);
    expect(regionsNamed('Есіл ауданы')).toEqual(['KZ-11', 'KZ-59', 'KZ-71']);
    expect(regionsNamed('Абай ауданы', 'district')).toEqual(['KZ-10', 'KZ-35']);
    expect(regionsNamed('Абай ауданы', 'cityDistrict')).toEqual(['KZ-79']);
    expect(regionsNamed('Ақтоғай ауданы', 'district')).toEqual(['KZ-35', 'KZ-55']);
    expect(regionsNamed('Нұра ауданы')).toEqual(['KZ-35', 'KZ-71']);
    expect(regionsNamed('Алматы ауданы', 'cityDistrict')).toEqual(['KZ-15', 'KZ-71']);
    expect(regionsNamed('Ақсу')).toEqual(['KZ-55']);
    expect(regionsNamed('Абай', 'town')).toEqual(['KZ-35']);
  });
});

describe('PLACES agrees with normaliseRegion’s split districts', () => {
  // For each split, an old-unit value with a place of either side as the district must never be resolved to
  // the other side. (normaliseRegion knows fewer places, so "ambiguous" is fine.)
  const BEFORE: LocalDate = { year: 2021, month: 5, day: 10 };
  const SPLITS: readonly (readonly [string, RegionCode, RegionCode])[] = [
    ['Восточно-Казахстанская область', 'KZ-63', 'KZ-10'],
    ['Алматинская область', 'KZ-19', 'KZ-33'],
    ['Карагандинская область', 'KZ-35', 'KZ-62'],
    ['Южно-Казахстанская область', 'KZ-61', 'KZ-79'],
  ];

  it.each(SPLITS)('%s', (oldName, kept, carved) => {
    const wrong: string[] = [];
    for (const p of PLACES) {
      if (p.region !== kept && p.region !== carved) continue;
      const other = p.region === kept ? carved : kept;
      for (const name of [p.ru, p.kk]) {
        const m = normaliseRegion(oldName, { date: BEFORE, district: name });
        if (m.kind === 'matched' && m.code === other) wrong.push(`${name} (${p.region})`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
