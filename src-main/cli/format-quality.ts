// The service section of `analyze` without --json: one line per indicator the quarter's data carries.
import type { TFunction } from 'i18next';
import { regionByCode } from '../reference/regions';
import type { Lang } from '../shared/domain';
import { formatCount } from '../shared/format';
import {
  STATUTORY_WORKING_DAYS,
  WAIT_TARGET_SECONDS,
  type Counted,
  type QualityAnalysis,
} from '../shared/quality';
import { hasAnyField } from '../analysis/quality/coverage';

const n = (v: number) => formatCount(v, ' ');
const orDash = (v: number | null, unit = '') => (v === null ? '—' : `${n(v)}${unit}`);
const pct = (v: number | null) => orDash(v, ' %');
const DISTRICTS = 5;

/** Nothing when the quarter carries none of the optional fields (coverage all zero). */
export function formatQuality(t: TFunction, lang: Lang, s: QualityAnalysis): string[] {
  const c = s.coverage;
  if (!hasAnyField(c)) return [];
  const list = (items: (Counted & { name: string })[]) =>
    items
      .map((i) => t('cli:quality.item', { name: i.name, count: n(i.count), previous: n(i.previousCount) }))
      .join('; ');
  const region = (code: string) => {
    const r = regionByCode(code);
    return r ? (lang === 'kk' ? r.nameKk : r.nameRu) : t('cli:quality.regionUnspecified');
  };
  const out: string[] = ['', t('cli:quality.heading')];
  const line = (key: string, params: Record<string, unknown>) =>
    out.push(`  ${t(`cli:quality.${key}`, params)}`);

  if (c.channel > 0)
    line('byChannel', {
      list: list(s.byChannel.map((r) => ({ ...r, name: t(`cli:quality.channel.${r.channel}`) }))),
    });
  if (c.language > 0)
    line('byLanguage', {
      list: list(s.byLanguage.map((r) => ({ ...r, name: t(`cli:quality.language.${r.language}`) }))),
    });
  if (c.category > 0)
    line('byCategory', {
      list: list(s.byCategory.map((r) => ({ ...r, name: t(`cli:quality.category.${r.category}`) }))),
    });
  if (c.type > 0)
    line('byType', { list: list(s.byType.map((r) => ({ ...r, name: t(`cli:quality.type.${r.type}`) }))) });

  const r = s.repeats;
  if (c.repeatFlag > 0 || c.applicant > 0)
    line('repeats', {
      total: n(r.total),
      flagged: n(r.flagged),
      found: n(r.found),
      days: r.windowDays,
      previous: n(r.previousTotal),
    });
  if (c.applicant > 0)
    line('multiple', {
      n: r.multipleMinRequests,
      applicants: n(r.multiple.applicants),
      requests: n(r.multiple.requests),
      previousApplicants: n(r.multiple.previousApplicants),
      previousRequests: n(r.multiple.previousRequests),
    });

  const tl = s.answers.timeliness;
  if (tl.judged > 0) {
    line('timeliness', {
      percent: pct(tl.onTimePercent),
      onTime: n(tl.onTime),
      late: n(tl.late),
      overdue: n(tl.overdueUnanswered),
      pending: n(tl.pending),
      previous: pct(tl.previousOnTimePercent),
    });
    if (tl.deadlineGiven < tl.judged)
      line('statutory', {
        general: STATUTORY_WORKING_DAYS.application,
        complaint: STATUTORY_WORKING_DAYS.complaint,
      });
  }
  if (c.result > 0)
    line('results', {
      list: list(s.answers.results.map((x) => ({ ...x, name: t(`cli:quality.result.${x.result}`) }))),
    });

  const q = s.quality;
  if (q.wait.calls > 0)
    line('wait', {
      average: orDash(q.wait.averageSeconds),
      p90: orDash(q.wait.p90Seconds),
      seconds: WAIT_TARGET_SECONDS,
      within: pct(q.wait.within40Percent),
      calls: n(q.wait.calls),
    });
  if (q.rating.rated > 0)
    line('rating', {
      average: orDash(q.rating.average),
      rated: n(q.rating.rated),
      distribution: q.rating.distribution.map((k, i) => `${i + 1} — ${n(k)}`).join(', '),
    });
  if (c.district > 0)
    line('districts', {
      list: list(
        s.districts.slice(0, DISTRICTS).map((d) => ({ ...d, name: `${d.district} (${region(d.region)})` })),
      ),
    });

  const a = s.selfAssessment;
  if (a.total !== null) {
    line('selfAssessment', {
      total: orDash(a.total),
      timeliness: orDash(a.timeliness.points),
      repeated: orDash(a.repeated.points),
      satisfied: orDash(a.satisfied.points),
    });
    line('formula', {
      base: t(c.type > 0 ? 'cli:quality.baseTyped' : 'cli:quality.baseJudged', { count: n(a.repeated.base) }),
    });
  }
  return out;
}
