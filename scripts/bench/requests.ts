// The benchmark's requests: a deterministic stream in time order over eight quarters (2025-Q1 … 2026-Q4),
// drawn with the word lists and distributions of the sample data (scripts/sample-vocabulary.ts): 20 regions
// plus unstated and foreign ones, ~40 topics, Russian and Kazakh texts, ages, statuses and IINs, spelled the
// way a Russian-language CRM export spells them. The same stream feeds the export files and the analysis store.
import {
  CHANNELS,
  HOLIDAYS_2026,
  KK_CLOSINGS,
  KK_DETAILS,
  LANG_KK,
  LANG_RU,
  MARITAL_F,
  MARITAL_M,
  REGION_EMPTY,
  REGION_FOREIGN,
  REGIONS,
  RU_CLOSINGS,
  RU_DETAILS,
  SEX_F,
  SEX_M,
  STATUS_ODD,
  STATUS_SPELLINGS,
  TOPICS,
  type AgeProfile,
  type Channel,
  type MaritalId,
  type Region,
  type Spellings,
  type StatusId,
  type Topic,
  type Weighted,
} from '../sample-vocabulary';
import { Rng, Table } from './rng';

export const QUARTERS = [
  '2025-Q1',
  '2025-Q2',
  '2025-Q3',
  '2025-Q4',
  '2026-Q1',
  '2026-Q2',
  '2026-Q3',
  '2026-Q4',
];
export { TOPICS };

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const START = Date.UTC(2025, 0, 1);
const END = Date.UTC(2027, 0, 1);
/** Public holidays (approximate, both years) on top of the sample's Q2–Q3 2026 ones. */
const HOLIDAYS = new Set([
  ...HOLIDAYS_2026,
  '01-01',
  '01-02',
  '01-07',
  '03-08',
  '03-21',
  '03-22',
  '03-23',
  '07-07',
  '08-30',
  '10-25',
  '12-16',
]);
/** Relative weight of each hour of the day: a 24/7 line, busiest in working hours. */
const HOUR_WEIGHTS = [
  0.12, 0.06, 0.04, 0.03, 0.03, 0.05, 0.12, 0.35, 0.8, 1.4, 1.5, 1.45, 1.2, 0.95, 1.35, 1.35, 1.25, 1.1, 0.8,
  0.5, 0.4, 0.3, 0.22, 0.16,
];

