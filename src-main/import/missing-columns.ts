// The refusal of a file whose topic or region no column gives: it names the file and the sheet, lists the
// columns with a few of their values, and says how to map one or to go on without it.
import type { Field } from '../shared/domain';
import { AppFailure } from '../shared/errors';
import { headerKey } from './detect/header-text';
import type { SheetReport } from '../shared/imports';

const MAX_COLUMNS = 40;

/**
 * The refusal of a sheet without its topic or region. A header the analyst mapped that the sheet does not have is
 * said first: it is the typo that left the field missing.
 */
export function missingColumnsError(
  file: string,
  sheet: SheetReport,
  fields: readonly Field[],
  given: ReadonlyMap<string, unknown> = new Map(),
): AppFailure {
  const headers = sheet.columns.map((c) => c.header).filter(Boolean);
  const keys = new Set(headers.map(headerKey));
  const typo = [...given.keys()].find((k) => !keys.has(k));
  if (typo !== undefined) {
    return new AppFailure({ code: 'unknownHeader', params: { header: typo, headers: headers.join(', ') } });
  }
  return missingColumns(file, sheet, fields);
}

function missingColumns(file: string, sheet: SheetReport, fields: readonly Field[]): AppFailure {
  const columns = sheet.columns
    .filter((c) => c.header !== '')
    .slice(0, MAX_COLUMNS)
    .map((c) => {
      const examples = c.examples?.length ? ` (${c.examples.join('; ')})` : '';
      return `${c.column} «${c.header}»${examples}`;
    });
  const likely = sheet.columns
    .filter((c) => c.field === null && c.alternative && fields.includes(c.alternative.field))
    .map((c) => `«${c.header}»`);
  return new AppFailure({
    code: 'missingColumns',
    params: {
      file,
      sheet: sheet.sheet,
      fields: fields.join(','),
      columns: columns.join('; '),
      likely: likely.join(', '),
    },
  });
}
