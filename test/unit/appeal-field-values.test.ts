// The normalisers of the appeals and service-quality fields, and what a row makes of them.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src-main/i18n';
import { parseCategory } from '../../src-main/import/normalise/category';
import { normaliseChannel } from '../../src-main/import/normalise/channel';
import { parseDuration } from '../../src-main/import/normalise/duration';
import { hashIin } from '../../src-main/import/normalise/iin';
import { hashPhone, parsePhone } from '../../src-main/import/normalise/phone';
import { parseRating } from '../../src-main/import/normalise/rating';
import { parseRepeat } from '../../src-main/import/normalise/repeat';
import { parseRequestType } from '../../src-main/import/normalise/request-type';
import { parseResult } from '../../src-main/import/normalise/result';
import { normaliseRow, type FieldColumns, type RowContext } from '../../src-main/import/normalise/row';
import { boundedMemo, prefixMatcher } from '../../src-main/import/normalise/vocabulary';
import type { Cell } from '../../src-main/import/read/types';
import { FIELDS } from '../../src-main/shared/domain';
import type { ProblemReason } from '../../src-main/shared/errors';

const BLANKS = ['', '   ', '\u00a0', '—', null, undefined];

describe('normaliseChannel', () => {
  it.each([
    ['Телефон 1414', 'phone'],
    ['Тел.', 'phone'],
    ['тел 1414', 'phone'],
    ['Звонок', 'phone'],
    ['Контакт-центр', 'phone'],
    ['Сенім телефоны', 'phone'],
    ['WhatsApp', 'messenger'],
    ['Телеграм', 'messenger'],
    ['Телеграмм', 'messenger'],
    ['через телеграм-канал', 'messenger'],
    ['Telegram', 'messenger'],
    ['Мессенджер', 'messenger'],
    ['e-Otinish', 'egov'],
    ['е-Өтініш', 'egov'],
    ['Виртуальная приемная Президента', 'virtualReception'],
    ['Блог акима', 'virtualReception'],
    ['Блог', 'virtualReception'],
    ['в блоге министра', 'virtualReception'],
    ['Электронная почта', 'email'],
    ['Эл.почта', 'email'],
    ['эл.почта', 'email'],
    ['эл. почта', 'email'],
    ['E-mail', 'email'],
    ['Мобильное приложение', 'mobileApp'],
    ['Мобильного приложения', 'mobileApp'],
    ['Мобильді қосымша', 'mobileApp'],
    ['Сайт', 'website'],
    ['Instagram', 'socialNetwork'],
    ['Личный прием', 'visit'],
    ['На личном приеме', 'visit'],
    ['Жеке қабылдау', 'visit'],
    ['Почта', 'paper'],
    ['Почтовое отправление', 'paper'],
    ['Казпочта', 'paper'],
    ['Қазпошта', 'paper'],
    ['Телеграмма', 'paper'],
    ['Письменно', 'paper'],
    ['Письмо', 'paper'],
    ['Нарочно', 'paper'],
    ['Другое', 'other'],
  ])('%j is %s', (input, value) => expect(normaliseChannel(input)).toEqual({ value, recognised: true }));

  it.each(BLANKS)('%j is empty and recognised', (input) =>
    expect(normaliseChannel(input)).toEqual({ value: null, recognised: true }),
  );

  // Words that only begin like a channel's.
  it.each(['Телевидение', 'Жеке тұлға', 'Блогер', 'Сигнальный костер'])(
    '%j is no channel: other, unrecognised',
    (input) => expect(normaliseChannel(input)).toEqual({ value: 'other', recognised: false }),
  );

  it('returns the same frozen result for the same spelling', () => {
    expect(normaliseChannel('WhatsApp')).toBe(normaliseChannel('WhatsApp'));
    expect(Object.isFrozen(normaliseChannel('Сигнальный костер'))).toBe(true);
  });
});

