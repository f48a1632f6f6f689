import type { TFunction } from 'i18next';
import type { Lang } from '../../../../src-main/shared/domain';
import { NOT_SPECIFIED, type MappableField, type ValueChoice } from '../../../../src-main/shared/imports';

// Where the locales name each vocabulary's codes; the service-quality ones say "unspecified" for not specified.
const QUALITY_KEYS: Partial<Record<MappableField, string>> = {
  language: 'cli:quality.language',
  channel: 'cli:quality.channel',
  category: 'cli:quality.category',
  requestType: 'cli:quality.type',
  result: 'cli:quality.result',
};

/** A code of a field by its name in the analyst's language, as the справка and the overview name it. */
export function valueName(t: TFunction, lang: Lang, field: MappableField, choice: ValueChoice): string {
  if (choice.names) return choice.names[lang];
  const { code } = choice;
  if (field === 'socialStatus') return t(`common:socialStatus.${code}`);
  if (field === 'sex') return t(`common:sex.${code}`);
  const prefix = QUALITY_KEYS[field];
  if (prefix) return t(`${prefix}.${code === NOT_SPECIFIED ? 'unspecified' : code}`);
  return t('ui:import.values.notSpecified');
}

/** The name of a code as a mapping stores it, looked up among the field's choices. */
export function codeName(
  t: TFunction,
  lang: Lang,
  field: MappableField,
  code: string,
  choices: Partial<Record<MappableField, ValueChoice[]>>,
): string {
  return valueName(t, lang, field, choices[field]?.find((c) => c.code === code) ?? { code });
}
