// A file's values as they may be shown outside the encrypted store (Law No. 94-V): in the import's reports and
// messages and in the rejected-rows CSV. An identifier keeps the ends the analyst needs to find its row, a name, an
// e-mail or an address nothing, free text whatever is not personal data typed into it.
import { MASK, maskIin, maskPhone } from '../shared/mask';
import { isPersonalHeader } from './detect/columns';
import { maskPersonalData } from './normalise/personal-data';
import type { ColumnMatch } from '../shared/imports';

/** `value` of the column `column` (undefined past the header's end), fit to be shown. */
export function shownValue(column: ColumnMatch | undefined, value: string): string {
  if (value.trim() === '') return value;
  switch (column?.field ?? null) {
    case 'iin':
      return maskIin(value);
    case 'phone':
      return maskPhone(value);
    case 'address':
      return MASK;
    // Unread columns and the text are free: a note, a comment, a request may hold anything.
    case null:
      return column && isPersonalHeader(column.header) ? MASK : maskPersonalData(value);
    case 'text':
      return maskPersonalData(value);
    default:
      return value;
  }
}
