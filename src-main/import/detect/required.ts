// The fields every figure of the Methodology rests on. Without the date a request cannot be placed in a quarter at
// all; without the topic or the region it would be counted as "not specified", which the analyst must agree to.
import type { Field, OptionalField } from '../../shared/domain';
import type { ColumnMatch } from '../../shared/imports';

/** Where the region may come from, in the order it is taken (see normalise/row.ts). */
export const REGION_SOURCES: readonly Field[] = ['region', 'city', 'district', 'address'];

/** The required fields no column of a sheet gives. */
export function missingFields(columns: readonly ColumnMatch[]): OptionalField[] {
  const has = (f: Field) => columns.some((c) => c.field === f);
  const out: OptionalField[] = [];
  if (!has('topic')) out.push('topic');
  if (!REGION_SOURCES.some(has)) out.push('region');
  return out;
}
