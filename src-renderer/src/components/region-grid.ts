import type { RegionCode } from '../../../src-main/shared/domain';

/**
 * Each region at its approximate place, west to east and north to south, on a 7 × 6 grid: a tile-grid
 * map, because no openly licensed boundary file with the 2022 regions can ship with the app.
 */
export const REGION_TILES: Record<RegionCode, { col: number; row: number; kk: string; ru: string }> = {
  'KZ-39': { col: 2, row: 0, kk: 'Қостанай', ru: 'Костанай' },
  'KZ-59': { col: 3, row: 0, kk: 'СҚО', ru: 'СКО' },
  'KZ-55': { col: 5, row: 0, kk: 'Павлодар', ru: 'Павлодар' },
  'KZ-27': { col: 0, row: 1, kk: 'БҚО', ru: 'ЗКО' },
  'KZ-11': { col: 3, row: 1, kk: 'Ақмола', ru: 'Акмола' },
  'KZ-71': { col: 4, row: 1, kk: 'Астана', ru: 'Астана' },
  'KZ-10': { col: 5, row: 1, kk: 'Абай', ru: 'Абай' },
  'KZ-63': { col: 6, row: 1, kk: 'ШҚО', ru: 'ВКО' },
  'KZ-23': { col: 0, row: 2, kk: 'Атырау', ru: 'Атырау' },
  'KZ-15': { col: 1, row: 2, kk: 'Ақтөбе', ru: 'Актобе' },
  'KZ-62': { col: 2, row: 2, kk: 'Ұлытау', ru: 'Улытау' },
  'KZ-35': { col: 4, row: 2, kk: 'Қарағанды', ru: 'Караганда' },
  'KZ-47': { col: 0, row: 3, kk: 'Маңғыстау', ru: 'Мангистау' },
  'KZ-43': { col: 2, row: 3, kk: 'Қызылорда', ru: 'Кызылорда' },
  'KZ-33': { col: 5, row: 3, kk: 'Жетісу', ru: 'Жетысу' },
  'KZ-61': { col: 3, row: 4, kk: 'Түркістан', ru: 'Туркестан' },
  'KZ-31': { col: 4, row: 4, kk: 'Жамбыл', ru: 'Жамбыл' },
  'KZ-19': { col: 5, row: 4, kk: 'Алм. обл.', ru: 'Алм. обл.' },
  'KZ-79': { col: 3, row: 5, kk: 'Шымкент', ru: 'Шымкент' },
  'KZ-75': { col: 5, row: 5, kk: 'Алматы', ru: 'Алматы' },
};
