// How many of the quarter's requests carry each optional field.
import type { QualityCounts } from '../../db/quality-rollup-reads';
import type { Coverage } from '../../shared/quality';

export function coverage(counts: QualityCounts): Coverage {
  const c: Coverage = {
    channel: 0,
    language: 0,
    category: 0,
    type: 0,
    repeatFlag: 0,
    applicant: 0,
    answeredAt: 0,
    deadline: 0,
    result: 0,
    waitSeconds: 0,
    rating: 0,
    district: 0,
  };
  for (const r of counts.cells) {
    if (r.channel !== null) c.channel += r.n;
    if (r.language !== null) c.language += r.n;
    if (r.category !== null) c.category += r.n;
    if (r.requestType !== null) c.type += r.n;
    if (r.result !== null) c.result += r.n;
    c.repeatFlag += r.repeatFlag;
    c.applicant += r.applicant;
    c.answeredAt += r.answeredAt;
    c.deadline += r.deadline;
    c.waitSeconds += r.waitSeconds;
    c.rating += r.rating;
  }
  for (const d of counts.districts) if (d.district.trim() !== '') c.district += d.n;
  return c;
}

/** Whether the quarter has any of the optional fields at all. */
export const hasAnyField = (c: Coverage): boolean => Object.values(c).some((n) => n > 0);
