// Pure: aggregates in, the Methodology's analysis out. No SQL, no I/O, no clock.
import { REGIONS } from '../reference/regions';
import { ageBand } from '../shared/portrait';
import type { Names } from '../shared/names';
import type { PortraitValueField } from '../shared/portrait';
import { portraitValueCode, portraitValueName } from '../reference/portrait-value-match';
import { aliasedCode, type ValueAliases } from '../shared/value-aliases';
import { nameInBothLanguages } from './topic-names';
import type {
  Analysis,
  Comparison,
  Driver,
  Portrait,
  RankedTopic,
  RegionRow,
  TopicRow,
  TopTie,
  ValueCount,
} from '../shared/analysis';
import { REGION_CODES, SOCIAL_STATUSES, type RegionCode, type SocialStatus } from '../shared/domain';
import { AGE_BANDS } from '../shared/portrait';
import type { Counted, PortraitAggregates, QuarterAggregates } from './aggregates';

const TOP = 10;
const DRIVERS = 5;
const byName = new Intl.Collator('ru', { sensitivity: 'variant', numeric: true }).compare;

export const UNSPECIFIED_REGION = { nameRu: 'Регион не указан', nameKk: 'Өңір көрсетілмеген' } as const;

import { changePercent, round1 } from '../shared/percent';

export { changePercent, round1 };

/** §11: strictly more than 30 % over a non-zero count; integer arithmetic, so exactly +30 % never flags. */
export function grewOver30(count: number, previous: number): boolean {
  return previous > 0 && count * 10 > previous * 13;
}

const byCountThenName = (a: { topic: string; count: number }, b: { topic: string; count: number }) =>
  b.count - a.count || byName(a.topic, b.topic);

/** §12: the ten topics with most requests; ties broken by name, and a tie across the cut-off reported. */
export function rankTop(counts: { topic: string; count: number }[]): {
  top: RankedTopic[];
  tie: TopTie | null;
} {
  const sorted = counts.filter((c) => c.count > 0).sort(byCountThenName);
  const top = sorted.slice(0, TOP).map((c, i) => ({ rank: i + 1, topic: c.topic, count: c.count }));
  const last = top[TOP - 1];
  const left = last ? sorted.slice(TOP).filter((c) => c.count === last.count) : [];
  return { top, tie: last && left.length > 0 ? { count: last.count, left: left.map((c) => c.topic) } : null };
}

const toMap = <K>(rows: Counted<K>[]) => new Map(rows.map((r) => [r.key, r.n]));

/**
 * The data's spellings of one field grouped by the value they name (the analyst's mapping first, then the rules);
 * unknown spellings stay as written, and those the analyst said tell nothing are left to "not specified".
 */
function valueCounts(
  field: PortraitValueField,
  rows: Counted<string>[],
  aliases: ValueAliases,
): ValueCount[] {
  const byCode = new Map<string, { value: string; top: number; count: number }>();
  const out: ValueCount[] = [];
  for (const r of rows) {
    const mapped = aliasedCode(aliases, field, r.key);
    if (mapped === null) continue;
    const code = mapped ?? portraitValueCode(field, r.key);
    if (code === null) {
      out.push({ value: r.key, code: null, names: null, count: r.n });
      continue;
    }
    const seen = byCode.get(code);
    if (!seen) byCode.set(code, { value: r.key, top: r.n, count: r.n });
    else {
      seen.count += r.n;
      if (r.n > seen.top) Object.assign(seen, { value: r.key, top: r.n });
    }
  }
  const names = (code: string) => ({
    ru: portraitValueName(field, code, 'ru'),
    kk: portraitValueName(field, code, 'kk'),
  });
  for (const [code, v] of byCode) out.push({ value: v.value, code, names: names(code), count: v.count });
  return out.sort((a, b) => b.count - a.count || byName(a.value, b.value));
}

/** §8.6: the portrait from its counts: age bands, sex, social status, the free-text values normalised. */
export function portrait(agg: PortraitAggregates): Portrait {
  const age = Object.fromEntries(AGE_BANDS.map((b) => [b, 0])) as Portrait['age'];
  for (const r of agg.ages) age[ageBand(r.key)] += r.n;
  const sex = { female: 0, male: 0, unknown: 0 };
  for (const r of agg.sex) sex[r.key === 'female' || r.key === 'male' ? r.key : 'unknown'] += r.n;
  const socialStatus = Object.fromEntries(SOCIAL_STATUSES.map((s) => [s, 0])) as Record<SocialStatus, number>;
  for (const r of agg.socialStatus) {
    const key = (SOCIAL_STATUSES as readonly string[]).includes(r.key) ? (r.key as SocialStatus) : 'other';
    socialStatus[key] += r.n;
  }
  return {
    age,
    sex,
    socialStatus,
    maritalStatus: valueCounts('maritalStatus', agg.maritalStatus, agg.valueAliases),
    education: valueCounts('education', agg.education, agg.valueAliases),
    occupation: valueCounts('occupation', agg.occupation, agg.valueAliases),
  };
}

