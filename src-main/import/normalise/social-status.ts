// Social status for the §13 portrait. Sources fill this column by hand in Russian or Kazakh, in singular or
// plural, abbreviated, sometimes with two statuses in one cell: the first matching rule below decides.
import type { SocialStatus } from '../../shared/domain';
import { hasLatin, latinKey, looseKey, matchKey } from '../../shared/fold';
import { boundedMemo } from './vocabulary';
import { isBlank } from './blank';

export interface SocialStatusResult {
  value: SocialStatus;
  recognised: boolean;
}

const RESULTS: Readonly<Record<SocialStatus, SocialStatusResult>> = Object.freeze({
  employee: Object.freeze({ value: 'employee', recognised: true }),
  entrepreneur: Object.freeze({ value: 'entrepreneur', recognised: true }),
  pensioner: Object.freeze({ value: 'pensioner', recognised: true }),
  disability: Object.freeze({ value: 'disability', recognised: true }),
  largeFamily: Object.freeze({ value: 'largeFamily', recognised: true }),
  student: Object.freeze({ value: 'student', recognised: true }),
  educated: Object.freeze({ value: 'educated', recognised: true }),
  noEducation: Object.freeze({ value: 'noEducation', recognised: true }),
  unemployed: Object.freeze({ value: 'unemployed', recognised: true }),
  other: Object.freeze({ value: 'other', recognised: false }),
  unknown: Object.freeze({ value: 'unknown', recognised: true }),
});

type Category = Exclude<SocialStatus, 'other' | 'unknown'>;

// The §13 labels of the Methodology in both languages and their everyday short forms.
const EXACT: readonly (readonly [Category, readonly string[]])[] = [
  [
    'employee',
    [
      'наемные работники',
      'наемный работник',
      'работающий',
      'работает',
      'рабочий',
      'служащий',
      'госслужащий',
      'жалдамалы жұмыскерлер',
      'жалдамалы жұмыскер',
      'қызметкер',
      'жұмыс істейді',
    ],
  ],
  [
    'entrepreneur',
    [
      'лица, зарегистрированные в качестве индивидуального предпринимателя и лица, занимающиеся частной практикой',
      'индивидуальный предприниматель',
      'ип',
      'предприниматель',
      'частная практика',
      'жеке кәсіпкер ретінде тіркелген адамдар және жеке практикамен айналысатын адамдар',
      'жеке кәсіпкер',
      'жк',
      'кәсіпкер',
    ],
  ],
  ['pensioner', ['пенсионеры', 'пенсионер', 'пенсионерка', 'зейнеткерлер', 'зейнеткер']],
  [
    'disability',
    [
      'лица, имеющие группу инвалидности',
      'инвалид',
      'лицо с инвалидностью',
      'лси',
      'мүгедектік тобы бар адамдар',
      'мүгедек',
    ],
  ],
  [
    'largeFamily',
    [
      'многодетные семьи',
      'многодетная семья',
      'многодетная мать',
      'көп балалы отбасылар',
      'көп балалы отбасы',
    ],
  ],
  [
    'student',
    [
      'лица, обучающиеся в организациях образования',
      'студент',
      'учащийся',
      'школьник',
      'білім беру ұйымдарында оқитын адамдар',
      'студент',
      'оқушы',
    ],
  ],
  [
    'educated',
    [
      'лица, получившие образование',
      'с образованием',
      'высшее образование',
      'білім алған адамдар',
      'білім алған',
    ],
  ],
  ['noEducation', ['лица, не имеющие образования', 'без образования', 'білімі жоқ адамдар', 'білімі жоқ']],
  [
    'unemployed',
    [
      'лица, зарегистрированные в качестве безработных',
      'безработный',
      'безработная',
      'не работает',
      'жұмыссыз ретінде тіркелген адамдар',
      'жұмыссыз',
    ],
  ],
];

interface Rule {
  status: Category;
  /** Word beginnings and phrases found anywhere in the cell. */
  contains: readonly string[];
  /** Abbreviations that only count as whole words ('ип' must not match inside 'типа'). */
  words?: readonly string[];
  extra?: (padded: string) => boolean;
}

