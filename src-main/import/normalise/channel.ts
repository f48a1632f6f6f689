// The channel a request came by, as CRMs and e-Appeals exports write it ('Телефон 1414', 'WhatsApp',
// 'e-Otinish', 'Виртуальная приемная Президента', 'нарочно'…), folded to the sources the appeals practice names.
import type { Channel } from '../../shared/service';
import { isBlank, matchKey, type CellValue } from './text';

export interface ChannelResult {
  /** 'other' for a value no rule knows: still counted, and reported to the analyst as unrecognised. */
  value: Channel | null;
  recognised: boolean;
}

// Checked in this order, each word as the start of a word of the cell: e-mail before the paper post
// ('электронная почта' is not a letter), messengers before the phone ('телеграм' starts like 'тел').
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
      'эл. почта',
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
      'блог',
      'президент',
      'ақорда',
      'акорда',
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
      'е-отиниш',
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
      'телеграм',
      'viber',
      'вайбер',
      'мессенджер',
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
  [
    'mobileApp',
    [
      'мобильное приложение',
      'мобильного приложения',
      'мобильді қосымша',
      'приложение',
      'қосымша',
      'mobile app',
    ],
  ],
  ['website', ['сайт', 'веб', 'web', 'интернет', 'онлайн', 'online', 'чат', 'портал']],
  [
    'phone',
    [
      'телефон',
      'тел',
      'звонок',
      'звонк',
      'қоңырау',
      'call',
      'колл',
      '1414',
      '8 800',
      '8800',
      'горячая линия',
      'сенім телефоны',
      'ivr',
      'голос',
      'контакт центр',
      'контакт-центр',
      'байланыс орталығы',
    ],
  ],
  [
    'visit',
    [
      'личный прием',
      'личном приеме',
      'лично',
      'устно',
      'жеке қабылдау',
      'жеке',
      'визит',
      'прием граждан',
      'ауызша',
    ],
  ],
  [
    'paper',
    [
      'почта',
      'пошта',
      'письменн',
      'письмо',
      'бумажн',
      'нарочно',
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

const PREFIXES: readonly (readonly [Channel, readonly string[]])[] = RULES.map(
  ([channel, words]) => [channel, words.map((w) => ` ${matchKey(w)}`)] as const,
);

const EMPTY = Object.freeze<ChannelResult>({ value: null, recognised: true });
const UNKNOWN = Object.freeze<ChannelResult>({ value: 'other', recognised: false });
const FOUND: Readonly<Record<Channel, ChannelResult>> = Object.fromEntries(
  RULES.map(([c]) => [c, Object.freeze({ value: c, recognised: true })]),
) as Record<Channel, ChannelResult>;

export function normaliseChannel(value: CellValue): ChannelResult {
  if (isBlank(value)) return EMPTY;
  const key = ` ${matchKey(value)}`;
  for (const [channel, words] of PREFIXES) {
    if (words.some((w) => key.includes(w))) return FOUND[channel];
  }
  return UNKNOWN;
}