function drivers(totalDelta: number, deltas: { key: string; delta: number }[]): Driver[] {
  if (totalDelta === 0) return [];
  return deltas
    .filter((d) => Math.sign(d.delta) === Math.sign(totalDelta))
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || byName(a.key, b.key))
    .slice(0, DRIVERS)
    .map((d) => ({ ...d, share: round1((d.delta / totalDelta) * 100) }));
}

export interface AnalysisFrame {
  quarter: string;
  previousQuarter: string;
  compare: Comparison;
  center: string | null;
}

export function buildAnalysis(
  frame: AnalysisFrame,
  agg: QuarterAggregates,
  /** The names the analyst gave topics, by the topic's own name. */
  storedNames: ReadonlyMap<string, Partial<Names>> = new Map(),
): Analysis {
  const total = agg.current.total;
  const previousTotal = agg.previous.total;

  const regionNow = toMap(agg.current.byRegion);
  const regionBefore = toMap(agg.previous.byRegion);
  const known = new Set<string>(REGION_CODES);
  const unspecified = (m: Map<string | null, number>) =>
    [...m].filter(([k]) => k === null || !known.has(k)).reduce((a, [, n]) => a + n, 0);
  const byRegion: RegionRow[] = [
    ...REGIONS.map((r) => ({
      code: r.code,
      nameRu: r.nameRu,
      nameKk: r.nameKk,
      count: regionNow.get(r.code) ?? 0,
      previousCount: regionBefore.get(r.code) ?? 0,
    })),
    {
      code: 'unspecified',
      ...UNSPECIFIED_REGION,
      count: unspecified(regionNow),
      previousCount: unspecified(regionBefore),
    },
  ];

  const name = (id: number) => agg.topicNames.get(id) ?? `#${id}`;
  const topicNow = toMap(agg.current.byTopic);
  const topicBefore = toMap(agg.previous.byTopic);
  const byTopic: TopicRow[] = [...topicNow]
    .filter((e): e is [number, number] => e[0] !== null)
    .map(([id, count]) => {
      const previousCount = topicBefore.get(id) ?? 0;
      return {
        topic: name(id),
        count,
        previousCount,
        changePercent: changePercent(count, previousCount),
        growthOver30: grewOver30(count, previousCount),
        isNew: previousCount === 0,
      };
    })
    .sort(byCountThenName);
  const disappearedTopics = [...topicBefore]
    .filter((e): e is [number, number] => e[0] !== null && !topicNow.has(e[0]))
    .map(([id, previousCount]) => ({ topic: name(id), previousCount }))
    .sort((a, b) => b.previousCount - a.previousCount || byName(a.topic, b.topic));

  const republic = rankTop(byTopic);
  const perRegion = new Map<string, { topic: string; count: number }[]>();
  for (const r of agg.regionTopic) {
    const list = perRegion.get(r.region) ?? [];
    list.push({ topic: name(r.topic), count: r.n });
    perRegion.set(r.region, list);
  }
  const top10ByRegion: Analysis['top10ByRegion'] = {};
  const top10ByRegionTies: Analysis['top10ByRegionTies'] = {};
  for (const code of REGION_CODES) {
    const ranked = rankTop(perRegion.get(code) ?? []);
    top10ByRegion[code as RegionCode] = ranked.top;
    if (ranked.tie) top10ByRegionTies[code as RegionCode] = ranked.tie;
  }

  const change = total - previousTotal;
  const topicDeltas = [
    ...byTopic.map((t) => ({ key: t.topic, delta: t.count - t.previousCount })),
    ...disappearedTopics.map((t) => ({ key: t.topic, delta: -t.previousCount })),
  ];
  const regionDeltas = byRegion.map((r) => ({ key: r.code, delta: r.count - r.previousCount }));

  return {
    ...frame,
    total,
    previousTotal,
    change,
    changePercent: changePercent(total, previousTotal),
    byRegion,
    byTopic,
    topicNotSpecified: { count: topicNow.get(null) ?? 0, previousCount: topicBefore.get(null) ?? 0 },
    disappearedTopics,
    top10: republic.top,
    top10Tie: republic.tie,
    top10ByRegion,
    top10ByRegionTies,
    portrait: portrait(agg),
    drivers: {
      direction: change > 0 ? 'rise' : change < 0 ? 'fall' : 'none',
      topics: drivers(change, topicDeltas),
      regions: drivers(change, regionDeltas),
    },
    topicNames: Object.fromEntries(
      [...byTopic.map((r) => r.topic), ...disappearedTopics.map((r) => r.topic)].map((name) => [
        name,
        nameInBothLanguages(name, storedNames.get(name)).names,
      ]),
    ),
    dynamics: agg.dynamics.map((d) => ({ quarter: d.quarter, count: d.n })),
  };
}
