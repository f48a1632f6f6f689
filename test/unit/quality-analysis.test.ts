// Golden tests of the quality analysis: rows generated with a seed, whose every figure is known
// by construction, through the pure functions of src-main/analysis/quality.
import { describe, expect, it } from 'vitest';
import { statutoryDeadline } from '../fixtures/quality-reference/answers';
import { buildQuality, type QualitySelection } from '../fixtures/quality-reference/build';
import { percentile } from '../fixtures/quality-reference/quality';
import { markRepeats } from '../fixtures/quality-reference/repeats';
import type { HistoryRow, Period, QualityRow } from '../fixtures/quality-reference/rows';
import { applicantKey } from '../fixtures/quality-reference/rows';
import type { Channel, QualityAnalysis } from '../../src-main/shared/quality';

/** mulberry32: the same numbers on every run. */
function seeded(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T,
    shuffle: <T>(list: T[]) => {
      for (let i = list.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [list[i], list[j]] = [list[j] as T, list[i] as T];
      }
      return list;
    },
  };
}

const BLANK: QualityRow = {
  receivedAt: '2026-07-01 09:00:00',
  channel: null,
  language: null,
  region: null,
  district: null,
  topic: null,
  applicant: null,
  category: null,
  requestType: null,
  repeatFlag: null,
  answeredAt: null,
  deadline: null,
  result: null,
  waitSeconds: null,
  callSeconds: null,
  rating: null,
};
const row = (o: Partial<QualityRow> = {}): QualityRow => ({ ...BLANK, ...o });
const times = (n: number, o: Partial<QualityRow> | ((i: number) => Partial<QualityRow>)) =>
  Array.from({ length: n }, (_, i) => row(typeof o === 'function' ? o(i) : o));