describe('prefixMatcher', () => {
  const RULES = [
    ['a', ['тел ', 'звон']],
    ['b', ['телев', 'звонок']],
  ] as const;

  it('matches word beginnings, and a word written with a final space only whole', () => {
    const match = prefixMatcher(RULES);
    expect(match('тел. 1414')).toEqual({ value: 'a', recognised: true });
    expect(match('Телевидение')).toEqual({ value: 'b', recognised: true });
    expect(match('отель')).toEqual({ value: null, recognised: false });
    // The first rule decides.
    expect(match('Звонок')).toEqual({ value: 'a', recognised: true });
  });

  it('with `single`, leaves a value two rules know unrecognised', () => {
    const match = prefixMatcher(RULES, { single: true });
    expect(match('Звонил')).toEqual({ value: 'a', recognised: true });
    expect(match('Звонок')).toEqual({ value: null, recognised: false });
  });

  it('gives its own value to what it does not know, and reads blanks as empty', () => {
    const match = prefixMatcher(RULES, { unknown: 'b' });
    expect(match('что-то')).toEqual({ value: 'b', recognised: false });
    for (const blank of BLANKS) expect(match(blank)).toEqual({ value: null, recognised: true });
  });
});

describe('boundedMemo', () => {
  it('computes each key once, and starts afresh past its limit', () => {
    const seen: string[] = [];
    const memo = boundedMemo((k) => {
      seen.push(k);
      return { k };
    }, 2);
    const first = memo('a');
    expect(memo('a')).toBe(first);
    memo('b');
    expect(seen).toEqual(['a', 'b']);
    // A third key clears the memo: 'a' is computed anew.
    memo('c');
    expect(memo('a')).not.toBe(first);
    expect(seen).toEqual(['a', 'b', 'c', 'a']);
  });
});

describe('parseCategory', () => {
  it.each([
    ['Стратегический', 'strategic'],
    ['стратегический вопрос', 'strategic'],
    ['СТРАТЕГИЧЕСКИЕ', 'strategic'],
    ['Стратегиялық', 'strategic'],
    ['стратегиялык мәселе', 'strategic'],
    ['Типовой', 'typical'],
    ['типовой вопрос', 'typical'],
    ['Типичный', 'typical'],
    ['Типтік', 'typical'],
    ['типтик', 'typical'],
    ['Үлгілік', 'typical'],
    ['улгилик', 'typical'],
    ['Жалоба', 'complaint'],
    ['ЖАЛОБЫ', 'complaint'],
    ['  жалоба\u00a0', 'complaint'],
    ['Шағым', 'complaint'],
    ['шагым', 'complaint'],
  ])('%j is %s', (input, value) => expect(parseCategory(input)).toEqual({ value, recognised: true }));

  it.each(BLANKS)('%j is empty and recognised', (input) =>
    expect(parseCategory(input)).toEqual({ value: null, recognised: true }),
  );

  it.each(['Срочный', 'тип', 'Типовая жалоба', '1', 'вопрос', 'Важный'])('%j is not recognised', (input) =>
    expect(parseCategory(input)).toEqual({ value: null, recognised: false }),
  );

  it('returns frozen results', () => expect(Object.isFrozen(parseCategory('Жалоба'))).toBe(true));
});

describe('parseRequestType', () => {
  it.each([
    ['Заявление', 'application'],
    ['заявление гражданина', 'application'],
    ['Өтініш', 'application'],
    ['отиниш', 'application'],
    ['Жалоба', 'complaint'],
    ['жалоба на действия должностного лица', 'complaint'],
    ['Шағым', 'complaint'],
    ['Предложение', 'proposal'],
    ['Ұсыныс', 'proposal'],
    ['усыныс', 'proposal'],
    ['Запрос', 'request'],
    ['запрос информации', 'request'],
    ['Запрос  информации', 'request'],
    ['Сұрау салу', 'request'],
    ['сурау салу', 'request'],
    ['Отклик', 'response'],
    ['Ден қою', 'response'],
    ['Сообщение', 'message'],
    ['Хабарлама', 'message'],
    ['Консультация', 'consultation'],
    ['консультация по телефону', 'consultation'],
    ['Кеңес', 'consultation'],
    ['кенес беру', 'consultation'],
    ['Справка по телефону', 'consultation'],
    ['Иное', 'other'],
    ['Басқа', 'other'],
    ['ЗАЯВЛЕНИЕ / өтініш', 'application'],
  ])('%j is %s', (input, value) => expect(parseRequestType(input)).toEqual({ value, recognised: true }));

  it.each(BLANKS)('%j is empty and recognised', (input) =>
    expect(parseRequestType(input)).toEqual({ value: null, recognised: true }),
  );

  it.each(['Звонок', 'Запрос на консультацию', 'Справка', 'Ответ', '5'])('%j is not recognised', (input) =>
    expect(parseRequestType(input)).toEqual({ value: null, recognised: false }),
  );
});

