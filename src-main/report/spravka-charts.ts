// Which charts the справка carries, from the analysis, with every visible word localised. Pure.
import type { TFunction } from 'i18next';
import type { Analysis } from '../shared/analysis';
import { SOCIAL_STATUSES, type Lang } from '../shared/domain';
import { topicName } from '../shared/names';
import { AGE_BANDS } from '../shared/portrait';
import { barChart, dynamicsChart } from './charts';
import type { SpravkaChart } from './spravka-doc';
import { parseQuarter } from '../shared/dates';

/** The width the document places charts at, so one SVG px prints as one pt. */
export const CHART_WIDTH = 460;
const DYNAMICS_QUARTERS = 8;

export function spravkaCharts(t: TFunction, lang: Lang, a: Analysis): SpravkaChart[] {
  const charts: SpravkaChart[] = [];
  const shown = a.dynamics.filter((d) => d.quarter <= a.quarter).slice(-DYNAMICS_QUARTERS);
  if (shown.length > 1) {
    const points = shown.map((d) => {
      const q = parseQuarter(d.quarter);
      const label = q ? t('analysis:quarterShort', { quarter: q.quarter, year: q.year }) : d.quarter;
      return { label, count: d.count, current: d.quarter === a.quarter };
    });
    charts.push({ title: t('report:doc.dynamicsChart'), svg: dynamicsChart(points, { width: CHART_WIDTH }) });
  }
  if (a.top10.length) {
    const bars = a.top10.map((r) => ({ label: topicName(a, r.topic, lang).text, count: r.count }));
    charts.push({
      title: t('report:doc.topChart'),
      svg: barChart(bars, { width: CHART_WIDTH, horizontal: true }),
    });
  }
  const p = a.portrait;
  if (a.total > 0) {
    const age = AGE_BANDS.map((b) => ({
      label: t(`analysis:ageBand.${b}`),
      count: p.age[b],
      muted: b === 'unknown',
    }));
    charts.push({ title: t('report:doc.ageChart'), svg: barChart(age, { width: CHART_WIDTH }) });
    const sex = (['female', 'male', 'unknown'] as const).map((s) => ({
      label: t(`common:sex.${s}`),
      count: p.sex[s],
      muted: s === 'unknown',
    }));
    charts.push({
      title: t('report:doc.sexChart'),
      svg: barChart(sex, { width: CHART_WIDTH, horizontal: true }),
    });
    const status = SOCIAL_STATUSES.map((s) => ({
      label: t(`common:socialStatus.${s}`),
      count: p.socialStatus[s],
      muted: s === 'other' || s === 'unknown',
    }));
    charts.push({
      title: t('report:doc.statusChart'),
      svg: barChart(status, { width: CHART_WIDTH, horizontal: true }),
    });
  }
  return charts;
}
