import { describe, expect, it } from 'vitest';
import { parseLanguage } from '../../src-main/import/normalise/language';
import { normaliseTopic } from '../../src-main/import/normalise/topic';
import { cleanText, foldKey, matchKey } from '../../src-main/shared/fold';
import { isBlank } from '../../src-main/import/normalise/blank';

describe('cleanText', () => {
  it.each([
    [null, ''],
    [undefined, ''],
    ['', ''],
    ['  ', ''],
    ['Пенсии', 'Пенсии'],
    ['  Пенсии  ', 'Пенсии'],
    ['Выплата\u00a0пенсий', 'Выплата пенсий'],
    ['Выплата \u202f\u2009 пенсий', 'Выплата пенсий'],
    ['Выплата\t\tпенсий', 'Выплата пенсий'],
    ['Выплата\r\nпенсий\n', 'Выплата пенсий'],
    ['\ufeffПенсии', 'Пенсии'],
    ['Пен\u200bсии', 'Пенсии'],
    ['\u3000Пенсии\u3000', 'Пенсии'],
    [45, '45'],
    [45.5, '45.5'],
    [true, 'true'],
  ] as const)('%j → %j', (input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });
});

describe('foldKey', () => {
  it('lowercases, folds ё and cleans', () => {
    expect(foldKey('  Ёлка\u00a0 ЖКХ ')).toBe('елка жкх');
    expect(foldKey('Қазақстан')).toBe('қазақстан');
    expect(foldKey('Пособие')).toBe(foldKey('ПОСОБИЕ'));
  });
});

describe('matchKey and isBlank', () => {
  it('folds Kazakh letters to their Russian look-alikes and drops punctuation', () => {
    expect(matchKey('Жұмыссыз')).toBe(matchKey('жумыссыз'));
    expect(matchKey('И.П.')).toBe('ип');
    expect(matchKey('инвалид/пенсионер')).toBe('инвалид пенсионер');
  });

  it('treats only empty and dash-only cells as blank', () => {
    expect(isBlank(null)).toBe(true);
    expect(isBlank(' – ')).toBe(true);
    expect(isBlank('--')).toBe(true);
    expect(isBlank('?')).toBe(false);
    expect(isBlank(0)).toBe(false);
  });
});

describe('normaliseTopic', () => {
  it('keeps the spelling for display and folds the key', () => {
    expect(normaliseTopic('  Назначение  пенсии ')).toEqual({
      name: 'Назначение пенсии',
      key: 'назначение пенсии',
    });
    expect(normaliseTopic('Жилищные вопросы.')).toEqual({
      name: 'Жилищные вопросы.',
      key: 'жилищные вопросы',
    });
    expect(normaliseTopic('Субсидии;:. ')).toEqual({ name: 'Субсидии;:.', key: 'субсидии' });
    expect(normaliseTopic('Выдача Ёмкостей')).toEqual({ name: 'Выдача Ёмкостей', key: 'выдача емкостей' });
    expect(normaliseTopic('Зейнетақы төлеу')).toEqual({ name: 'Зейнетақы төлеу', key: 'зейнетақы төлеу' });
  });

  it('gives one key to spellings of the same topic', () => {
    const keys = ['ПОСОБИЯ', 'пособия.', ' Пособия ', 'Пособия:'].map((t) => normaliseTopic(t)?.key);
    expect(new Set(keys)).toEqual(new Set(['пособия']));
  });

  it('keeps other punctuation in the key', () => {
    expect(normaliseTopic('Что такое ЕНПФ?')?.key).toBe('что такое енпф?');
  });

  it.each([null, undefined, '', '   ', '-', '—', '–', '- -', '...', ';'])('%j → null', (input) => {
    expect(normaliseTopic(input)).toBeNull();
  });

  it('reads a numeric topic code as text', () => {
    expect(normaliseTopic(101)).toEqual({ name: '101', key: '101' });
  });
});

describe('parseLanguage', () => {
  it.each([
    'қазақ',
    'Қазақша',
    'қазақ тілі',
    'казахский',
    'Казахский язык',
    'каз',
    'каз.',
    'KAZ',
    'kk',
    'KZ',
    'мемлекеттік тіл',
    'государственный',
    'государственный язык',
    'казакша',
  ])('%j → kk', (input) => {
    expect(parseLanguage(input)).toEqual({ value: 'kk', recognised: true });
  });

  it.each(['русский', 'Русский язык', 'рус', 'рус.', 'орыс', 'орысша', 'орыс тілі', 'RU', 'rus', 'Russian'])(
    '%j → ru',
    (input) => {
      expect(parseLanguage(input)).toEqual({ value: 'ru', recognised: true });
    },
  );

  it.each(['английский', 'ағылшын', 'агылшын', 'English', 'en'])('%j → other, recognised', (input) => {
    expect(parseLanguage(input)).toEqual({ value: 'other', recognised: true });
  });

  it.each(['', null, undefined, '  ', '-'])('%j → null, recognised', (input) => {
    expect(parseLanguage(input)).toEqual({ value: null, recognised: true });
  });

  it.each(['клингонский', '1', 2, 'рк'])('%j → null, unrecognised', (input) => {
    expect(parseLanguage(input)).toEqual({ value: null, recognised: false });
  });
});
