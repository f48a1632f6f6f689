// The refusal of a file whose topic or region no column gives: it names the file and the sheet, lists the
// columns with a few of their values, and says how to map one or to go on without it.
import type { SheetReport } from '../shared/contract';
import type { Field } from '../shared/domain';
import { AppFailure } from '../shared/errors';

const MAX_COLUMNS = 40;

export function missingColumnsError(file: string, sheet: SheetReport, fields: readonly Field[]): AppFailure {
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
