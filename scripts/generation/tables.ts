// The distributions both generators draw from (generate-sample.ts for resources/sample/, bench/requests.ts for
// the benchmark's export): the hours and days of traffic, ages, social and marital statuses by age, regions per
// topic and the Kazakh-speaking share of each region. The word lists themselves are in ../sample-vocabulary.ts.
import {
  REGIONS,
  type AgeProfile,
  type MaritalId,
  type Region,
  type StatusId,
  type Topic,
  type Weighted,
} from '../sample-vocabulary';
import { pad } from './fields';
import { headersOf, RU_CRM_COLUMNS } from '../../test/fixtures/export-headers';

/** Relative weight of each hour of the day: a 24/7 line, busiest in working hours. */
export const HOUR_WEIGHTS: readonly number[] = [
  0.12, 0.06, 0.04, 0.03, 0.03, 0.05, 0.12, 0.35, 0.8, 1.4, 1.5, 1.45, 1.2, 0.95, 1.35, 1.35, 1.25, 1.1, 0.8,
  0.5, 0.4, 0.3, 0.22, 0.16,
];

/** Relative traffic of a day (UTC midnight standing for the local date): holidays and weekends are quiet. */
export function dayWeight(d: Date, holidays: ReadonlySet<string>): number {
  const mmdd = `${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const dow = d.getUTCDay();
  return holidays.has(mmdd) ? 0.25 : dow === 6 ? 0.35 : dow === 0 ? 0.2 : 1;
}

/** Age bands (inclusive) per topic profile. */
export const AGE_BANDS: Readonly<Record<AgeProfile, Weighted<readonly [number, number]>>> = {
  general: [
    [[14, 17], 1.5],
    [[18, 30], 20],
    [[31, 40], 24],
    [[41, 50], 20],
    [[51, 60], 15],
    [[61, 70], 12],
    [[71, 80], 5.5],
    [[81, 90], 1.6],
    [[91, 96], 0.4],
  ],
  senior: [
    [[55, 60], 15],
    [[61, 70], 45],
    [[71, 80], 28],
    [[81, 90], 10],
    [[91, 95], 2],
  ],
  parent: [
    [[20, 30], 35],
    [[31, 40], 45],
    [[41, 50], 17],
    [[51, 60], 3],
  ],
  young: [
    [[16, 17], 3],
    [[18, 30], 67],
    [[31, 40], 25],
    [[41, 50], 5],
  ],
};

/** Social status of an adult by age: the first list whose age is at least the person's. */
export const STATUS_BY_AGE: readonly (readonly [number, Weighted<StatusId>])[] = [
  [
    22,
    [
      ['student', 45],
      ['employee', 25],
      ['unemployed', 12],
      ['educated', 8],
      ['entrepreneur', 3],
      ['noEducation', 2],
      ['disability', 2],
    ],
  ],
  [
    57,
    [
      ['employee', 38],
      ['entrepreneur', 11],
      ['unemployed', 11],
      ['largeFamily', 9],
      ['educated', 9],
      ['disability', 6],
      ['noEducation', 2],
      ['student', 2],
      ['pensioner', 1],
    ],
  ],
  [
    62,
    [
      ['pensioner', 35],
      ['employee', 30],
      ['disability', 8],
      ['educated', 8],
      ['entrepreneur', 6],
      ['unemployed', 6],
      ['largeFamily', 5],
      ['noEducation', 2],
    ],
  ],
  [
    Infinity,
    [
      ['pensioner', 75],
      ['disability', 10],
      ['largeFamily', 6],
      ['employee', 4],
      ['educated', 3],
      ['noEducation', 2],
    ],
  ],
];

/** Whether a topic's typical status can be the person's at this age. */
export function fitsTypicalStatus(typical: StatusId, age: number): boolean {
  return (
    age >= 18 &&
    (typical !== 'pensioner' || age >= 58) &&
    (typical !== 'largeFamily' || age >= 24) &&
    (typical !== 'unemployed' || age <= 63)
  );
}

/** Marital status of a person of 20 or more by age: the first list whose age is above the person's. */
export const MARITAL_BY_AGE: readonly (readonly [number, Weighted<MaritalId>])[] = [
  [
    30,
    [
      ['married', 50],
      ['single', 45],
      ['divorced', 5],
    ],
  ],
  [
    60,
    [
      ['married', 70],
      ['divorced', 15],
      ['single', 10],
      ['widowed', 5],
    ],
  ],
  [
    Infinity,
    [
      ['married', 55],
      ['widowed', 30],
      ['divorced', 10],
      ['single', 5],
    ],
  ],
];

const CITY_CODES = new Set(['KZ-71', 'KZ-75', 'KZ-79']);

/** The regions weighted for a topic: its regional boosts, and rural topics drawn away from the three cities. */
export function regionWeights(topic: Topic): Weighted<Region> {
  return REGIONS.map((region) => {
    let w = region.weight * (topic.regionBoost?.[region.code] ?? 1);
    if (topic.ruralBoost !== undefined) {
      if (region.rural) w *= topic.ruralBoost;
      else if (CITY_CODES.has(region.code)) w /= topic.ruralBoost * 2;
    }
    return [region, w] as const;
  });
}

/** Share of requests in Kazakh per region code (0.5 for the others). */
export const KAZAKH_SPEAKING: Readonly<Record<string, number>> = {
  'KZ-61': 0.75,
  'KZ-79': 0.65,
  'KZ-43': 0.8,
  'KZ-31': 0.65,
  'KZ-19': 0.6,
  'KZ-23': 0.7,
  'KZ-47': 0.65,
  'KZ-55': 0.3,
  'KZ-59': 0.2,
  'KZ-39': 0.25,
  'KZ-35': 0.35,
  'KZ-63': 0.3,
  'KZ-11': 0.35,
};

/** A topic's sentences weighted: those with ';' or '"' are rarer, so only a few CSV fields need quoting. */
export function coreSentences(sentences: readonly string[]): Weighted<string> {
  return sentences.map((s) => [s, /[;"]/.test(s) ? 0.12 : 1] as const);
}

/** The columns of a Russian-language CRM export (shared with the detection tests). */
export const RU_HEADER = headersOf(RU_CRM_COLUMNS);
