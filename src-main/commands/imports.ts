import type { Handlers } from '../core/registry';
import type { Store } from '../db/client';
import { forgetShape, listShapes } from '../db/mappings';
import { forgetValue, listValueAliases, mapValue } from '../db/value-aliases';
import type { createImportService } from '../import/service';
import { PORTRAIT_VALUES } from '../reference/portrait-values';
import type { importCommands } from '../shared/commands/imports';
import { fail } from '../shared/errors';
import {
  MAPPABLE_FIELDS,
  NOT_SPECIFIED,
  VALUE_CODES,
  type MappableField,
  type ValueAliasList,
  type ValueChoice,
} from '../shared/imports';
import { PORTRAIT_VALUE_FIELDS, type PortraitValueField } from '../shared/portrait';

const isPortrait = (field: MappableField): field is PortraitValueField =>
  (PORTRAIT_VALUE_FIELDS as readonly string[]).includes(field);

/** The codes a field's spelling may be mapped to: the portrait's with their names, "not specified" last. */
function choicesOf(field: MappableField): ValueChoice[] {
  if (!isPortrait(field)) return VALUE_CODES[field].map((code) => ({ code }));
  return [
    ...PORTRAIT_VALUES[field].map((v) => ({ code: v.code, names: { ru: v.ru, kk: v.kk } })),
    { code: NOT_SPECIFIED },
  ];
}

const CHOICES = Object.fromEntries(MAPPABLE_FIELDS.map((f) => [f, choicesOf(f)])) as Record<
  MappableField,
  ValueChoice[]
>;

const valueList = (store: Store): ValueAliasList => ({ aliases: listValueAliases(store), choices: CHOICES });

export const importHandlers = (
  store: Store,
  service: ReturnType<typeof createImportService>,
  now: () => string,
): Handlers<keyof typeof importCommands> => ({
  'imports.shapes': () => listShapes(store),
  'imports.forgetShape': ({ signature }) => {
    forgetShape(store, signature);
    return listShapes(store);
  },
  'imports.preview': (o, job) => service.preview(o, job),
  'imports.run': (o, job) => service.run(o, job),
  'imports.undo': ({ batchId }) => service.undo(batchId),
  'values.list': () => valueList(store),
  'values.map': ({ field, value, code }) => {
    const codes = CHOICES[field].map((c) => c.code);
    if (!codes.includes(code)) fail('unknownValueCode', { code, codes: codes.join(', ') });
    const moved = mapValue(store, { field, value, code, now: now() });
    return { moved, list: valueList(store) };
  },
  'values.forget': ({ field, value }) => {
    forgetValue(store, field, value);
    return valueList(store);
  },
});