describe('parseResult', () => {
  it.each([
    ['Удовлетворено', 'satisfied'],
    ['Поддержано', 'satisfied'],
    ['Решено положительно', 'satisfied'],
    ['Қанағаттандырылды', 'satisfied'],
    ['канагаттандырылды', 'satisfied'],
    ['Оң шешілді', 'satisfied'],
    ['Разъяснено', 'explained'],
    ['Дано разъяснение', 'explained'],
    ['даны разъяснения', 'explained'],
    ['Түсіндірілді', 'explained'],
    ['Түсініктеме берілді', 'explained'],
    ['Отказано', 'refused'],
    ['Не поддержано', 'refused'],
    ['НЕ УДОВЛЕТВОРЕНО', 'refused'],
    ['Отклонено', 'refused'],
    ['отказано с разъяснением', 'refused'],
    ['Бас тартылды', 'refused'],
    ['Қолдау табылмады', 'refused'],
    ['Қанағаттандырылмады', 'refused'],
    ['Направлено по компетенции', 'forwarded'],
    ['направлено по компетенции в акимат', 'forwarded'],
    ['Перенаправлено', 'forwarded'],
    ['Передано', 'forwarded'],
    ['Құзыреті бойынша жіберілді', 'forwarded'],
    ['Оставлено без рассмотрения', 'other'],
    ['Прекращено', 'other'],
    ['Отозвано заявителем', 'other'],
    ['Қараусыз қалдырылды', 'other'],
    // A partial result is not a satisfied request.
    ['Частично удовлетворено', 'other'],
    ['удовлетворено частично', 'other'],
    ['Частично поддержано', 'other'],
    ['Ішінара қанағаттандырылды', 'other'],
    ['Удовлетворено, разъяснено', 'satisfied'],
    ['Разъяснено, удовлетворено', 'satisfied'],
    // Left without consideration, not refused on the merits.
    ['Отказано в рассмотрении', 'other'],
    ['Отказ в рассмотрении', 'other'],
    ['Консультирован', 'explained'],
    ['Консультирована', 'explained'],
    ['Проконсультирован', 'explained'],
    ['Консультация дана', 'explained'],
    ['Отказано в удовлетворении', 'refused'],
  ])('%j is %s', (input, value) => expect(parseResult(input)).toEqual({ value, recognised: true }));

  it.each(BLANKS)('%j is empty and recognised', (input) =>
    expect(parseResult(input)).toEqual({ value: null, recognised: true }),
  );

  it.each(['Ответ направлен в адрес заявителя', 'Жауап жіберілді', 'В работе', 'Исполнено', '1'])(
    '%j is not recognised',
    (input) => expect(parseResult(input)).toEqual({ value: null, recognised: false }),
  );
});

describe('parseRepeat', () => {
  it.each<[Cell | undefined, boolean]>([
    ['Да', true],
    ['да', true],
    ['ДА', true],
    ['Повторное', true],
    ['повторно', true],
    ['Повторный', true],
    ['Повт.', true],
    ['повт', true],
    ['Иә', true],
    ['ия', true],
    ['Қайталама', true],
    ['Қайталанған', true],
    ['кайталама', true],
    ['1', true],
    [1, true],
    [true, true],
    ['TRUE', true],
    ['+', true],
    ['Нет', false],
    ['нет', false],
    ['Первичное', false],
    ['первичный', false],
    ['Впервые', false],
    ['Не повторное', false],
    ['Не повт.', false],
    ['Жоқ', false],
    ['жок', false],
    ['Алғашқы', false],
    ['Бастапқы', false],
    ['Қайталанбаған', false],
    ['0', false],
    [0, false],
    [false, false],
    ['false', false],
    ['-', false],
  ])('%j is %s', (input, value) => expect(parseRepeat(input)).toEqual({ value, recognised: true }));

  it.each(['', '   ', '—', null, undefined])('%j is empty and recognised', (input) =>
    expect(parseRepeat(input)).toEqual({ value: null, recognised: true }),
  );

  it.each(['может быть', '2', 2, 0.5, '?', 'не знаю'])('%j is not recognised', (input) =>
    expect(parseRepeat(input)).toEqual({ value: null, recognised: false }),
  );
});

