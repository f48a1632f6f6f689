import type { Migration } from './migration';

// The appeals and service-quality fields an export may carry. The channel, stored until now as
// written, becomes one of the sources the appeals practice names, so that quarters compare by channel.
//
// The channel words and their folding are frozen as they stood when this migration was written: a store
// upgraded from version 8 today gets the channels it got then, whatever the import's rules have become.

// Checked in this order, each word as the start of a word of the value.
const CHANNEL_RULES: readonly (readonly [string, readonly string[]])[] = [
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

const INVISIBLE_RE = /[\u200b\u2060\u00ad]/g;
const WHITESPACE_RUN_RE = /\s+/g;
const DASH_ONLY_RE = /^[-‐‑‒–—―−\s]+$/;
const KK_FOLD: Readonly<Record<string, string>> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
  i: 'и',
  ё: 'е',
};
const KK_FOLD_RE = /[әғқңөұүһіiё]/g;
const DOT_RE = /\./g;
const NON_WORD_RUN_RE = /[^\p{L}\p{N}]+/gu;

function clean(value: string): string {
  return value.replace(INVISIBLE_RE, '').replace(WHITESPACE_RUN_RE, ' ').trim();
}

function key(value: string): string {
  return clean(value)
    .toLowerCase()
    .replace(KK_FOLD_RE, (c) => KK_FOLD[c] ?? c)
    .replace(DOT_RE, '')
    .replace(NON_WORD_RUN_RE, ' ')
    .trim();
}

const PREFIXES = CHANNEL_RULES.map(([channel, words]) => [channel, words.map((w) => ` ${key(w)}`)] as const);

/** The channel a stored value names; null for a blank one, 'other' for one no rule knows. */
function channelOf(raw: string): string | null {
  const s = clean(raw);
  if (s === '' || DASH_ONLY_RE.test(s)) return null;
  const k = ` ${key(s)}`;
  for (const [channel, words] of PREFIXES) if (words.some((w) => k.includes(w))) return channel;
  return 'other';
}

export const appealFields: Migration = {
  version: 9,
  name: 'service fields',
  up: (db) => {
    db.exec(`
      ALTER TABLE requests ADD COLUMN category TEXT CHECK (category IN ('strategic', 'typical', 'complaint'));
      ALTER TABLE requests ADD COLUMN request_type TEXT CHECK (request_type IN ('application', 'complaint',
        'proposal', 'request', 'response', 'message', 'consultation', 'other'));
      ALTER TABLE requests ADD COLUMN repeat_flag INTEGER CHECK (repeat_flag IN (0, 1));
      ALTER TABLE requests ADD COLUMN answered_at TEXT CHECK (answered_at GLOB
        '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9]');
      ALTER TABLE requests ADD COLUMN deadline TEXT CHECK (deadline GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]');
      ALTER TABLE requests ADD COLUMN result TEXT CHECK (result IN ('satisfied', 'explained', 'refused',
        'forwarded', 'other'));
      ALTER TABLE requests ADD COLUMN wait_seconds INTEGER CHECK (wait_seconds >= 0);
      ALTER TABLE requests ADD COLUMN call_seconds INTEGER CHECK (call_seconds >= 0);
      ALTER TABLE requests ADD COLUMN rating INTEGER CHECK (rating BETWEEN 1 AND 5);
      ALTER TABLE requests ADD COLUMN phone_hash TEXT;
    `);
    const channels = db
      .prepare<[], string>('SELECT DISTINCT channel FROM requests WHERE channel IS NOT NULL')
      .pluck()
      .all();
    const update = db.prepare('UPDATE requests SET channel = ? WHERE channel = ?');
    for (const raw of channels) update.run(channelOf(raw), raw);
  },
};
