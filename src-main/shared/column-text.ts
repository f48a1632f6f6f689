// What a column of an import was read as, and why, in the translator's language: the CLI's report and the
// import screen say it alike.
import type { TFunction } from 'i18next';
import type { ColumnMatch } from './imports';

const percent = (x: number): number => Math.round(x * 100);

/** «заголовок; подходят значения: 200 из 200; скрытый столбец» — what the choice of the column's field rests on. */
export function evidenceText(t: TFunction, c: ColumnMatch): string {
  const why: string[] = [];
  if (c.source === 'recognised' && c.evidence) {
    why.push(t(`cli:import.evidence.${c.evidence.header}`));
    if (c.evidence.sampled > 0) why.push(t('cli:import.evidence.values', { ...c.evidence }));
  } else if (c.source === 'remembered' || c.source === 'given')
    why.push(t(`cli:import.evidence.${c.source}`));
  if (c.hidden) why.push(t('cli:import.evidence.hidden'));
  return why.join('; ');
}

/** A rival for the analyst to check: another column for the same field, or the field an unread column is like. */
export function alternativeText(t: TFunction, c: ColumnMatch): string {
  const a = c.alternative;
  if (!a) return '';
  const params = {
    field: t(`common:field.${a.field}`),
    percent: percent(a.confidence),
    column: a.column ?? '',
    header: a.header ?? '',
  };
  if (c.field !== null) return t('cli:import.evidence.rival', params);
  return t(a.column ? 'cli:import.evidence.likelyTaken' : 'cli:import.evidence.likely', params);
}

/** «96 %», or nothing where the analyst chose the field. */
export function confidenceText(c: ColumnMatch): string {
  return c.confidence === undefined ? '' : `${percent(c.confidence)} %`;
}