describe('parseDuration', () => {
  it.each<[Cell | undefined, number]>([
    [83, 83],
    [0, 0],
    [40.4, 40],
    ['83', 83],
    ['83,6', 84],
    ['  120 ', 120],
    // Excel time cells: fractions of a day.
    [83 / 86_400, 83],
    [(1 * 60 + 23) / 86_400 + 1e-9, 83],
    [0.5, 43_200],
    ['0:01:23', 83],
    ['00:01:23', 83],
    ['1:00:00', 3600],
    ['24:00:00', 86_400],
    ['01:23', 83],
    ['1:23', 83],
    ['83 сек', 83],
    ['83 сек.', 83],
    ['83сек', 83],
    ['83 с', 83],
    ['83 с.', 83],
    ['83 секунды', 83],
    ['83 секунд', 83],
    ['1 мин 23 сек', 83],
    ['1 мин. 23 с.', 83],
    ['1 минута 23 секунды', 83],
    ['1 мин, 23 сек', 83],
    ['1 мин и 23 сек', 83],
    ['2 мин', 120],
    ['2 минуты', 120],
    ['1,5 мин', 90],
    ['1 ч 2 мин', 3720],
    ['2 минут 5 секунд', 125],
    ['45 sec', 45],
    ['1 сағ 5 мин', 3900],
    ['5 м', 300],
    ['5м', 300],
    ['1м23с', 83],
    ['1 м 23 с', 83],
    ['1 м. 23 с.', 83],
    // A number written as text is seconds, never an Excel time: half a second rounds to one.
    ['0,5', 1],
    ['0.4', 0],
    ['0,99', 1],
  ])('%j is %i s', (input, value) => expect(parseDuration(input)).toEqual({ value, recognised: true }));

  it.each(BLANKS)('%j is empty and recognised', (input) =>
    expect(parseDuration(input)).toEqual({ value: null, recognised: true }),
  );

  it.each<Cell>([
    -5,
    '-5',
    '-0:01:00',
    86_401,
    100_000,
    '25:00:00',
    '1 мин 2 мин',
    '1 м 2 мин',
    'секунд',
    'мин',
    'долго',
    '1 час ожидания',
    '83 с половиной',
    '1:2:3',
    '12:75',
    true,
    Number.NaN,
  ])('%j is invalid', (input) => expect(parseDuration(input)).toEqual({ value: null, recognised: false }));
});

describe('parseRating', () => {
  it.each<[Cell | undefined, number]>([
    [1, 1],
    [5, 5],
    [4.0, 4],
    ['3', 3],
    [' 5 ', 5],
    ['5,0', 5],
    ['5 баллов', 5],
    ['4 балла', 4],
    ['1 балл', 1],
    ['5 б.', 5],
    ['4 (хорошо)', 4],
    ['4 - хорошо', 4],
    ['5 — отлично', 5],
    ['4 из 5', 4],
    ['4/5', 4],
    ['3 балла (удовлетворительно)', 3],
    ['Отлично', 5],
    ['отлично', 5],
    ['Хорошо', 4],
    ['Удовлетворительно', 3],
    ['Плохо', 2],
    ['Очень плохо', 1],
    ['очень  плохо', 1],
    ['Өте жақсы', 5],
    ['Жақсы', 4],
    ['жаксы', 4],
    ['Қанағаттанарлық', 3],
    ['Нашар', 2],
    ['Өте нашар', 1],
    ['5 ұпай', 5],
  ])('%j is %i', (input, value) => expect(parseRating(input)).toEqual({ value, recognised: true }));

  it.each(BLANKS)('%j is empty and recognised', (input) =>
    expect(parseRating(input)).toEqual({ value: null, recognised: true }),
  );

  it.each<Cell>([
    0,
    6,
    4.5,
    -1,
    '0',
    '6',
    '4,5',
    '4.5',
    '10',
    '8 из 10',
    '4 (отлично)',
    'нормально',
    'да',
    true,
  ])('%j is invalid', (input) => expect(parseRating(input)).toEqual({ value: null, recognised: false }));
});

