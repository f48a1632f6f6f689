// The words the value vocabularies know, gathered once: what a «?» that Windows-1251 left in a Kazakh value may
// be put back from (lost-letters.ts).
import { PLACES } from '../../reference/gazetteer';
import { REGIONS } from '../../reference/regions';
import { CATEGORY_WORDS } from './category';
import { CHANNEL_WORDS } from './channel';
import { LANGUAGE_WORDS } from './language';
import { buildLexicon, type Lexicon } from './lost-letters';
import { REPEAT_WORDS } from './repeat';
import { REQUEST_TYPE_WORDS } from './request-type';
import { RESULT_WORDS } from './result';
import { SEX_WORDS } from './sex';
import { SOCIAL_STATUS_WORDS } from './social-status';

// Words of the places' and the regions' designators, which the reference names leave out.
const DESIGNATORS = [
  'облысы',
  'облыстық',
  'қаласы',
  'қала',
  'ауданы',
  'аудандық',
  'ауылы',
  'ауылдық',
  'кенті',
];

export const VALUE_LEXICON: Lexicon = buildLexicon([
  ...REGIONS.flatMap((r) => [r.nameRu, r.nameKk]),
  ...PLACES.flatMap((p) => [p.ru, p.kk, ...(p.aliases ?? [])]),
  ...DESIGNATORS,
  ...SEX_WORDS,
  ...LANGUAGE_WORDS,
  ...SOCIAL_STATUS_WORDS,
  ...CHANNEL_WORDS,
  ...CATEGORY_WORDS,
  ...REQUEST_TYPE_WORDS,
  ...RESULT_WORDS,
  ...REPEAT_WORDS,
]);
