// Headers of the appeals and service-quality fields, Russian and Kazakh, and the ones they must not take.
import { describe, expect, it } from 'vitest';
import { recogniseHeader } from '../../src-main/import/detect/columns';
import { detectColumns } from '../../src-main/import/detect/columns';
import { findHeaderRow, mapColumns } from '../fixtures/detect';
import { fieldsOf, headersOf, KK_APPEAL_COLUMNS, RU_APPEAL_COLUMNS } from '../fixtures/export-headers';
import type { Field } from '../../src-main/shared/domain';

const HEADERS: Partial<Record<Field, string[]>> = {
  category: [
    'Категория',
    'КАТЕГОРИЯ',
    'Категория вопроса',
    'Категория обращения',
    'Категория вопроса (стратегический/типовой/жалоба)',
    'Санаты',
    'Мәселе санаты',
    'Өтініш санаты',
  ],
  requestType: [
    'Вид обращения',
    'Тип обращения',
    'Вид запроса',
    'Характер обращения',
    'Вид обращения (заявление/жалоба)',
    'Өтініш түрі',
    'Өтініштің түрі',
    'Сұрау салу түрі',
  ],
  repeat: [
    'Повторное',
    'Повторность',
    'Признак повторности',
    'Повторное обращение',
    'Повторное обращение (да/нет)',
    'Повторный?',
    'Қайталама',
    'Қайталанған',
    'Қайталама өтініш',
  ],
  answeredAt: [
    'Дата ответа',
    'Дата и время ответа',
    'Дата исполнения',
    'Фактическая дата исполнения',
    'Дата закрытия',
    'Дата ответа заявителю',
    'Дата и время ответа на обращение',
    'Жауап берілген күн',
    'Жауап берілген күні',
    'Орындалған күні',
  ],
  deadline: [
    'Срок исполнения',
    'Контрольный срок',
    'Срок ответа',
    'Срок рассмотрения',
    'Плановая дата исполнения',
    'Дата контроля',
    'Срок исполнения (до)',
    'Орындау мерзімі',
    'Бақылау мерзімі',
    'Қарау мерзімі',
  ],
  result: [
    'Результат рассмотрения',
    'Результат',
    'Характер ответа',
    'Итог рассмотрения',
    'Решение',
    'Результат рассмотрения обращения',
    'Қарау нәтижесі',
    'Нәтижесі',
    'Жауап сипаты',
  ],
  waitSeconds: [
    'Время ожидания, сек',
    'Время ожидания',
    'Ожидание',
    'Ожидание, сек.',
    'Время в очереди',
    'Время ожидания ответа оператора, сек',
    'Күту уақыты, сек',
    'Күту уақыты',
    'Кезекте күту уақыты (сек)',
  ],
  callSeconds: [
    'Длительность разговора, сек',
    'Длительность разговора',
    'Длительность звонка',
    'Продолжительность звонка (сек)',
    'Время разговора',
    'Длительность, сек',
    'Сөйлесу ұзақтығы, сек',
    'Сөйлесу ұзақтығы',
    'Қоңырау ұзақтығы',
  ],
  rating: [
    'Оценка консультанта',
    'Оценка',
    'Оценка качества обслуживания',
    'Оценка качества консультации (1-5)',
    'Балл',
    'Консультант бағасы',
    'Бағасы',
    'Қызмет сапасын бағалау',
  ],
  phone: [
    'Телефон',
    'Номер телефона',
    '№ телефона',
    'Контактный телефон',
    'Телефон заявителя',
    'Телефон заявителя (моб.)',
    'Тел.',
    'Телефон нөмірі',
    'Байланыс телефоны',
    'Өтініш берушінің телефоны',
  ],
};

