// The analyst's own readings of vocabulary values no rule knows («домохозяйка» → other, «ер адам» → male), handed
// to the row normaliser by the import and to the analysis of the portrait (db/value-aliases.ts keeps them): tried
// before the rules, as an answer the analyst gave outranks a guess. Pure.
import { foldKey } from './fold';
import { NOT_SPECIFIED, type MappableField } from './imports';

/** aliasKey(field, spelling) → code. */
export type ValueAliases = ReadonlyMap<string, string>;

export const NO_VALUE_ALIASES: ValueAliases = new Map();

const keyOf = (field: MappableField, folded: string): string => `${field}\u0000${folded}`;

/** The lookup key of a field's spelling: compared folded, so «Домохозяйка » is «домохозяйка». */
export const aliasKey = (field: MappableField, value: string): string => keyOf(field, foldKey(value));

/**
 * The code the analyst mapped this spelling to: a code of the field, null for "not specified", undefined when
 * the spelling was never mapped.
 */
export function aliasedCode(
  aliases: ValueAliases,
  field: MappableField,
  value: string,
): string | null | undefined {
  if (aliases.size === 0) return undefined;
  const code = aliases.get(aliasKey(field, value));
  return code === undefined ? undefined : code === NOT_SPECIFIED ? null : code;
}

/** The lookup map of the mappings the store keeps (`key` already folded). */
export function valueAliasMap(
  rows: readonly { field: MappableField; key: string; code: string }[],
): ValueAliases {
  return new Map(rows.map((r) => [keyOf(r.field, r.key), r.code]));
}
