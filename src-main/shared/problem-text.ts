import type { TFunction } from 'i18next';
import type { AppError, RowProblem } from './errors';

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

/** An error's message in the translator's language, the field codes among its parameters named in it too. */
export function errorText(t: TFunction, e: AppError): string {
  const params: Record<string, string | number> = { ...e.params };
  if (typeof e.params['fields'] === 'string') {
    params['fieldNames'] = e.params['fields']
      .split(',')
      .filter(Boolean)
      .map((f) => t(`common:field.${f}`))
      .join(', ');
  }
  return t(`errors:${e.code}`, params);
}
