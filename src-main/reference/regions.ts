// The region reference: pure data, bundled into the renderer as well, so no Node imports here.
import type { RegionCode } from '../shared/domain';

export interface Region {
  code: RegionCode;
  /** Two-digit KATO prefix; equals the number of the ISO 3166-2:KZ code. */
  kato: string;
  /** Official Russian name, as printed in the справка. */
  nameRu: string;
  /** Official Kazakh name. */
  nameKk: string;
  nameEn: string;
  kind: 'oblast' | 'city';
  /** Official statistical (KATO) order, 1..20: reports list regions in this order, not alphabetically. */
  order: number;
}

type RegionRow = readonly [RegionCode, string, string, string, Region['kind']];

// Names as in force since 8 June 2022, when Abai, Jetisu and Ulytau regions were formed.
const ROWS: readonly RegionRow[] = [
  ['KZ-10', 'Абайская область', 'Абай облысы', 'Abai Region', 'oblast'],
  ['KZ-11', 'Акмолинская область', 'Ақмола облысы', 'Akmola Region', 'oblast'],
  ['KZ-15', 'Актюбинская область', 'Ақтөбе облысы', 'Aktobe Region', 'oblast'],
  ['KZ-19', 'Алматинская область', 'Алматы облысы', 'Almaty Region', 'oblast'],
  ['KZ-23', 'Атырауская область', 'Атырау облысы', 'Atyrau Region', 'oblast'],
  ['KZ-27', 'Западно-Казахстанская область', 'Батыс Қазақстан облысы', 'West Kazakhstan Region', 'oblast'],
  ['KZ-31', 'Жамбылская область', 'Жамбыл облысы', 'Jambyl Region', 'oblast'],
  ['KZ-33', 'Жетысуская область', 'Жетісу облысы', 'Jetisu Region', 'oblast'],
  ['KZ-35', 'Карагандинская область', 'Қарағанды облысы', 'Karaganda Region', 'oblast'],
  ['KZ-39', 'Костанайская область', 'Қостанай облысы', 'Kostanay Region', 'oblast'],
  ['KZ-43', 'Кызылординская область', 'Қызылорда облысы', 'Kyzylorda Region', 'oblast'],
  ['KZ-47', 'Мангистауская область', 'Маңғыстау облысы', 'Mangystau Region', 'oblast'],
  ['KZ-55', 'Павлодарская область', 'Павлодар облысы', 'Pavlodar Region', 'oblast'],
  [
    'KZ-59',
    'Северо-Казахстанская область',
    'Солтүстік Қазақстан облысы',
    'North Kazakhstan Region',
    'oblast',
  ],
  ['KZ-61', 'Туркестанская область', 'Түркістан облысы', 'Turkistan Region', 'oblast'],
  ['KZ-62', 'Улытауская область', 'Ұлытау облысы', 'Ulytau Region', 'oblast'],
  ['KZ-63', 'Восточно-Казахстанская область', 'Шығыс Қазақстан облысы', 'East Kazakhstan Region', 'oblast'],
  ['KZ-71', 'город Астана', 'Астана қаласы', 'Astana', 'city'],
  ['KZ-75', 'город Алматы', 'Алматы қаласы', 'Almaty', 'city'],
  ['KZ-79', 'город Шымкент', 'Шымкент қаласы', 'Shymkent', 'city'],
];

export const REGIONS: readonly Region[] = Object.freeze(
  ROWS.map(([code, nameRu, nameKk, nameEn, kind], i) =>
    Object.freeze({ code, kato: code.slice(3), nameRu, nameKk, nameEn, kind, order: i + 1 }),
  ),
);

const BY_CODE: ReadonlyMap<string, Region> = new Map(REGIONS.map((r) => [r.code, r]));

/** Exact code only ('KZ-71'); free-form input goes through normaliseRegion. */
export function regionByCode(code: string): Region | undefined {
  return BY_CODE.get(code);
}
