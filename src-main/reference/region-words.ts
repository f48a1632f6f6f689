// The words around a region's name that say what kind of unit it is, not which. Listed folded (қ→к, і→и, й→и …)
// because they are compared with folded words. Pure data.

export const REGION_WORDS: ReadonlySet<string> = new Set([
  'область',
  'области',
  'обл',
  'облть',
  'облыс',
  'облысы',
  'облысынын',
  'region',
  'oblast',
  'oblys',
  'oblysy',
  'obl',
  'province',
]);

export const CITY_WORDS: ReadonlySet<string> = new Set([
  'г',
  'гор',
  'город',
  'к',
  'кала',
  'каласы',
  'city',
  'gorod',
  'g',
  'qala',
  'qalasy',
  'kala',
  'kalasy',
]);

/** "город республиканского значения", "республикалық маңызы бар қала", "столица" add nothing. */
export const NOISE_WORDS: ReadonlySet<string> = new Set([
  'республиканского',
  'значения',
  'столица',
  'республикалык',
  'манызы',
  'бар',
]);

/** What a district value says besides the district's name: its kind, its administration, the region around it. */
export const DISTRICT_WORDS: ReadonlySet<string> = new Set([
  'район',
  'района',
  'районы',
  'рн',
  'р',
  'ауданы',
  'аудан',
  'district',
  'raion',
  'rayon',
  'audany',
  'audan',
  'га',
  'а',
  'городская',
  'администрация',
  'акимат',
  'пгт',
  'поселок',
  'пос',
  'п',
  'село',
  'с',
  'ауыл',
  'ауылы',
  'кенти',
  ...CITY_WORDS,
  ...REGION_WORDS,
  ...NOISE_WORDS,
]);

/** «Солтүстік Казахстан»: the Kazakh name with the country spelled the Russian way. */
export const WORD_SYNONYMS: ReadonlyMap<string, string> = new Map([['казахстан', 'казакстан']]);
