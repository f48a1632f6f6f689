import { describe, expect, it } from 'vitest';
import { recogniseHeader } from '../../src-main/import/detect/columns';
import { findHeaderRow, mapColumns } from '../fixtures/detect';
import { isTotalsRow } from '../../src-main/import/detect/totals-row';
import type { Field } from '../../src-main/shared/domain';

const HEADERS: Record<Field, string[]> = {
  regNumber: [
    'Рег. номер',
    'Регистрационный номер',
    '№ обращения',
    'Номер запроса',
    'Тіркеу нөмірі',
    'Тіркеу №',
    'Рег.№ обращения',
  ],
  receivedAt: [
    'Дата поступления',
    'Дата и время обращения',
    'Дата регистрации обращения',
    'Түскен күні',
    'Тіркелген күні',
    'ДАТА',
  ],
  receivedTime: ['Время', 'Время поступления', 'Уақыты', 'Түскен уақыты'],
  channel: ['Канал', 'Канал поступления', 'Источник', 'Байланыс арнасы', 'Түсу арнасы'],
  region: ['Регион', 'Область/город', 'Регион заявителя', 'Өңір', 'Облыс/қала', 'Аймақ'],
  city: ['Город', 'Населенный пункт', 'Қала', 'Елді мекен'],
  district: ['Район', 'Аудан', 'Р-н', 'Ауданы'],
  address: ['Адрес', 'Адрес заявителя', 'Мекенжайы', 'Место проживания'],
  topic: ['Тематика', 'Тема обращения', 'Вопрос', 'Тақырып', 'Өтініш тақырыбы', 'Тематика вопроса'],
  subtopic: ['Подтема', 'Подтематика', 'Кіші тақырып'],
  text: [
    'Содержание обращения',
    'Краткое содержание',
    'Суть вопроса',
    'Сұрау салудың мазмұны',
    'Қысқаша мазмұны',
  ],
  sex: ['Пол', 'Пол заявителя', 'Жынысы'],
  age: ['Возраст', 'Возраст заявителя', 'Жасы'],
  birthDate: ['Дата рождения', 'Туған күні', 'Дата рождения заявителя'],
  iin: ['ИИН', 'ИИН заявителя', 'ЖСН'],
  socialStatus: [
    'Социальный статус',
    'Соц. статус',
    'Социальное положение',
    'Әлеуметтік мәртебесі',
    'Әлеуметтік жағдайы',
  ],
  maritalStatus: ['Семейное положение', 'Отбасылық жағдайы'],
  education: ['Образование', 'Білімі'],
  occupation: ['Род занятий', 'Сфера деятельности', 'Қызмет түрі'],
  language: ['Язык обращения', 'Язык', 'Тілі', 'Сұрау салу тілі'],
  // The appeal fields have their own cases in appeal-field-headers.test.ts.
  category: ['Категория', 'Санаты'],
  requestType: ['Вид обращения', 'Өтініш түрі'],
  repeat: ['Повторное', 'Қайталама'],
  answeredAt: ['Дата ответа', 'Жауап берілген күні'],
  deadline: ['Срок исполнения', 'Орындау мерзімі'],
  result: ['Результат рассмотрения', 'Қарау нәтижесі'],
  waitSeconds: ['Время ожидания, сек', 'Күту уақыты, сек'],
  callSeconds: ['Длительность разговора, сек', 'Сөйлесу ұзақтығы, сек'],
  rating: ['Оценка консультанта', 'Консультант бағасы'],
  phone: ['Телефон', 'Номер телефона'],
};

describe('header recognition', () => {
  for (const [field, headers] of Object.entries(HEADERS)) {
    it.each(headers)(`«%s» → ${field}`, (h) => expect(recogniseHeader(h).field).toBe(field));
  }

  it.each(['№ п/п', 'ФИО заявителя', 'Ответ', 'Текст ответа', 'Исполнитель', 'Примечание', 'E-mail'])(
    '«%s» is known and never read',
    (h) => expect(recogniseHeader(h)).toMatchObject({ field: null, known: true }),
  );

  it('leaves unknown headers unmapped', () => expect(recogniseHeader('Цвет папки').known).toBe(false));

  it('gives a field to the first column that names it', () => {
    const cols = mapColumns(['Дата поступления', 'Дата', 'Регион'], 0, new Map(), new Map());
    expect(cols.map((c) => c.field)).toEqual(['receivedAt', null, 'region']);
    expect(cols.map((c) => c.column)).toEqual(['A', 'B', 'C']);
  });

  it('finds the header row under title rows, and none in a table without one', () => {
    const rows = [
      ['Отчет'],
      ['за 3 квартал', null],
      [null, null],
      ['Рег. номер', 'Дата', 'Регион'],
      ['1', '01.07.2024', 'СКО'],
    ];
    expect(findHeaderRow(rows, 0, new Map(), () => new Map())?.index).toBe(3);
    expect(
      findHeaderRow(
        [
          ['a', 'b'],
          ['1', '2'],
        ],
        0,
        new Map(),
        () => new Map(),
      ),
    ).toBeNull();
  });
});

describe('totals rows', () => {
  it.each([['Итого'], ['ИТОГО:'], ['Всего по РК'], ['Барлығы'], ['Жиыны'], [null, 'Итого', 5]])(
    '%s is a totals row',
    (...row) => expect(isTotalsRow(row)).toBe(true),
  );
  it.each([['Итоговый отчет о работе'], ['РК-1', '01.07.2024', 'Итого'], ['Всеволод']])(
    '%s is not',
    (...row) => expect(isTotalsRow(row)).toBe(false),
  );
});