const AGE_BANDS: Readonly<Record<AgeProfile, Weighted<readonly [number, number]>>> = {
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

const STATUS_BY_AGE: readonly [number, Table<StatusId>][] = [
  [
    22,
    new Table<StatusId>([
      ['student', 45],
      ['employee', 25],
      ['unemployed', 12],
      ['educated', 8],
      ['entrepreneur', 3],
      ['noEducation', 2],
      ['disability', 2],
    ]),
  ],
  [
    57,
    new Table<StatusId>([
      ['employee', 38],
      ['entrepreneur', 11],
      ['unemployed', 11],
      ['largeFamily', 9],
      ['educated', 9],
      ['disability', 6],
      ['noEducation', 2],
      ['student', 2],
      ['pensioner', 1],
    ]),
  ],
  [
    62,
    new Table<StatusId>([
      ['pensioner', 35],
      ['employee', 30],
      ['disability', 8],
      ['educated', 8],
      ['entrepreneur', 6],
      ['unemployed', 6],
      ['largeFamily', 5],
      ['noEducation', 2],
    ]),
  ],
  [
    200,
    new Table<StatusId>([
      ['pensioner', 75],
      ['disability', 10],
      ['largeFamily', 6],
      ['employee', 4],
      ['educated', 3],
      ['noEducation', 2],
    ]),
  ],
];

const MARITAL_BY_AGE: readonly [number, Table<MaritalId>][] = [
  [
    30,
    new Table<MaritalId>([
      ['married', 50],
      ['single', 45],
      ['divorced', 5],
    ]),
  ],
  [
    60,
    new Table<MaritalId>([
      ['married', 70],
      ['divorced', 15],
      ['single', 10],
      ['widowed', 5],
    ]),
  ],
  [
    200,
    new Table<MaritalId>([
      ['married', 55],
      ['widowed', 30],
      ['divorced', 10],
      ['single', 5],
    ]),
  ],
];

/** Free-text columns some CRMs add; typed by hand, so case varies. */
const EDUCATION = new Table<string>([
  ['высшее', 30],
  ['Высшее', 10],
  ['среднее специальное', 20],
  ['Среднее специальное', 5],
  ['среднее', 15],
  ['жоғары', 8],
  ['Жоғары', 3],
  ['орта', 5],
  ['начальное', 1],
]);
const OCCUPATION = new Table<string>([
  ['учитель', 10],
  ['Учитель', 4],
  ['врач', 5],
  ['медсестра', 5],
  ['водитель', 8],
  ['Водитель', 3],
  ['продавец', 6],
  ['бухгалтер', 4],
  ['инженер', 4],
  ['мұғалім', 4],
  ['Мұғалім', 2],
  ['фермер', 3],
  ['строитель', 3],
  ['не работает', 6],
  ['госслужащий', 3],
]);

const CITY_CODES = new Set(['KZ-71', 'KZ-75', 'KZ-79']);
const KAZAKH_SPEAKING: Readonly<Record<string, number>> = {
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

export type StatusValue = { kind: 'status'; id: StatusId } | { kind: 'odd' } | { kind: 'empty' };

/** One request as the CRM export spells it, with the facts behind the spelling. */
export interface BenchRequest {
  /** Receipt moment, UTC milliseconds standing for the local wall clock. */
  at: number;
  quarter: string;
  regNo: string;
  topicId: number;
  topic: string;
  subtopic: string;
  channel: string;
  region: Region | null;
  regionText: string;
  district: string;
  sex: 'female' | 'male';
  sexText: string;
  age: number;
  /** The age cell: years as a number or as text ('45 лет'), or null when the export leaves it empty. */
  ageCell: number | string | null;
  iin: string | null;
  status: StatusValue;
  statusText: string;
  maritalText: string;
  education: string | null;
  occupation: string | null;
  language: 'kk' | 'ru';
  languageText: string;
  text: string;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function spellTables(s: Spellings): { ru: Table<string>; kk: Table<string> } {
  return { ru: new Table(s.ru), kk: new Table(s.kk.length > 0 ? s.kk : s.ru) };
}

interface TopicTables {
  topic: Topic;
  variants: Table<string> | null;
  region: Table<Region>;
  ru: Table<string>;
  ages: Table<readonly [number, number]>;
}

const IIN_W1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const IIN_W2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

function iinControl(digits: readonly number[]): number | null {
  const sum = (w: readonly number[]): number => digits.reduce((s, d, i) => s + d * (w[i] ?? 0), 0) % 11;
  const first = sum(IIN_W1);
  if (first !== 10) return first;
  const second = sum(IIN_W2);
  return second !== 10 ? second : null;
}

function russianYears(n: number): string {
  const d10 = n % 10;
  const d100 = n % 100;
  if (d10 === 1 && d100 !== 11) return `${n} год`;
  if (d10 >= 2 && d10 <= 4 && (d100 < 12 || d100 > 14)) return `${n} года`;
  return `${n} лет`;
}

/**
 * `total` requests spread over the eight quarters (traffic grows a little each quarter, follows the working
 * day and week), returned in time order by `next()`. Topic weights are the sample's Q2 counts in the first
 * half of each year and its Q3 counts in the second, so the comparison quarters differ the way real ones do.
 */
export class RequestStream {
  private readonly rng: Rng;
  private readonly hourCum: Float64Array;
  private readonly hourWeight: Float64Array;
  private readonly topicsByQuarter: Table<number>[];
  private readonly topicTables: TopicTables[];
  private readonly channels = new Table(CHANNELS.map((c) => [c, c.weight] as const));
  private readonly channelSpell = new Map<Channel, ReturnType<typeof spellTables>>();
  private readonly regionSpell = new Map<Region, ReturnType<typeof spellTables>>();
  private readonly statusSpell = new Map<StatusId, ReturnType<typeof spellTables>>();
  private readonly sexSpell = { female: spellTables(SEX_F), male: spellTables(SEX_M) };
  private readonly langSpell = { kk: spellTables(LANG_KK), ru: spellTables(LANG_RU) };
  private readonly regionEmpty = new Table(REGION_EMPTY);
  private readonly regionForeign = new Table(REGION_FOREIGN);
  private readonly statusOdd = new Table(STATUS_ODD);
  private readonly maritalF = new Map<MaritalId, Table<string>>();
  private readonly maritalM = new Map<MaritalId, Table<string>>();
  private readonly ruDetails = new Table(RU_DETAILS);
  private readonly ruClosings = new Table(RU_CLOSINGS);
  private readonly kkDetails = new Table(KK_DETAILS);
  private readonly kkClosings = new Table(KK_CLOSINGS);
  /** Sentences per text (the topic's, details, a closing): about 80–200 characters, as operators write. */
  private readonly sentences = new Table([
    [1, 6],
    [2, 34],
    [3, 40],
    [4, 20],
  ] as const);
  private hour = 0;
  private index = 0;
  private voiceNo = 21_350;
  private writtenNo = 4_100;

  constructor(
    private readonly total: number,
    seed: number,
  ) {
    this.rng = new Rng(seed);
    const hours = (END - START) / HOUR_MS;
    this.hourCum = new Float64Array(hours);
    this.hourWeight = new Float64Array(hours);
    let sum = 0;
    for (let h = 0; h < hours; h++) {
      const ms = START + h * HOUR_MS;
      const d = new Date(ms);
      const mmdd = `${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
      const dow = d.getUTCDay();
      const day = HOLIDAYS.has(mmdd) ? 0.25 : dow === 6 ? 0.35 : dow === 0 ? 0.2 : 1;
      const q = (d.getUTCFullYear() - 2025) * 4 + Math.floor(d.getUTCMonth() / 3);
      const w = (HOUR_WEIGHTS[d.getUTCHours()] as number) * day * (1 + 0.05 * q);
      sum += w;
      this.hourWeight[h] = w;
      this.hourCum[h] = sum;
    }
    this.topicsByQuarter = QUARTERS.map(
      (_, q) => new Table(TOPICS.map((t, i) => [i, q % 4 < 2 ? t.q2 : t.q3] as const)),
    );
    this.topicTables = TOPICS.map((topic) => ({
      topic,
      variants: topic.variants ? new Table(topic.variants) : null,
      region: new Table(
        REGIONS.map((region) => {
          let w = region.weight * (topic.regionBoost?.[region.code] ?? 1);
          if (topic.ruralBoost !== undefined) {
            if (region.rural) w *= topic.ruralBoost;
            else if (CITY_CODES.has(region.code)) w /= topic.ruralBoost * 2;
          }
          return [region, w] as const;
        }),
      ),
      // Sentences with ';' or '"' are rarer, so only a few CSV fields need quoting.
      ru: new Table(topic.ru.map((s) => [s, /[;"]/.test(s) ? 0.12 : 1] as const)),
      ages: new Table(AGE_BANDS[topic.age ?? 'general']),
    }));
    for (const c of CHANNELS) this.channelSpell.set(c, spellTables(c.spellings));
    for (const r of REGIONS) this.regionSpell.set(r, spellTables(r.spellings));
    for (const [id, s] of Object.entries(STATUS_SPELLINGS))
      this.statusSpell.set(id as StatusId, spellTables(s));
    for (const [id, w] of Object.entries(MARITAL_F)) this.maritalF.set(id as MaritalId, new Table(w));
    for (const [id, w] of Object.entries(MARITAL_M)) this.maritalM.set(id as MaritalId, new Table(w));
  }

  /** The Russian export: Russian spellings, with a few Kazakh ones slipping in. */
  private spell(t: { ru: Table<string>; kk: Table<string> }): string {
    return (this.rng.chance(0.08) ? t.kk : t.ru).pick(this.rng);
  }

  private receivedAt(): number {
    const cum = this.hourCum;
    const target = ((this.index + this.rng.float()) / this.total) * (cum[cum.length - 1] as number);
    while (this.hour < cum.length - 1 && (cum[this.hour] as number) <= target) this.hour++;
    const before = this.hour === 0 ? 0 : (cum[this.hour - 1] as number);
    const within = Math.min(0.9999, (target - before) / (this.hourWeight[this.hour] as number));
    return START + this.hour * HOUR_MS + Math.floor(within * 3600) * 1000;
  }

  private status(topic: Topic, age: number): StatusValue {
    const r = this.rng.float();
    if (r < 0.08) return { kind: 'empty' };
    if (r < 0.1) return { kind: 'odd' };
    const typical = topic.status;
    const fits =
      typical !== undefined &&
      age >= 18 &&
      (typical !== 'pensioner' || age >= 58) &&
      (typical !== 'largeFamily' || age >= 24) &&
      (typical !== 'unemployed' || age <= 63);
    if (typical !== undefined && fits && this.rng.chance(0.5)) return { kind: 'status', id: typical };
    if (age < 18) return { kind: 'status', id: this.rng.chance(0.85) ? 'student' : 'noEducation' };
    const table = STATUS_BY_AGE.find(([upTo]) => age <= upTo)?.[1] as Table<StatusId>;
    return { kind: 'status', id: table.pick(this.rng) };
  }

  private marital(age: number): MaritalId | null {
    if (this.rng.chance(0.25)) return null;
    if (age < 20) return this.rng.chance(0.97) ? 'single' : 'married';
    return (MARITAL_BY_AGE.find(([upTo]) => age < upTo)?.[1] as Table<MaritalId>).pick(this.rng);
  }

  private compose(
    core: string,
    details: Table<string>,
    closings: Table<string>,
    female: boolean,
    place: string,
  ) {
    const count = this.sentences.pick(this.rng);
    const parts = [core];
    // Two sentences: the topic's and a detail; three or four: one or two details, then a closing.
    const detailCount = count === 1 ? 0 : count === 2 ? 1 : count - 2;
    for (let k = 0; k < detailCount; k++) {
      const detail = details.pick(this.rng);
      if (detail.includes('{place}') && place === '') continue;
      const sentence = detail
        .replaceAll('{place}', place)
        .replaceAll('{ся}', female ? 'ась' : 'ся')
        .replaceAll('{а}', female ? 'а' : '');
      if (!parts.includes(sentence)) parts.push(sentence);
    }
    if (count >= 3 || parts.length < count) parts.push(closings.pick(this.rng));
    return parts.join(' ');
  }

  private iin(birthMs: number, female: boolean): string {
    const b = new Date(birthMs);
    const year = b.getUTCFullYear();
    const centurySex = year >= 2000 ? (female ? 6 : 5) : female ? 4 : 3;
    const head = `${pad(year % 100)}${pad(b.getUTCMonth() + 1)}${pad(b.getUTCDate())}${centurySex}`;
    const broken = this.rng.chance(0.012);
    for (;;) {
      const body = `${head}${pad(this.rng.int(0, 9999), 4)}`;
      const control = iinControl([...body].map(Number));
      if (control === null) continue;
      return `${body}${broken ? (control + this.rng.int(1, 9)) % 10 : control}`;
    }
  }

  next(): BenchRequest {
    const rng = this.rng;
    const at = this.receivedAt();
    this.index++;
    const d = new Date(at);
    const year = d.getUTCFullYear();
    const q = (year - 2025) * 4 + Math.floor(d.getUTCMonth() / 3);
    const topicId = (this.topicsByQuarter[q] as Table<number>).pick(rng);
    const tt = this.topicTables[topicId] as TopicTables;
    const topic = tt.topic;

    const channel = this.channels.pick(rng);
    if (channel.voice) {
      this.voiceNo += rng.int(1, 3);
    } else this.writtenNo += rng.int(1, 3);
    // 1414-26-0021351 for calls, ЖТ-2026-0004101 for written requests: the year, then a running number.
    const regNo = channel.voice
      ? `1414-${pad(year % 100)}-${pad(this.voiceNo, 7)}`
      : `ЖТ-${year}-${pad(this.writtenNo, 7)}`;

    const rr = rng.float();
    const region = rr < 0.025 ? null : tt.region.pick(rng);
    const regionText =
      rr < 0.02
        ? this.regionEmpty.pick(rng)
        : rr < 0.025
          ? this.regionForeign.pick(rng)
          : this.spell(this.regionSpell.get(region as Region) as ReturnType<typeof spellTables>);
    let district: readonly [string, string] | null = null;
    if (region && rng.chance(0.6)) {
      district = rng.chance(0.35) ? (region.districts[0] ?? null) : rng.pick(region.districts);
    }

    const female = rng.chance(topic.female ?? 0.58);
    const [lo, hi] = tt.ages.pick(rng);
    const age = rng.int(lo, hi);
    // A birth date such that the person is exactly `age` years old on the day of receipt.
    const latest = Date.UTC(year - age, d.getUTCMonth(), d.getUTCDate());
    const earliest = Date.UTC(year - age - 1, d.getUTCMonth(), d.getUTCDate()) + DAY_MS;
    const birth = earliest + rng.int(0, Math.round((latest - earliest) / DAY_MS)) * DAY_MS;
    const iin = rng.chance(0.4) ? this.iin(birth, female) : null;
    let ageCell: number | string | null = null;
    if (rng.chance(iin === null ? 0.7 : 0.35)) {
      const r = rng.float();
      ageCell = r < 0.65 ? age : r < 0.9 ? russianYears(age) : r < 0.95 ? `${age} жас` : String(age);
    }

    const status = this.status(topic, age);
    const statusText =
      status.kind === 'empty'
        ? ''
        : status.kind === 'odd'
          ? this.statusOdd.pick(rng)
          : this.spell(this.statusSpell.get(status.id) as ReturnType<typeof spellTables>);
    const marital = this.marital(age);
    const maritalText =
      marital === null
        ? ''
        : ((female ? this.maritalF : this.maritalM).get(marital) as Table<string>).pick(rng);

    const kkShare = region ? (KAZAKH_SPEAKING[region.code] ?? 0.5) : 0.3;
    const language = rng.chance(kkShare) ? 'kk' : 'ru';
    const kkText = language === 'kk' && rng.chance(0.85);
    const text = kkText
      ? this.compose(rng.pick(topic.kk), this.kkDetails, this.kkClosings, female, district?.[1] ?? '')
      : this.compose(tt.ru.pick(rng), this.ruDetails, this.ruClosings, female, district?.[0] ?? '');

    return {
      at,
      quarter: QUARTERS[q] as string,
      regNo,
      topicId: topicId + 1,
      topic: tt.variants ? tt.variants.pick(rng) : topic.name,
      subtopic: rng.chance(0.65) ? rng.pick(topic.subtopics) : '',
      channel: this.spell(this.channelSpell.get(channel) as ReturnType<typeof spellTables>),
      region,
      regionText,
      district: district?.[0] ?? '',
      sex: female ? 'female' : 'male',
      sexText: rng.chance(0.95) ? this.spell(female ? this.sexSpell.female : this.sexSpell.male) : '',
      age,
      ageCell,
      iin,
      status,
      statusText,
      maritalText,
      education: rng.chance(0.3) ? EDUCATION.pick(rng) : null,
      occupation: rng.chance(0.2) ? OCCUPATION.pick(rng) : null,
      language,
      languageText: this.spell(language === 'kk' ? this.langSpell.kk : this.langSpell.ru),
      text,
    };
  }
}

/** 'dd.mm.yyyy hh:mm:ss', as the CRM writes a date-time as text. */
export function formatDateTime(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** 'yyyy-mm-dd hh:mm:ss', as the store keeps it. */
export function isoDateTime(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}