const pad = (n: number) => String(n).padStart(2, '0');
/** A stamp `offset` days after the quarter's first day (2026-Q3: 1 July), at a given hour. */
function q3Day(offset: number, hour = 10): string {
  const d = new Date(Date.UTC(2026, 6, 1 + offset));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(hour)}:00:00`;
}

const SELECTION: QualitySelection = {
  quarter: '2026-Q3',
  previousQuarter: '2026-Q2',
  compare: 'previous',
  center: null,
};
const period = (quarter: string, rows: QualityRow[], history: HistoryRow[] = [], purged = false): Period => ({
  quarter,
  rows,
  history,
  purged,
});
const analyse = (
  current: QualityRow[],
  previous: QualityRow[] = [],
  history: HistoryRow[] = [],
  selection = SELECTION,
): QualityAnalysis =>
  buildQuality(
    selection,
    period(selection.quarter, current, history),
    period(selection.previousQuarter, previous),
  );

const TOPICS = [
  'Отопление',
  'Водоснабжение',
  'Дороги',
  'Жилье',
  'Налоги',
  'Пособия',
  'Школы',
  'Экология',
] as const;

describe('counts by channel, language, category and type, against the comparison period', () => {
  it('lists every channel of either period, most first, then the previous count, then the code; unspecified last', () => {
    const rand = seeded(8);
    const plan: [Channel | null, number, number][] = [
      ['phone', 40, 30],
      ['website', 25, 30],
      ['egov', 25, 20],
      ['email', 0, 7],
      ['messenger', 25, 20],
      [null, 5, 0],
    ];
    const current = rand.shuffle(plan.flatMap(([channel, n]) => times(n, { channel })));
    const previous = rand.shuffle(plan.flatMap(([channel, , n]) => times(n, { channel })));
    const s = analyse(current, previous);
    expect(s.byChannel).toEqual([
      { channel: 'phone', count: 40, previousCount: 30 },
      { channel: 'website', count: 25, previousCount: 30 },
      { channel: 'egov', count: 25, previousCount: 20 },
      { channel: 'messenger', count: 25, previousCount: 20 },
      { channel: 'email', count: 0, previousCount: 7 },
      { channel: 'unspecified', count: 5, previousCount: 0 },
    ]);
    expect(s.total).toBe(120);
    expect(s.previousTotal).toBe(107);
    expect(s.coverage.channel).toBe(115);
  });

  it('counts languages the same way, and gives no "unspecified" line when every request has one', () => {
    const rand = seeded(11);
    const current = rand.shuffle([...times(61, { language: 'kk' }), ...times(39, { language: 'ru' })]);
    const previous = [
      ...times(50, { language: 'kk' }),
      ...times(45, { language: 'ru' }),
      ...times(2, { language: 'other' }),
    ];
    expect(analyse(current, previous).byLanguage).toEqual([
      { language: 'kk', count: 61, previousCount: 50 },
      { language: 'ru', count: 39, previousCount: 45 },
      { language: 'other', count: 0, previousCount: 2 },
    ]);
  });

  it('counts the categories strategic / typical / complaint and the types of request', () => {
    const current = [
      ...times(3, { category: 'strategic', requestType: 'proposal' }),
      ...times(20, { category: 'typical', requestType: 'consultation' }),
      ...times(6, { category: 'complaint', requestType: 'complaint' }),
      ...times(2, { requestType: 'application' }),
    ];
    const previous = [
      ...times(4, { category: 'complaint', requestType: 'complaint' }),
      ...times(1, { category: 'strategic' }),
    ];
    const s = analyse(current, previous);
    expect(s.byCategory).toEqual([
      { category: 'typical', count: 20, previousCount: 0 },
      { category: 'complaint', count: 6, previousCount: 4 },
      { category: 'strategic', count: 3, previousCount: 1 },
      { category: 'unspecified', count: 2, previousCount: 0 },
    ]);
    expect(s.byType).toEqual([
      { type: 'consultation', count: 20, previousCount: 0 },
      { type: 'complaint', count: 6, previousCount: 4 },
      { type: 'proposal', count: 3, previousCount: 0 },
      { type: 'application', count: 2, previousCount: 0 },
      { type: 'unspecified', count: 0, previousCount: 1 },
    ]);
  });
});

describe('repeated and multiple requests', () => {
  // 2026-Q3 with filler that cannot repeat (one request per applicant, or no applicant), and planted cases.
  function repeatQuarter() {
    const rand = seeded(2026);
    const filler = [
      ...times(300, (i) => ({
        receivedAt: q3Day(rand.int(0, 91), rand.int(8, 18)),
        applicant: applicantKey(`fill${i}`, null),
        topic: rand.pick(TOPICS),
        region: 'KZ-71' as const,
      })),
      ...times(50, () => ({
        receivedAt: q3Day(rand.int(0, 91)),
        topic: rand.pick(TOPICS),
        region: 'KZ-71' as const,
      })),
    ];
    // Five filler requests the export marks as repeated (no earlier request of theirs is known): flagged.
    for (let i = 0; i < 5; i++)
      Object.assign(filler[i * 7] as QualityRow, { repeatFlag: true, topic: 'Экология', region: 'KZ-75' });
    const planted: QualityRow[] = [];
    const at = (o: Partial<QualityRow>) => planted.push(row({ region: 'KZ-75', ...o }));
    // a) six pairs 1..6 days apart inside the quarter: six found.
    for (let k = 0; k < 6; k++) {
      at({ receivedAt: q3Day(10 + k), applicant: `i:pair${k}`, topic: TOPICS[k] });
      at({ receivedAt: q3Day(11 + 2 * k), applicant: `i:pair${k}`, topic: TOPICS[k], repeatFlag: false });
    }
    // b) an earlier request before the quarter: 71 days (found), exactly 90 days (found), 91 days (not).
    at({ receivedAt: '2026-07-20 10:00:00', applicant: 'i:hist1', topic: 'Отопление' });
    at({ receivedAt: '2026-07-01 09:00:00', applicant: 'i:hist2', topic: 'Отопление' });
    at({ receivedAt: '2026-07-01 09:00:00', applicant: 'i:hist3', topic: 'Отопление' });
    const history: HistoryRow[] = [
      { receivedAt: '2026-05-10 12:00:00', applicant: 'i:hist1', topic: 'Отопление' },
      { receivedAt: '2026-04-02 18:00:00', applicant: 'i:hist2', topic: 'Отопление' },
      { receivedAt: '2026-04-01 08:00:00', applicant: 'i:hist3', topic: 'Отопление' },
    ];
    // c) 91 days apart within the quarter: not a repeat.
    at({ receivedAt: '2026-07-01 10:00:00', applicant: 'i:far', topic: 'Налоги' });
    at({ receivedAt: '2026-09-30 10:00:00', applicant: 'i:far', topic: 'Налоги' });
    // d) another topic; e) no topic: not repeats.
    at({ receivedAt: q3Day(20), applicant: 'i:other', topic: 'Налоги' });
    at({ receivedAt: q3Day(21), applicant: 'i:other', topic: 'Школы' });
    at({ receivedAt: q3Day(20), applicant: 'i:notopic' });
    at({ receivedAt: q3Day(21), applicant: 'i:notopic' });
    // f) marked and also findable: flagged, not found; a marked one with no topic: flagged.
    at({ receivedAt: q3Day(30), applicant: 'i:both', topic: 'Дороги' });
    at({ receivedAt: q3Day(31), applicant: 'i:both', topic: 'Дороги', repeatFlag: true });
    at({ receivedAt: q3Day(32), repeatFlag: true, region: null });
    // g) known by phone alone: found; h) the IIN on one request and the phone on the other: not linked.
    at({ receivedAt: q3Day(40), applicant: applicantKey(null, 'ph1'), topic: TOPICS[0] });
    at({ receivedAt: q3Day(45), applicant: applicantKey(null, 'ph1'), topic: TOPICS[0] });
    at({ receivedAt: q3Day(40), applicant: applicantKey('x', null), topic: 'Жилье' });
    at({ receivedAt: q3Day(41), applicant: applicantKey(null, 'x'), topic: 'Жилье' });
    // i) two requests at the same second: exactly one of them is the repeat.
    at({ receivedAt: q3Day(50, 12), applicant: 'i:same', topic: TOPICS[1] });
    at({ receivedAt: q3Day(50, 12), applicant: 'i:same', topic: TOPICS[1] });
    const rows = rand.shuffle([...filler, ...planted]);
    const previous = times(4, (i) => ({
      receivedAt: '2026-05-01 10:00:00',
      repeatFlag: true,
      topic: 'Дороги',
      applicant: `i:p${i}`,
    }));
    return { rows, history, previous };
  }

  it('finds repeats by applicant and topic within 90 days, history included, and keeps the marked ones apart', () => {
    const { rows, history, previous } = repeatQuarter();
    const r = analyse(rows, previous, history).repeats;
    expect([r.windowDays, r.multipleMinRequests]).toEqual([90, 3]);
    expect(r.flagged).toBe(7); // 5 filler + (f) twice
    expect(r.found).toBe(10); // (a) 6 + (b) 2 + (g) 1 + (i) 1
    expect(r.total).toBe(17);
    expect(r.previousTotal).toBe(4);
    expect(r.identified).toBe(300 + 29);
    expect(r.byTopic).toEqual([
      { topic: 'Экология', count: 5, previousCount: 0 },
      { topic: 'Отопление', count: 4, previousCount: 0 },
      { topic: 'Дороги', count: 2, previousCount: 4 },
      { topic: 'Водоснабжение', count: 2, previousCount: 0 },
      { topic: 'Жилье', count: 1, previousCount: 0 },
      { topic: 'Налоги', count: 1, previousCount: 0 },
      { topic: 'Пособия', count: 1, previousCount: 0 },
      { topic: null, count: 1, previousCount: 0 },
    ]);
    expect(r.byRegion).toEqual([
      { region: 'KZ-75', count: 16, previousCount: 0 },
      { region: 'unspecified', count: 1, previousCount: 4 },
    ]);
  });

  it('marks the same requests whatever order they come in', () => {
    const { rows, history } = repeatQuarter();
    const marks = (list: QualityRow[]) => {
      const m = markRepeats({ rows: list, history });
      return {
        flagged: m.filter((x) => x === 'flagged').length,
        found: m.filter((x) => x === 'found').length,
      };
    };
    expect(marks(rows)).toEqual({ flagged: 7, found: 10 });
    expect(marks([...rows].reverse())).toEqual({ flagged: 7, found: 10 });
  });

  it('counts applicants with three requests or more in the quarter, on any topics, and their requests', () => {
    const rand = seeded(3);
    const make = (plan: number[]) =>
      rand.shuffle(
        plan.flatMap((n, a) =>
          times(n, () => ({
            receivedAt: q3Day(rand.int(0, 91)),
            applicant: `i:m${a}`,
            topic: rand.pick(TOPICS),
          })),
        ),
      );
    const current = [...make([3, 3, 4, 5, 2, 2, 1, 1, 1]), ...times(20, { topic: 'Налоги' })];
    const previous = make([3, 6, 2, 1]);
    expect(analyse(current, previous).repeats.multiple).toEqual({
      applicants: 4,
      requests: 15,
      previousApplicants: 2,
      previousRequests: 9,
    });
  });
});

describe('answers against the deadline', () => {
  // 2026-Q3 (last day 30 September), every deadline from the export.
  function answeredQuarter() {
    const rand = seeded(77);
    const rows = [
      ...times(4, {
        requestType: 'application',
        deadline: '2026-08-20',
        answeredAt: '2026-08-20 17:00:00',
        topic: 'Жилье',
      }),
      ...times(8, () => ({
        requestType: 'application' as const,
        deadline: '2026-08-20',
        answeredAt: `2026-08-${pad(rand.int(1, 19))} 12:00:00`,
        topic: 'Жилье',
      })),
      ...times(5, (i) => ({
        requestType: 'complaint' as const,
        deadline: '2026-08-01',
        answeredAt: '2026-08-02 09:00:00',
        topic: 'Дороги',
        region: i < 3 ? ('KZ-75' as const) : ('KZ-71' as const),
      })),
      ...times(3, { requestType: 'application', deadline: '2026-09-29', topic: 'Налоги' }),
      row({ requestType: 'application', deadline: '2026-09-30' }),
      row({ requestType: 'request', deadline: '2026-10-10' }),
      ...times(3, { requestType: 'message', deadline: '2026-07-10' }),
      ...times(4, { requestType: 'consultation' }),
    ].map((r) => ({ ...r, receivedAt: '2026-07-15 10:00:00' }));
    // The export covers the whole quarter: its last call came on the quarter's last day.
    rows.push(row({ requestType: 'consultation', receivedAt: '2026-09-30 18:00:00' }));
    const previous = [
      ...times(9, {
        requestType: 'application',
        deadline: '2026-05-20',
        answeredAt: '2026-05-19 10:00:00',
        receivedAt: '2026-05-01 10:00:00',
      }),
      row({
        requestType: 'complaint',
        deadline: '2026-05-20',
        answeredAt: '2026-05-21 10:00:00',
        receivedAt: '2026-05-01 10:00:00',
        topic: 'Дороги',
      }),
    ];
    return { rows: rand.shuffle(rows), previous };
  }

  it('judges a quarter still in progress as of the last date its data knows of', () => {
    const rows = [
      // Exported on 20 August: a deadline of 1 September has not passed yet, one of 10 August has.
      row({ requestType: 'application', receivedAt: '2026-07-20 10:00:00', deadline: '2026-09-01' }),
      row({ requestType: 'application', receivedAt: '2026-07-20 10:00:00', deadline: '2026-08-10' }),
      row({
        requestType: 'application',
        receivedAt: '2026-08-01 10:00:00',
        answeredAt: '2026-08-20 16:00:00',
      }),
    ];
    const t = analyse(rows, []).answers.timeliness;
    expect([t.onTime, t.late, t.overdueUnanswered, t.pending]).toEqual([1, 0, 1, 1]);
  });

  it('counts on time, late, overdue without answer and pending, and the on-time share over the decided', () => {
    const { rows, previous } = answeredQuarter();
    const t = analyse(rows, previous).answers.timeliness;
    expect(t).toEqual({
      judged: 22,
      onTime: 12,
      late: 5,
      overdueUnanswered: 3,
      pending: 2,
      onTimePercent: 60,
      previousOnTimePercent: 90,
      deadlineGiven: 22,
    });
  });

  it('gives the same by type, with the statutory term of each', () => {
    const { rows, previous } = answeredQuarter();
    const byType = analyse(rows, previous).answers.byType;
    expect(
      byType.map((b) => [
        b.type,
        b.statutoryWorkingDays,
        b.judged,
        b.onTime,
        b.late,
        b.overdueUnanswered,
        b.pending,
        b.onTimePercent,
        b.previousOnTimePercent,
      ]),
    ).toEqual([
      ['application', 15, 16, 12, 0, 3, 1, 80, 100],
      ['complaint', 20, 5, 0, 5, 0, 0, 0, 0],
      ['request', 15, 1, 0, 0, 0, 1, null, null],
      ['message', null, 0, 0, 0, 0, 0, null, null],
      ['consultation', null, 0, 0, 0, 0, 0, null, null],
    ]);
  });

  it('counts the late and the overdue by topic and region, the unspecified region last', () => {
    const { rows, previous } = answeredQuarter();
    const a = analyse(rows, previous).answers;
    expect(a.overdueByTopic).toEqual([
      { topic: 'Дороги', count: 5, previousCount: 1 },
      { topic: 'Налоги', count: 3, previousCount: 0 },
    ]);
    expect(a.overdueByRegion).toEqual([
      { region: 'KZ-75', count: 3, previousCount: 0 },
      { region: 'KZ-71', count: 2, previousCount: 0 },
      { region: 'unspecified', count: 3, previousCount: 1 },
    ]);
  });

  it('takes the statutory term in working days over the holidays where the export gives no deadline', () => {
    // 15 working days from Friday 12 December 2025: 16 December, 1–2 and 7 January are off, so 8 January 2026
    // (15 weekdays alone would give 2 January); a complaint's 20: 15 January. Nauryz 2026 (23 March, and 24–25 for
    // the weekend 21–22): from 18 March, 13 April.
    expect(statutoryDeadline('2025-12-12', 15)).toBe('2026-01-08');
    expect(statutoryDeadline('2025-12-12', 20)).toBe('2026-01-15');
    expect(statutoryDeadline('2026-03-18', 15)).toBe('2026-04-13');
    const q4: QualitySelection = {
      quarter: '2025-Q4',
      previousQuarter: '2025-Q3',
      compare: 'previous',
      center: null,
    };
    const received = '2025-12-12 11:00:00';
    const rows = [
      row({ receivedAt: received, requestType: 'application', answeredAt: '2026-01-08 16:00:00' }), // on time
      row({ receivedAt: received, requestType: 'application', answeredAt: '2026-01-09 09:00:00' }), // late
      row({ receivedAt: received, answeredAt: '2026-01-08 09:00:00' }), // no type: as 'other', 15 days, on time
      row({ receivedAt: received, requestType: 'complaint', answeredAt: '2026-01-15 09:00:00' }), // 20 days: on time
      row({ receivedAt: received, requestType: 'application' }), // deadline 8 January, after the quarter: pending
      row({ receivedAt: '2025-11-03 10:00:00', requestType: 'application' }), // deadline 24 November: overdue
      row({ receivedAt: received, requestType: 'consultation' }), // not judged
    ];
    const t = analyse(rows, [], [], q4).answers.timeliness;
    expect([
      t.judged,
      t.onTime,
      t.late,
      t.overdueUnanswered,
      t.pending,
      t.deadlineGiven,
      t.onTimePercent,
    ]).toEqual([6, 3, 1, 1, 1, 0, 60]);
    const q1: QualitySelection = {
      quarter: '2026-Q1',
      previousQuarter: '2025-Q4',
      compare: 'previous',
      center: null,
    };
    const nauryz = [
      row({ receivedAt: '2026-03-18 10:00:00', requestType: 'proposal', answeredAt: '2026-04-13 10:00:00' }),
      row({ receivedAt: '2026-03-18 10:00:00', requestType: 'proposal', answeredAt: '2026-04-14 10:00:00' }),
    ];
    const n = analyse(nauryz, [], [], q1).answers.timeliness;
    expect([n.onTime, n.late, n.onTimePercent]).toEqual([1, 1, 50]);
  });

  it('judges nothing in a period whose export has no answer date and no deadline', () => {
    const rows = times(10, { requestType: 'application', receivedAt: '2026-07-01 10:00:00' });
    const s = analyse(rows, rows);
    expect(s.answers.timeliness).toMatchObject({
      judged: 0,
      onTimePercent: null,
      previousOnTimePercent: null,
    });
    expect(s.answers.byType[0]).toMatchObject({ type: 'application', judged: 0, statutoryWorkingDays: 15 });
    expect(s.answers.overdueByTopic).toEqual([]);
  });

  it('counts the results of the answers, unspecified last', () => {
    const current = [
      ...times(7, { result: 'satisfied' }),
      ...times(5, { result: 'explained' }),
      ...times(2, { result: 'refused' }),
      ...times(6, {}),
    ];
    const previous = [...times(3, { result: 'satisfied' }), row({ result: 'forwarded' })];
    expect(analyse(current, previous).answers.results).toEqual([
      { result: 'satisfied', count: 7, previousCount: 3 },
      { result: 'explained', count: 5, previousCount: 0 },
      { result: 'refused', count: 2, previousCount: 0 },
      { result: 'forwarded', count: 0, previousCount: 1 },
      { result: 'unspecified', count: 6, previousCount: 0 },
    ]);
  });
});

describe('service quality: wait, rating, duration by channel and month', () => {
  // Waits 3, 6, … 150 s on the phone (k odd in July, k even in August), ratings 1..5 counted 2, 3, 5, 10, 30 on
  // the website, three durations, and requests with none of them.
  function qualityQuarter() {
    const rand = seeded(90);
    const waits = times(50, (i) => {
      const k = i + 1;
      return {
        channel: 'phone' as const,
        waitSeconds: 3 * k,
        receivedAt:
          k % 2 === 1
            ? `2026-07-${pad(rand.int(1, 31))} 10:00:00`
            : `2026-08-${pad(rand.int(1, 31))} 10:00:00`,
      };
    });
    const ratings = [2, 3, 5, 10, 30].flatMap((count, i) =>
      times(count, { channel: 'website', rating: i + 1, receivedAt: '2026-09-10 10:00:00' }),
    );
    const durations = [60, 120, 180].map((callSeconds) =>
      row({ channel: 'phone', callSeconds, receivedAt: '2026-07-02 10:00:00' }),
    );
    return rand.shuffle([...waits, ...ratings, ...durations, ...times(25, { channel: 'email' })]);
  }

  it('takes the nearest-rank percentile', () => {
    expect(percentile([], 90)).toBeNull();
    expect(percentile([7], 90)).toBe(7);
    expect(percentile([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 90)).toBe(9);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90)).toBe(10);
  });

  it('gives the average and 90th-percentile wait, the share within 40 s, the rating and its distribution', () => {
    const previous = [row({ waitSeconds: 10 }), row({ waitSeconds: 50 }), row({ rating: 3 })];
    const q = analyse(qualityQuarter(), previous).quality;
    expect(q.wait).toEqual({ calls: 50, averageSeconds: 76.5, p90Seconds: 135, within40Percent: 26 });
    expect(q.rating).toEqual({ rated: 50, average: 4.26, distribution: [2, 3, 5, 10, 30] });
    expect(q.averageDurationSeconds).toBe(120);
    expect(q.previous).toEqual({
      wait: { calls: 2, averageSeconds: 30, p90Seconds: 50, within40Percent: 50 },
      rating: { rated: 1, average: 3, distribution: [0, 0, 1, 0, 0] },
      averageDurationSeconds: null,
    });
  });

  it('breaks them down by channel (those with any measure) and by each month of the quarter', () => {
    const q = analyse(qualityQuarter()).quality;
    expect(
      q.byChannel.map((c) => [c.channel, c.wait.calls, c.rating.rated, c.averageDurationSeconds]),
    ).toEqual([
      ['phone', 50, 0, 120],
      ['website', 0, 50, null],
    ]);
    expect(
      q.byMonth.map((m) => [
        m.month,
        m.wait.calls,
        m.wait.averageSeconds,
        m.wait.p90Seconds,
        m.wait.within40Percent,
        m.rating.rated,
      ]),
    ).toEqual([
      ['2026-07', 25, 75, 135, 28, 0],
      ['2026-08', 25, 78, 138, 24, 0],
      ['2026-09', 0, null, null, null, 50],
    ]);
    expect(q.byMonth[0]?.averageDurationSeconds).toBe(120);
  });
});

describe('districts within regions', () => {
  it('counts by region and tidied district, leaving out requests without one', () => {
    const current = [
      ...times(4, { region: 'KZ-75', district: '  Алмалинский   район ' }),
      ...times(2, { region: 'KZ-75', district: 'Алмалинский район' }),
      ...times(3, { region: 'KZ-71', district: 'Алматы ауданы' }),
      ...times(3, { region: 'KZ-19', district: 'Алматы ауданы' }),
      ...times(2, { district: 'Неизвестный район' }),
      ...times(9, { region: 'KZ-75' }),
    ];
    const previous = times(5, { region: 'KZ-71', district: 'Алматы ауданы' });
    const s = analyse(current, previous);
    expect(s.districts).toEqual([
      { region: 'KZ-75', district: 'Алмалинский район', count: 6, previousCount: 0, leading: [] },
      { region: 'KZ-71', district: 'Алматы ауданы', count: 3, previousCount: 5, leading: [] },
      { region: 'KZ-19', district: 'Алматы ауданы', count: 3, previousCount: 0, leading: [] },
      { region: 'unspecified', district: 'Неизвестный район', count: 2, previousCount: 0, leading: [] },
    ]);
    expect(s.coverage.district).toBe(14);
  });

  it('counts a place once in Kazakh and Russian spellings, named as the quarter most often writes it', () => {
    const current = [
      ...times(5, { region: 'KZ-61', district: 'Түркістан қ.' }),
      ...times(2, { region: 'KZ-61', district: 'Туркестан' }),
      ...times(3, { region: 'KZ-75', district: 'Алмалы ауданы' }),
      ...times(1, { region: 'KZ-75', district: 'Алматы ауданы' }),
      // Two letters apart in seven: two districts, not one misspelt.
      ...times(1, { region: 'KZ-19', district: 'Карасайский район' }),
      ...times(1, { region: 'KZ-19', district: 'Каратальский район' }),
    ];
    const previous = [
      ...times(4, { region: 'KZ-61', district: 'Туркестан' }),
      ...times(6, { region: 'KZ-75', district: 'Алмалинский район' }),
      ...times(2, { region: 'KZ-39', district: 'Лисаковск' }),
    ];
    expect(analyse(current, previous).districts).toEqual([
      { region: 'KZ-61', district: 'Түркістан қ.', count: 7, previousCount: 4, leading: [] },
      { region: 'KZ-75', district: 'Алмалы ауданы', count: 3, previousCount: 6, leading: [] },
      { region: 'KZ-19', district: 'Карасайский район', count: 1, previousCount: 0, leading: [] },
      { region: 'KZ-19', district: 'Каратальский район', count: 1, previousCount: 0, leading: [] },
      // Алматы is not Алмалы: one letter apart, but too short a name to be taken for a misspelling.
      { region: 'KZ-75', district: 'Алматы ауданы', count: 1, previousCount: 0, leading: [] },
      { region: 'KZ-39', district: 'Лисаковск', count: 0, previousCount: 2, leading: [] },
    ]);
  });
});

describe('self-assessment of the complaints-and-appeals criteria', () => {
  it('takes the applications and complaints when the data has types: 40 × on time, 40 × (1 − repeated), 20 × satisfied', () => {
    const base = '2026-07-10 10:00:00';
    const rows = [
      // Ten applications and complaints: 6 on time, 1 late, 1 overdue, 2 pending; 2 flagged; 8 with a result, 3 satisfied.
      ...times(6, (i) => ({
        requestType: i < 4 ? ('application' as const) : ('complaint' as const),
        deadline: '2026-08-01',
        answeredAt: '2026-07-20 10:00:00',
        result: i < 3 ? ('satisfied' as const) : ('explained' as const),
      })),
      row({
        requestType: 'application',
        deadline: '2026-08-01',
        answeredAt: '2026-08-05 10:00:00',
        result: 'refused',
        repeatFlag: true,
      }),
      row({ requestType: 'complaint', deadline: '2026-08-01', result: 'other', repeatFlag: true }),
      row({ requestType: 'application', deadline: '2026-10-10' }),
      row({ requestType: 'application', deadline: '2026-10-10' }),
      // Not in the base: consultations, flagged and satisfied.
      ...times(5, { requestType: 'consultation', repeatFlag: true, result: 'satisfied' }),
    ].map((r) => ({ ...r, receivedAt: base }));
    const a = analyse(rows).selfAssessment;
    expect(a).toEqual({
      timeliness: { points: 30, max: 40, percent: 75, base: 8 },
      repeated: { points: 32, max: 40, percent: 80, base: 10 },
      satisfied: { points: 7.5, max: 20, percent: 37.5, base: 8 },
      total: 69.5,
      max: 100,
    });
  });

  it('takes every judged request when no request has a type, and rounds to one decimal', () => {
    const rows = [
      ...times(2, { answeredAt: '2026-07-02 10:00:00', result: 'satisfied' }),
      row({ answeredAt: '2026-09-25 10:00:00', repeatFlag: true, result: 'explained' }),
    ].map((r) => ({ ...r, receivedAt: '2026-07-01 10:00:00' }));
    const a = analyse(rows).selfAssessment;
    // 15 working days from 1 July 2026, Capital Day (Monday 6 July) off: 23 July; the third answer is late.
    expect(a.timeliness).toEqual({ points: 26.7, max: 40, percent: 66.7, base: 3 });
    expect(a.repeated).toEqual({ points: 26.7, max: 40, percent: 66.7, base: 3 });
    expect(a.satisfied).toEqual({ points: 13.3, max: 20, percent: 66.7, base: 3 });
    expect(a.total).toBe(66.7);
  });
});

describe('edge cases', () => {
  it('an empty quarter: zeros, empty lists, the three months, no points', () => {
    const s = analyse([], []);
    expect(s.total).toBe(0);
    expect([s.byChannel, s.byLanguage, s.byCategory, s.byType, s.districts]).toEqual([[], [], [], [], []]);
    expect(s.repeats).toMatchObject({
      flagged: 0,
      found: 0,
      total: 0,
      identified: 0,
      byTopic: [],
      byRegion: [],
    });
    expect(s.answers.timeliness.onTimePercent).toBeNull();
    expect(s.quality.wait).toEqual({
      calls: 0,
      averageSeconds: null,
      p90Seconds: null,
      within40Percent: null,
    });
    expect(s.quality.rating).toEqual({ rated: 0, average: null, distribution: [0, 0, 0, 0, 0] });
    expect(s.quality.byMonth.map((m) => m.month)).toEqual(['2026-07', '2026-08', '2026-09']);
    expect(s.selfAssessment.total).toBeNull();
    expect(s.selfAssessment.timeliness).toEqual({ points: null, max: 40, percent: null, base: 0 });
  });

  it('a quarter without any optional field: coverage zero, nulls, no lists', () => {
    const rand = seeded(5);
    const rows = times(40, () => ({
      receivedAt: q3Day(rand.int(0, 91)),
      region: 'KZ-75' as const,
      topic: rand.pick(TOPICS),
    }));
    const s = analyse(rows, rows.slice(0, 10));
    expect(Object.values(s.coverage).every((n) => n === 0)).toBe(true);
    expect([
      s.byChannel,
      s.byLanguage,
      s.byCategory,
      s.byType,
      s.answers.byType,
      s.answers.results,
      s.districts,
    ]).toEqual([[], [], [], [], [], [], []]);
    expect(s.repeats.total).toBe(0);
    expect(s.answers.timeliness.judged).toBe(0);
    expect(s.quality.byChannel).toEqual([]);
    expect(s.selfAssessment.total).toBeNull();
  });

  it('says which period retention removed', () => {
    const s = buildQuality(
      SELECTION,
      period('2026-Q3', [row({ channel: 'phone' })]),
      period('2026-Q2', [], [], true),
    );
    expect(s.purged).toEqual({ quarter: false, previous: true });
    expect(s.byChannel).toEqual([{ channel: 'phone', count: 1, previousCount: 0 }]);
    expect(s.previousTotal).toBe(0);
  });
});