describe('parsePhone', () => {
  it.each<[Cell | undefined, string]>([
    ['+7 701 555 12 34', '7015551234'],
    ['+7 (701) 555-12-34', '7015551234'],
    ['8 701 555 12 34', '7015551234'],
    ['87015551234', '7015551234'],
    ['77015551234', '7015551234'],
    [77_015_551_234, '7015551234'],
    [87_015_551_234, '7015551234'],
    ['7015551234', '7015551234'],
    [7_015_551_234, '7015551234'],
    ['8 (7172) 55-12-34', '7172551234'],
    ['тел. +7-727-255-12-34', '7272551234'],
  ])('%j is %s', (input, value) => expect(parsePhone(input)).toEqual({ value, recognised: true }));

  it.each(BLANKS)('%j is empty and recognised', (input) =>
    expect(parsePhone(input)).toEqual({ value: null, recognised: true }),
  );

  it.each<Cell>([
    '555-12-34',
    '5551234',
    '6015551234',
    '97015551234',
    '+7 701 555 12 34 5',
    '87015551234, 87771112233',
    'нет телефона',
    7.5,
    -7015551234,
    true,
  ])('%j is invalid', (input) => expect(parsePhone(input)).toEqual({ value: null, recognised: false }));

  it('hashes like the IIN, under the same salt, over "phone:" and the ten digits', () => {
    const salt = 'a'.repeat(64);
    const expected = createHmac('sha256', salt).update('phone:7015551234').digest('hex');
    expect(hashPhone('7015551234', salt)).toBe(expected);
    expect(hashPhone('7015551234', salt)).toBe(hashIin('phone:7015551234', salt));
    // Twelve digits that read both as an IIN and, in part, as a phone never share a hash.
    expect(hashPhone('7015551234', salt)).not.toBe(hashIin('7015551234', salt));
    expect(hashPhone('7015551234', 'b'.repeat(64))).not.toBe(expected);
  });
});

// The row: every field read, every problem a warning, no row refused.
const HEADERS = [
  'receivedAt',
  'channel',
  'category',
  'requestType',
  'repeat',
  'answeredAt',
  'deadline',
  'result',
  'waitSeconds',
  'callSeconds',
  'rating',
  'phone',
] as const;
const AT: FieldColumns = Object.fromEntries(HEADERS.map((f, i) => [f, i]));
const CTX: RowContext = {
  date1904: false,
  iinSalt: 's'.repeat(64),
  regionAliases: new Map(),
  today: { year: 2024, month: 11, day: 20 },
  purgedQuarters: new Set(),
  timeZone: 'Asia/Almaty',
};
const row = (over: Partial<Record<(typeof HEADERS)[number], Cell>>): Cell[] => {
  const base: Record<(typeof HEADERS)[number], Cell> = {
    receivedAt: '15.07.2024 10:30',
    channel: 'Телефон 1414',
    category: 'Типовой',
    requestType: 'Запрос информации',
    repeat: 'Нет',
    answeredAt: '16.07.2024 09:00',
    deadline: '05.08.2024',
    result: 'Разъяснено',
    waitSeconds: '35 сек',
    callSeconds: '0:03:10',
    rating: '5',
    phone: '+7 701 555 12 34',
    ...over,
  };
  return HEADERS.map((h) => base[h]);
};

