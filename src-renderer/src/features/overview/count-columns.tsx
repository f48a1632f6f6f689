import type { TFunction } from 'i18next';
import type { Column } from '../../components/DataTable';
import { formatCount, percent } from '../../format';
import { quarterShort, share, shareValue } from './charts';

/** What a row of a count table holds for the quarter and its comparison period. */
export interface Counts {
  count: number;
  previous: number;
  changePercent: number | null;
}

/**
 * The columns every count table of the overview has after its name: the quarter, its share of `base`, the
 * comparison period and the change.
 */
export function countColumns<T>(
  t: TFunction,
  period: { quarter: string; previousQuarter: string },
  base: number,
  of: (row: T) => Counts,
): Column<T>[] {
  return [
    {
      key: 'count',
      label: quarterShort(t, period.quarter),
      value: (r) => of(r).count,
      render: (r) => formatCount(of(r).count),
      numeric: true,
    },
    {
      key: 'share',
      label: t('ui:overview.share'),
      value: (r) => shareValue(of(r).count, base),
      render: (r) => share(of(r).count, base),
      numeric: true,
    },
    {
      key: 'previous',
      label: quarterShort(t, period.previousQuarter),
      value: (r) => of(r).previous,
      render: (r) => formatCount(of(r).previous),
      numeric: true,
    },
    {
      key: 'change',
      label: t('ui:overview.changePct'),
      value: (r) => of(r).changePercent,
      render: (r) => percent(of(r).changePercent),
      numeric: true,
    },
  ];
}
