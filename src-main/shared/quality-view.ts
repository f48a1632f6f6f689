// What the screen and the справка's annex show of a QualityAnalysis: which parts have data,
// the change column, districts under their regions, the self-assessment's substituted formula. Pure.
import type { TFunction } from 'i18next';
import { REGION_CODES, type RegionCode } from './domain';
import { formatCount } from './format';
import { changePercent } from './percent';
import type { Coverage, Counted, Criterion, DistrictCount, QualityAnalysis } from './quality';

/** The optional fields in the order the missing-fields line names them. */
export const COVERAGE_FIELDS: readonly (keyof Coverage)[] = [
  'channel',
  'language',
  'category',
  'type',
  'repeatFlag',
  'applicant',
  'answeredAt',
  'deadline',
  'result',
  'waitSeconds',
  'rating',
  'district',
];

export type QualityPart =
  | 'channels'
  | 'languages'
  | 'categories'
  | 'types'
  | 'repeats'
  | 'answers'
  | 'quality'
  | 'districts'
  | 'selfAssessment';

/** What the annex (and the screen) shows of an analysis: a part only where the export carries its fields. */
export function qualityParts(s: QualityAnalysis): Record<QualityPart, boolean> & {
  timeliness: boolean;
  results: boolean;
  wait: boolean;
  rating: boolean;
} {
  const c = s.coverage;
  const timeliness = c.answeredAt + c.deadline > 0 && s.answers.timeliness.judged > 0;
  const results = c.result > 0;
  const wait = c.waitSeconds > 0;
  const rating = c.rating > 0;
  return {
    channels: c.channel > 0,
    languages: c.language > 0,
    categories: c.category > 0,
    types: c.type > 0,
    repeats: c.repeatFlag + c.applicant > 0,
    answers: timeliness || results,
    timeliness,
    results,
    quality: wait || rating,
    wait,
    rating,
    districts: c.district > 0,
    selfAssessment: s.selfAssessment.total !== null,
  };
}

/** The optional fields none of the quarter's requests carries. */
export function missingFields(s: QualityAnalysis): (keyof Coverage)[] {
  return COVERAGE_FIELDS.filter((f) => s.coverage[f] === 0);
}

/** A row's change against the comparison period (see changePercent). */
export const changeOf = (row: Counted): number | null => changePercent(row.count, row.previousCount);

/** Districts grouped by their region, the regions in the official (KATO) order, "not specified" last. */
export function districtsByRegion(
  rows: readonly DistrictCount[],
): { region: RegionCode | 'unspecified'; count: number; previousCount: number; rows: DistrictCount[] }[] {
  const order = [...REGION_CODES, 'unspecified'] as const;
  return order
    .map((region) => {
      const list = rows.filter((r) => r.region === region);
      return {
        region,
        count: list.reduce((a, r) => a + r.count, 0),
        previousCount: list.reduce((a, r) => a + r.previousCount, 0),
        rows: [...list].sort((a, b) => b.count - a.count || b.previousCount - a.previousCount),
      };
    })
    .filter((g) => g.rows.length > 0);
}

/** The substituted formula of a criterion: "40 × 92,5 % = 37" or, for repeats, "40 × (1 − 7,5 %) = 37". */
export function criterionCalc(c: Criterion, repeated = false): string {
  if (c.points === null || c.percent === null) return '';
  const share = repeated
    ? `(1 − ${formatCount(Math.round((100 - c.percent) * 10) / 10)} %)`
    : `${formatCount(c.percent)} %`;
  return `${c.max} × ${share} = ${formatCount(c.points)}`;
}

/** 'YYYY-MM' as "июль 2026 г." / "2026 ж. шілде". */
export function monthLabel(t: TFunction, month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  return t('report:qualityAnnex.monthYear', {
    year: m[1],
    month: t(`report:qualityAnnex.month.${Number(m[2])}`),
  });
}

/** A district's leading questions on one line: «Отопление — 21; Жилищные вопросы — 9». */
export function leadingText(r: DistrictCount, name: (topic: string) => string = (topic) => topic): string {
  // No-break spaces keep a count with its topic.
  return r.leading.map((l) => `${name(l.topic)}\u00a0—\u00a0${formatCount(l.count)}`).join('; ');
}