describe('normaliseRow: appeal fields', () => {
  it('reads every field', () => {
    const out = normaliseRow(row({}), AT, 2, CTX);
    expect(out.errors).toEqual([]);
    expect(out.warnings).toEqual([]);
    expect(out.unmapped).toEqual([]);
    expect(out.record).toMatchObject({
      channel: 'phone',
      category: 'typical',
      requestType: 'request',
      repeatFlag: false,
      answeredAt: '2024-07-16 09:00:00',
      deadline: '2024-08-05',
      result: 'explained',
      waitSeconds: 35,
      callSeconds: 190,
      rating: 5,
      phoneHash: hashPhone('7015551234', CTX.iinSalt),
    });
    expect(JSON.stringify(out)).not.toContain('555');
  });

  it('leaves every field empty when its cell is empty', () => {
    const empty = Object.fromEntries(HEADERS.slice(1).map((h) => [h, null]));
    const out = normaliseRow(row(empty), AT, 2, CTX);
    expect(out.warnings).toEqual([]);
    expect(out.record).toMatchObject({
      channel: null,
      category: null,
      requestType: null,
      repeatFlag: null,
      answeredAt: null,
      deadline: null,
      result: null,
      waitSeconds: null,
      callSeconds: null,
      rating: null,
      phoneHash: null,
    });
  });

  it('keeps the row and warns about each value it cannot read', () => {
    const out = normaliseRow(
      row({
        channel: 'Сигнальный костер',
        category: 'Срочный',
        requestType: 'Звонок',
        repeat: 'может быть',
        answeredAt: '31.02.2024',
        deadline: 'скоро',
        result: 'В работе',
        waitSeconds: '-5',
        callSeconds: '25:00:00',
        rating: 6,
        phone: '555-12-34',
      }),
      AT,
      2,
      CTX,
    );
    expect(out.errors).toEqual([]);
    expect(out.warnings).toEqual([
      { field: 'channel', reason: 'channelUnrecognised' },
      { field: 'category', reason: 'categoryUnrecognised' },
      { field: 'requestType', reason: 'requestTypeUnrecognised' },
      { field: 'repeat', reason: 'repeatUnrecognised' },
      { field: 'answeredAt', reason: 'answerDateInvalid' },
      { field: 'deadline', reason: 'deadlineInvalid' },
      { field: 'result', reason: 'resultUnrecognised' },
      { field: 'waitSeconds', reason: 'durationInvalid' },
      { field: 'callSeconds', reason: 'durationInvalid' },
      { field: 'rating', reason: 'ratingInvalid' },
      { field: 'phone', reason: 'phoneInvalid' },
    ]);
    expect(out.unmapped).toEqual([
      { field: 'channel', value: 'Сигнальный костер' },
      { field: 'category', value: 'Срочный' },
      { field: 'requestType', value: 'Звонок' },
      { field: 'result', value: 'В работе' },
    ]);
    // An unknown channel is still counted, as "other"; every other unreadable field stays empty.
    expect(out.record).toMatchObject({
      channel: 'other',
      category: null,
      requestType: null,
      repeatFlag: null,
      answeredAt: null,
      deadline: null,
      result: null,
      waitSeconds: null,
      callSeconds: null,
      rating: null,
      phoneHash: null,
    });
  });

  it('refuses no answer date that fits, and keeps none earlier than the request or later than today', () => {
    const answer = (answeredAt: Cell) => normaliseRow(row({ answeredAt }), AT, 2, CTX);
    expect(answer('15.07.2024').record?.answeredAt).toBe('2024-07-15 00:00:00');
    expect(answer('15.07.2024').warnings).toEqual([]);
    expect(answer('15.07.2024 10:30').record?.answeredAt).toBe('2024-07-15 10:30:00');
    expect(answer('2024-07-20T08:00:00').record?.answeredAt).toBe('2024-07-20 08:00:00');
    expect(answer(45_500.5).record?.answeredAt).toBe('2024-07-27 12:00:00');
    expect(answer('20.11.2024').record?.answeredAt).toBe('2024-11-20 00:00:00');

    const early = answer('15.07.2024 09:00');
    expect(early.record?.answeredAt).toBeNull();
    expect(early.warnings).toEqual([
      { field: 'answeredAt', reason: 'answerBeforeReceived', params: { received: '15.07.2024' } },
    ]);
    expect(answer('10.07.2024').warnings.map((w) => w.reason)).toEqual(['answerBeforeReceived']);
    const future = answer('21.11.2024');
    expect(future.record?.answeredAt).toBeNull();
    expect(future.warnings).toEqual([
      { field: 'answeredAt', reason: 'answerInFuture', params: { today: '20.11.2024' } },
    ]);
  });

  it('reads the deadline as a day, and keeps none earlier than the request', () => {
    const due = (deadline: Cell) => normaliseRow(row({ deadline }), AT, 2, CTX);
    expect(due('05.08.2024 18:00').record?.deadline).toBe('2024-08-05');
    expect(due('2024-08-05').record?.deadline).toBe('2024-08-05');
    expect(due(45_509.75).record?.deadline).toBe('2024-08-05');
    expect(due('15.07.2024').record?.deadline).toBe('2024-07-15');
    const early = due('14.07.2024');
    expect(early.record?.deadline).toBeNull();
    expect(early.warnings).toEqual([
      { field: 'deadline', reason: 'deadlineBeforeReceived', params: { received: '15.07.2024' } },
    ]);
  });

  it('reads the request date and the answer date alike: blank, boolean, trimmed text', () => {
    expect(normaliseRow(row({ receivedAt: true }), AT, 2, CTX).errors).toEqual([
      { field: 'receivedAt', reason: 'dateMissing' },
    ]);
    expect(normaliseRow(row({ receivedAt: '   ' }), AT, 2, CTX).errors).toEqual([
      { field: 'receivedAt', reason: 'dateMissing' },
    ]);
    expect(normaliseRow(row({ receivedAt: '—' }), AT, 2, CTX).errors).toEqual([
      { field: 'receivedAt', reason: 'dateUnparseable' },
    ]);
    const trimmed = normaliseRow(
      row({ receivedAt: ' 15.07.2024 10:30 ', answeredAt: ' 16.07.2024 ' }),
      AT,
      2,
      CTX,
    );
    expect(trimmed.record).toMatchObject({
      receivedAt: '2024-07-15 10:30:00',
      answeredAt: '2024-07-16 00:00:00',
    });
    expect(normaliseRow(row({ answeredAt: '—' }), AT, 2, CTX).warnings).toEqual([]);
    expect(normaliseRow(row({ answeredAt: true }), AT, 2, CTX).warnings).toEqual([
      { field: 'answeredAt', reason: 'answerDateInvalid' },
    ]);
  });

  it('reads a formula error as a missing value with a remark', () => {
    const out = normaliseRow(row({ rating: '#N/A', phone: '#VALUE!' }), AT, 2, CTX);
    expect(out.record).toMatchObject({ rating: null, phoneHash: null });
    expect(out.warnings.map((w) => [w.field, w.reason])).toEqual([
      ['rating', 'cellError'],
      ['phone', 'cellError'],
    ]);
  });
});

