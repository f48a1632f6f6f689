// The overview's bar charts in the project's colours: the reporting quarter in the accent, others grey, the
// "not specified" bar hatched grey and labelled, so it never reads as a band of its own.
import { ACCENT, PAST } from '../../components/EChart';
import type { TFunction } from 'i18next';
import { formatCount } from '../../format';

const UNKNOWN = { color: '#eef0f3', borderColor: '#5b6475', borderType: 'dashed', borderWidth: 1 } as const;

export function bars(labels: string[], values: number[], o: { highlight?: number; unknown?: number } = {}) {
  return {
    grid: { left: 8, right: 16, top: 22, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => formatCount(v) },
    xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, color: '#1a1f2b' } },
    yAxis: { type: 'value', axisLabel: { color: '#5b6475', formatter: (v: number) => formatCount(v) } },
    series: [
      {
        type: 'bar',
        data: values.map((v, i) => ({
          value: v,
          itemStyle:
            i === o.unknown
              ? {
                  ...UNKNOWN,
                  decal: {
                    symbol: 'rect',
                    dashArrayX: [1, 0],
                    dashArrayY: [2, 4],
                    rotation: 0.8,
                    color: '#9aa3ad',
                  },
                }
              : { color: o.highlight === undefined || i === o.highlight ? ACCENT : PAST },
        })),
        label: {
          show: true,
          position: 'top',
          color: '#1a1f2b',
          formatter: (p: { value: number }) => formatCount(p.value),
        },
      },
    ],
  };
}

/** A share of a total in percent, one decimal, as the screens write it ("12,5 %"). */
export function share(n: number, total: number): string {
  if (total === 0) return '—';
  return `${formatCount(Math.round((n / total) * 1000) / 10)}\u00a0%`;
}

/** The same share as a number for a spreadsheet; null over an empty total. */
export const shareValue = (n: number, total: number): number | null =>
  total === 0 ? null : Math.round((n / total) * 1000) / 10;

/** "3 кв. 2026": a column heading that keeps the table narrow. */
export function quarterShort(t: TFunction, quarter: string): string {
  const m = /^(\d{4})-Q([1-4])$/.exec(quarter);
  return m ? t('analysis:quarterShort', { quarter: m[2], year: m[1] }) : quarter;
}
