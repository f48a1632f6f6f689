// The channel a request came by, as CRMs and e-Appeals exports write it ('Телефон 1414', 'WhatsApp',
// 'e-Otinish', 'Виртуальная приемная Президента', 'нарочно'…), folded to the sources the appeals practice names.
import type { Channel } from '../../shared/quality';
import { prefixMatcher, type VocabularyResult } from './vocabulary';
import type { CellValue } from '../../shared/fold';

/** 'other' for a value no rule knows: still counted, and reported to the analyst as unrecognised. */
export type ChannelResult = VocabularyResult<Channel>;

// Checked in this order, each word as the start of a word of the cell, and a word written with a final space as
// a whole word ('тел ' is the phone, 'Телевидение' is not). E-mail before the paper post ('электронная почта' is
// not a letter), the messenger's 'Телеграм' before the paper 'Телеграмма' (a telegram, sent by post).
const RULES: readonly (readonly [Channel, readonly string[]])[] = [
  [
    'email',
    [
      'e-mail',
      'email',
      'емейл',
      'имейл',
      'электронная почта',
      'электронной почте',
      'эл почта',
      // matchKey drops the dot: 'Эл.почта' reads 'элпочта'.
      'эл.почта',
      'электрондық пошта',
      'электронды пошта',
    ],
  ],
  [
    'virtualReception',
    [
      'виртуальная приемная',
      'виртуальной приемной',
      'виртуалды қабылдау',
      // The akim's or the minister's blog, not a blogger.
      'блог ',
      'блога ',
      'блогу ',
      'блоге ',
      'блогы',
      'президент',
      'ақорда',
    ],
  ],
  [
    'egov',
    [
      'egov',
      'e-gov',
      'e-otinish',
      'eotinish',
      'e-өтініш',
      'е-өтініш',
      'электронное правительство',
      'электронного правительства',
      'электрондық үкімет',
      'еотиниш',
      'епортал',
      'единая система',
      'ЕСЭДО',
      'ИС обращения',
      'e-appeals',
      'eappeals',
    ],
  ],
  [
    'messenger',
    [
      'whatsapp',
      'ватсап',
      'вотсап',
      'уатсап',
      'telegram',
      'телеграм ',
      'телеграмм ',
      'телеграма ',
      'телеграме ',
      'телеграмом ',
      'viber',
      'вайбер',
      'мессенджер',
    ],
  ],
  [
    'socialNetwork',
    [
      'instagram',
      'инстаграм',
      'facebook',
      'фейсбук',
      'вконтакте',
      'vk',
      'tiktok',
      'тикток',
      'социальн',
      'соцсет',
      'әлеуметтік желі',
      'youtube',
      'ютуб',
    ],
  ],
  ['mobileApp', ['приложени', 'қосымша', 'mobile app']],
  ['website', ['сайт', 'веб', 'web', 'интернет', 'онлайн', 'online', 'чат', 'портал']],
  [
    'phone',
    [
      'телефон',
      'тел ',
      'звон',
      'қоңырау',
      'call',
      'колл',
      '1414',
      '8 800',
      '8800',
      'горячая линия',
      'ivr',
      'голос',
      'контакт центр',
      'байланыс орталығы',
    ],
  ],
  ['visit', ['личный прием', 'лично', 'устно', 'жеке қабылдау', 'визит', 'прием граждан', 'ауызша']],
  [
    'paper',
    [
      'почт',
      'пошта',
      'казпочт',
      'қазпошта',
      'kazpost',
      'qazpost',
      'телеграмм',
      'жеделхат',
      'письм',
      'бумажн',
      'нарочн',
      'курьер',
      'жазбаша',
      'хат',
      'қағаз',
      'канцеляр',
      'кеңсе',
    ],
  ],
  ['other', ['другое', 'другой', 'прочее', 'прочие', 'иное', 'басқа', 'өзге', 'other']],
];

const match = prefixMatcher(RULES, { unknown: 'other' });

export function normaliseChannel(value: CellValue): ChannelResult {
  return match(value);
}

/** Every word this vocabulary knows, as typed: what a damaged «?» may be put back from. */
export const CHANNEL_WORDS: readonly string[] = RULES.flatMap(([, words]) => words);