describe('field names and problem texts', () => {
  const REASONS: ProblemReason[] = [
    'channelUnrecognised',
    'categoryUnrecognised',
    'requestTypeUnrecognised',
    'repeatUnrecognised',
    'answerDateInvalid',
    'answerBeforeReceived',
    'answerInFuture',
    'deadlineInvalid',
    'deadlineBeforeReceived',
    'resultUnrecognised',
    'durationInvalid',
    'ratingInvalid',
    'phoneInvalid',
  ];

  it.each(['ru', 'kk'] as const)('%s names every new field and reason', (lang) => {
    const t = translator(lang);
    for (const f of FIELDS) expect(t(`common:field.${f}`), f).not.toBe(`common:field.${f}`);
    for (const r of REASONS) {
      const text = t(`problems:${r}`, { received: '15.07.2024', today: '20.11.2024' });
      expect(text, r).not.toBe(r);
      expect(text, r).not.toContain('{{');
    }
  });

  it('writes the Kazakh ones in Kazakh', () => {
    const kk = translator('kk');
    const ru = translator('ru');
    for (const r of REASONS) {
      expect(kk(`problems:${r}`), r).toMatch(/[әғқңөұүһі]/i);
      expect(kk(`problems:${r}`), r).not.toBe(ru(`problems:${r}`));
    }
  });
});
