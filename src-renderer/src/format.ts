import type { TFunction } from 'i18next';
import { formatCount, formatStamp } from '../../src-main/shared/format';

export { formatCount, formatStamp };

export function quarterLabel(t: TFunction, quarter: string): string {
  const m = /^(\d{4})-Q([1-4])$/.exec(quarter);
  return m ? t('analysis:quarterName', { quarter: m[2], year: m[1] }) : quarter;
}

export function percent(v: number | null): string {
  if (v === null) return '—';
  return `${v > 0 ? '+' : v < 0 ? '−' : ''}${formatCount(Math.abs(v))}\u00a0%`;
}
