import type { TFunction } from 'i18next';
import type { RowProblem } from './errors';

/** "«file», sheet «S», row 7, column B («Дата»): «31.02.2024» — reason", in the translator's language. */
export function problemText(t: TFunction, p: RowProblem): string {
  const where = t('cli:problemAt', {
    file: p.file,
    sheet: p.sheet,
    row: p.row,
    column: p.column,
    header: p.header,
  });
  return `${where}: «${p.value}» — ${t(`problems:${p.reason}`, p.params ?? {})}`;
}
