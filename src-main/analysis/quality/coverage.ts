// How many of the quarter's requests carry each optional field.
import type { Coverage } from '../../shared/quality';
import type { QualityRow } from './rows';

export function coverage(rows: readonly QualityRow[]): Coverage {
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
  for (const r of rows) {
    if (r.channel !== null) c.channel++;
    if (r.language !== null) c.language++;
    if (r.category !== null) c.category++;
    if (r.requestType !== null) c.type++;
    if (r.repeatFlag !== null) c.repeatFlag++;
    if (r.applicant !== null) c.applicant++;
    if (r.answeredAt !== null) c.answeredAt++;
    if (r.deadline !== null) c.deadline++;
    if (r.result !== null) c.result++;
    if (r.waitSeconds !== null) c.waitSeconds++;
    if (r.rating !== null) c.rating++;
    if (r.district !== null && r.district.trim() !== '') c.district++;
  }
  return c;
}

/** Whether the quarter has any of the optional fields at all. */
export const hasAnyField = (c: Coverage): boolean => Object.values(c).some((n) => n > 0);