// Order matters: a more specific status first, and every negation before the word it negates
// ('безработный' before 'работ', 'без образования' before 'образован', 'обучающиеся в организациях образования'
// before 'образован', 'не работающий пенсионер' is a pensioner).
const RULES: readonly Rule[] = [
  {
    status: 'disability',
    contains: [
      'инвалид',
      'мүгедек',
      // Kazakh voices the final к before a vowel: «2 топ мүгедегі», «мүгедегімін».
      'мүгедег',
      'ограниченными возможност',
      'ограниченные возможност',
      'мүмкіндігі шектеулі',
      'disab',
    ],
    words: ['лси', 'инв', 'лов'],
  },
  { status: 'largeFamily', contains: ['многодет', 'көп балалы', 'көпбалалы', 'large family'] },
  { status: 'pensioner', contains: ['пенси', 'зейнет', 'pension', 'retire'] },
  {
    status: 'student',
    contains: [
      'студент',
      'учащ',
      'обучающ',
      'школьни',
      'ученик',
      'учится',
      'магистрант',
      'докторант',
      'аспирант',
      'курсант',
      'оқушы',
      'оқитын',
      'оқиды',
      'білім алушы',
      'білім беру ұйым',
      'student',
      'pupil',
    ],
  },
  {
    status: 'unemployed',
    contains: [
      'безработ',
      'жұмыссыз',
      'не работа',
      'неработа',
      'не трудоустроен',
      'нетрудоустроен',
      'без работы',
      'жұмыс істемей',
      'жұмысы жоқ',
      'unemploy',
    ],
  },
  {
    status: 'noEducation',
    contains: ['без образован', 'білімсіз', 'білім алмаған', 'no education'],
    // 'не имеет образования', 'образования нет', 'білімі жоқ' in any word order.
    extra: (p) =>
      (p.includes('образован') && (p.includes(' не ') || p.includes(' нет ') || p.includes(' без '))) ||
      (p.includes('билим') && p.includes(' жок ')),
  },
  {
    status: 'entrepreneur',
    contains: [
      'предприним',
      'кәсіпкер',
      'частн практ',
      'частная практ',
      'частной практ',
      'частнопракт',
      'жеке практика',
      'бизнесмен',
      'нотариус',
      'адвокат',
      'частный судебный исполн',
      'жеке сот орындаушы',
      'медиатор',
      'entrepreneur',
      'private practice',
    ],
    words: ['ип', 'жк', 'чп'],
  },
  {
    status: 'employee',
    contains: [
      'наемн',
      'работ',
      'рабоч',
      'служащ',
      'сотрудник',
      'трудоустроен',
      'жалдамалы',
      'жұмыскер',
      'жұмысшы',
      'қызметкер',
      'қызметші',
      'жұмыс істе',
      'жұмыс жаса',
      'бюджетн',
      'employ',
      'worker',
    ],
  },
  {
    status: 'educated',
    contains: ['образован', 'высш', 'средн', 'білім', 'бакалавр', 'магистр', 'диплом', 'educat', 'degree'],
    words: ['жоғары', 'жоғарғы', 'орта'],
  },
];

interface CompiledRule {
  status: Category;
  contains: readonly string[];
  words: readonly string[];
  extra: ((padded: string) => boolean) | undefined;
}

interface Compiled {
  exact: ReadonlyMap<string, Category>;
  rules: readonly CompiledRule[];
}

function compile(keyOf: (word: string) => string): Compiled {
  return {
    exact: new Map(EXACT.flatMap(([status, labels]) => labels.map((l) => [keyOf(l), status] as const))),
    rules: RULES.map((r) => ({
      status: r.status,
      contains: r.contains.map(keyOf),
      words: (r.words ?? []).map((w) => ` ${keyOf(w)} `),
      extra: r.extra,
    })),
  };
}

const AS_WRITTEN = compile(matchKey);
// Values in the Latin alphabet, read as Cyrillic ('Zeınetker', 'Jumyssyz'), against the words keyed alike.
const AS_LATIN = compile(looseKey);

// «не пенсионер», «Мүгедек емес», «мүгедектігі жоқ»: a category denied is no category, and no guess either.
const NEGATION_BEFORE_RE = /(?:^|\s)(?:не|нет)(?:\s+(?:имеет|является|состоит|относится\s+к))?\s+$/;
const NEGATION_AFTER_RE = /^\S*\s+(?:емес|жок|нет)(?:\s|$)/;

function denied(padded: string, needle: string): boolean {
  const at = padded.indexOf(needle);
  return (
    NEGATION_BEFORE_RE.test(padded.slice(0, at + (needle.startsWith(' ') ? 1 : 0))) ||
    NEGATION_AFTER_RE.test(padded.slice(at + needle.length - (needle.endsWith(' ') ? 1 : 0)))
  );
}

function classify(key: string, table: Compiled): SocialStatusResult {
  const exact = table.exact.get(key);
  if (exact !== undefined) return RESULTS[exact];
  const padded = ` ${key} `;
  for (const rule of table.rules) {
    const needle =
      rule.contains.find((c) => padded.includes(c)) ?? rule.words.find((w) => padded.includes(w));
    if (needle !== undefined) return denied(padded, needle) ? RESULTS.other : RESULTS[rule.status];
    if (rule.extra?.(padded)) return RESULTS[rule.status];
  }
  return RESULTS.other;
}

// A status column holds a few dozen distinct spellings over a million rows; remembering them skips the rules.
const remembered = boundedMemo((raw) => {
  if (isBlank(raw)) return RESULTS.unknown;
  const found = classify(matchKey(raw), AS_WRITTEN);
  return found === RESULTS.other && hasLatin(raw) ? classify(latinKey(raw), AS_LATIN) : found;
});

/** The returned objects are shared and frozen. Unmapped text is 'other' and unrecognised, to be reported. */
export function parseSocialStatus(value: string | number): SocialStatusResult {
  return remembered(typeof value === 'string' ? value : String(value));
}

/** For tests and documentation: every label of the exact table with the category it maps to. */
export const SOCIAL_STATUS_LABELS: readonly (readonly [Category, readonly string[]])[] = EXACT;

/** Every word this vocabulary knows, as typed: what a damaged «?» may be put back from. */
export const SOCIAL_STATUS_WORDS: readonly string[] = [
  ...EXACT.flatMap(([, words]) => words),
  ...RULES.flatMap((r) => r.contains),
];