describe('appeal-field headers', () => {
  for (const [field, headers] of Object.entries(HEADERS)) {
    it.each(headers)(`«%s» → ${field}`, (h) =>
      expect(recogniseHeader(h)).toMatchObject({ field, known: true }),
    );
  }

  // The existing fields keep their headers.
  it.each<[string, Field]>([
    ['Дата поступления', 'receivedAt'],
    ['Дата и время поступления', 'receivedAt'],
    ['Дата регистрации', 'receivedAt'],
    ['Дата', 'receivedAt'],
    ['Түскен күні', 'receivedAt'],
    ['Дата рождения', 'birthDate'],
    ['Тематика', 'topic'],
    ['Тема обращения', 'topic'],
    ['Категория заявителя', 'socialStatus'],
    ['Социальная категория', 'socialStatus'],
    ['Канал', 'channel'],
    ['Канал поступления', 'channel'],
    ['Канал (телефон, сайт)', 'channel'],
    ['Источник', 'channel'],
    ['Способ обращения', 'channel'],
    ['Номер обращения', 'regNumber'],
    ['Язык обращения', 'language'],
    ['Содержание обращения', 'text'],
    ['ИИН', 'iin'],
  ])('«%s» stays %s', (h, field) => expect(recogniseHeader(h)).toMatchObject({ field, known: true }));

  // Columns about the answer that hold no value of ours: known, never read.
  it.each([
    'Ответ',
    'Текст ответа',
    'Содержание ответа',
    'Исполнитель',
    'Ответственный исполнитель',
    'Нарушение срока',
    'Просрочено',
    'ФИО заявителя',
    'Email',
  ])('«%s» is known and never read', (h) =>
    expect(recogniseHeader(h)).toMatchObject({ field: null, known: true }),
  );

  // The moment of a call is its date, not its length.
  it.each([
    'Дата и время звонка',
    'Дата, время звонка',
    'Дата/время звонка',
    'Дата и время вызова',
    'Дата и время разговора',
  ])('«%s» stays receivedAt', (h) =>
    expect(recogniseHeader(h)).toMatchObject({ field: 'receivedAt', known: true }),
  );

  it.each([
    'Время звонка (длительность)',
    'Время звонка, сек',
    'Звонок: продолжительность',
    'Қоңырау ұзақтығы',
  ])('«%s» is the length of the call', (h) =>
    expect(recogniseHeader(h)).toMatchObject({ field: 'callSeconds', known: true }),
  );

  // A bare "Время звонка" is the time of day of a split date and time, or the date itself: its values decide.
  it.each(['Время звонка', 'Время вызова'])('«%s» is the time or the date, as its values are', (h) => {
    const ctx = { today: { year: 2026, month: 12, day: 1 }, date1904: false };
    const of = (cells: string[]) =>
      detectColumns([{ header: h, cells }], 0, new Map(), new Map(), ctx)[0]?.field;
    expect(of(['09:15', '10:02', '11:40', '12:05', '14:30'])).toBe('receivedTime');
    expect(of(['01.07.2024 09:15', '01.07.2024 10:02', '02.07.2024 11:40', '03.07.2024 12:05'])).toBe(
      'receivedAt',
    );
  });

  // Phones that are not the applicant's: known, never read.
  it.each([
    'Телефон оператора',
    'Номер телефона оператора',
    'Телефон доверия',
    'Телефон исполнителя',
    'Тел. сотрудника',
    'Телефон специалиста',
    'Оператордың телефоны',
    'Сенім телефоны',
  ])('«%s» is not the applicant’s phone', (h) =>
    expect(recogniseHeader(h)).toMatchObject({ field: null, known: true }),
  );

  // The day an answer is expected is its deadline, not the day it was given.
  it.each(['Ожидаемая дата ответа', 'Плановая дата ответа', 'Предполагаемая дата ответа'])(
    '«%s» → deadline',
    (h) => expect(recogniseHeader(h)).toMatchObject({ field: 'deadline', known: true }),
  );

  it.each(['Количество повторных обращений', 'Запись разговора', 'Примечание'])('«%s» is never read', (h) =>
    expect(recogniseHeader(h).field).toBeNull(),
  );

  it('maps a Russian export with every appeal-field column', () => {
    const header = [
      '№ п/п',
      'Рег. номер',
      'Дата поступления',
      'Канал поступления',
      'Регион',
      'Тематика',
      ...headersOf(RU_APPEAL_COLUMNS),
    ];
    const found = findHeaderRow([['Отчет за 3 квартал'], header], 0, new Map(), () => new Map());
    expect(found?.index).toBe(1);
    expect(found?.columns.map((c) => c.field)).toEqual([
      null,
      'regNumber',
      'receivedAt',
      'channel',
      'region',
      'topic',
      ...fieldsOf(RU_APPEAL_COLUMNS),
    ]);
  });

  it('maps a Kazakh export with every appeal-field column', () => {
    const cols = mapColumns(
      ['Тіркеу нөмірі', 'Түскен күні', 'Байланыс арнасы', 'Өңір', 'Тақырып', ...headersOf(KK_APPEAL_COLUMNS)],
      0,
      new Map(),
      new Map(),
    );
    expect(cols.map((c) => c.field)).toEqual([
      'regNumber',
      'receivedAt',
      'channel',
      'region',
      'topic',
      ...fieldsOf(KK_APPEAL_COLUMNS),
    ]);
    expect(cols.every((c) => c.source === 'recognised')).toBe(true);
  });

  it('lets the analyst keep a phone column unread', () => {
    const cols = mapColumns(['Дата', 'Телефон'], 0, new Map([['телефон', null]]), new Map());
    expect(cols.map((c) => [c.field, c.source])).toEqual([
      ['receivedAt', 'recognised'],
      [null, 'given'],
    ]);
  });
});
