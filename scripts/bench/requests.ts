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
  type Channel,
  type MaritalId,
  type Region,
  type Spellings,
  type StatusId,
  type Topic,
} from '../sample-vocabulary';
import { drawBirth, fillSentence, fmtDateTime, makeIin, pad, russianYears } from '../generation/fields';
import { Rng, Table } from '../generation/rng';
import {
  AGE_BANDS,
  coreSentences,
  dayWeight,
  fitsTypicalStatus,
  HOUR_WEIGHTS,
  KAZAKH_SPEAKING,
  MARITAL_BY_AGE,
  regionWeights,
  STATUS_BY_AGE,
} from '../generation/tables';

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
const STATUS_BY_AGE_TABLES = STATUS_BY_AGE.map(([upTo, w]) => [upTo, new Table(w)] as const);
const MARITAL_BY_AGE_TABLES = MARITAL_BY_AGE.map(([upTo, w]) => [upTo, new Table(w)] as const);

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
      const day = dayWeight(d, HOLIDAYS);
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
      region: new Table(regionWeights(topic)),
      ru: new Table(coreSentences(topic.ru)),
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
    if (typical !== undefined && fitsTypicalStatus(typical, age) && this.rng.chance(0.5))
      return { kind: 'status', id: typical };
    if (age < 18) return { kind: 'status', id: this.rng.chance(0.85) ? 'student' : 'noEducation' };
    const table = STATUS_BY_AGE_TABLES.find(([upTo]) => age <= upTo)?.[1] as Table<StatusId>;
    return { kind: 'status', id: table.pick(this.rng) };
  }

  private marital(age: number): MaritalId | null {
    if (this.rng.chance(0.25)) return null;
    if (age < 20) return this.rng.chance(0.97) ? 'single' : 'married';
    return (MARITAL_BY_AGE_TABLES.find(([upTo]) => age < upTo)?.[1] as Table<MaritalId>).pick(this.rng);
  }

  private compose(
    core: string,
    details: Table<string>,
    closings: Table<string>,
    female: boolean,
    place: string | null,
  ) {
    const count = this.sentences.pick(this.rng);
    const parts = [core];
    // Two sentences: the topic's and a detail; three or four: one or two details, then a closing.
    const detailCount = count === 1 ? 0 : count === 2 ? 1 : count - 2;
    for (let k = 0; k < detailCount; k++) {
      const sentence = fillSentence(details.pick(this.rng), female, place);
      if (sentence !== null && !parts.includes(sentence)) parts.push(sentence);
    }
    if (count >= 3 || parts.length < count) parts.push(closings.pick(this.rng));
    return parts.join(' ');
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
    const birth = drawBirth(rng, at, age);
    const iin = rng.chance(0.4) ? makeIin(rng, birth, female, rng.chance(0.012)) : null;
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
      ? this.compose(rng.pick(topic.kk), this.kkDetails, this.kkClosings, female, district?.[1] ?? null)
      : this.compose(tt.ru.pick(rng), this.ruDetails, this.ruClosings, female, district?.[0] ?? null);

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
  return fmtDateTime(ms, true);
}

/** 'yyyy-mm-dd hh:mm:ss', as the store keeps it. */
export function isoDateTime(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}
