// A tile grid instead of a boundary map: openly licensed boundary files with the regions formed in 2022
// (Abai, Jetisu, Ulytau) are not available offline, and equal tiles keep the small cities (Astana,
// Almaty, Shymkent) as visible as the large oblasts.
import { REGION_CODES, type RegionCode } from '../../../src-main/shared/domain';

export interface RegionTile {
  /** 0-based, west to east. */
  col: number;
  /** 0-based, north to south. */
  row: number;
}

// Placed by the approximate centroid of each region, then nudged so that neighbours on the ground stay
// neighbours on the grid; each city sits right against the region around it.
//
// KZ-NN codes by cell:
//
//       0   1   2   3   4   5
//   0   .   .   59  55  .   .
//   1   27  39  11  71  10  63
//   2   23  15  62  35  33  .
//   3   47  43  61  31  19  .
//   4   .   .   79  .   75  .
export const REGION_TILES: Readonly<Record<RegionCode, RegionTile>> = Object.freeze({
  'KZ-59': { col: 2, row: 0 }, // North Kazakhstan
  'KZ-55': { col: 3, row: 0 }, // Pavlodar
  'KZ-27': { col: 0, row: 1 }, // West Kazakhstan
  'KZ-39': { col: 1, row: 1 }, // Kostanay
  'KZ-11': { col: 2, row: 1 }, // Akmola
  'KZ-71': { col: 3, row: 1 }, // Astana
  'KZ-10': { col: 4, row: 1 }, // Abai
  'KZ-63': { col: 5, row: 1 }, // East Kazakhstan
  'KZ-23': { col: 0, row: 2 }, // Atyrau
  'KZ-15': { col: 1, row: 2 }, // Aktobe
  'KZ-62': { col: 2, row: 2 }, // Ulytau
  'KZ-35': { col: 3, row: 2 }, // Karaganda
  'KZ-33': { col: 4, row: 2 }, // Jetisu
  'KZ-47': { col: 0, row: 3 }, // Mangystau
  'KZ-43': { col: 1, row: 3 }, // Kyzylorda
  'KZ-61': { col: 2, row: 3 }, // Turkistan
  'KZ-31': { col: 3, row: 3 }, // Jambyl
  'KZ-19': { col: 4, row: 3 }, // Almaty region
  'KZ-79': { col: 2, row: 4 }, // Shymkent
  'KZ-75': { col: 4, row: 4 }, // Almaty city
});

export const REGION_GRID_COLUMNS = Math.max(...REGION_CODES.map((c) => REGION_TILES[c].col)) + 1;
export const REGION_GRID_ROWS = Math.max(...REGION_CODES.map((c) => REGION_TILES[c].row)) + 1;

/**
 * REGION_TILES row by row, null for an empty cell. Rendering in this order gives a Tab order that runs
 * west to east, north to south, and lets CSS place the tiles without per-tile positions.
 */
export const REGION_GRID: readonly (readonly (RegionCode | null)[])[] = Array.from(
  { length: REGION_GRID_ROWS },
  (_, row) =>
    Array.from(
      { length: REGION_GRID_COLUMNS },
      (_, col) =>
        REGION_CODES.find((c) => REGION_TILES[c].col === col && REGION_TILES[c].row === row) ?? null,
    ),
);
