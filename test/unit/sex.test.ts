import { describe, expect, it } from 'vitest';
import { parseSex } from '../../src-main/import/normalise/sex';

describe('parseSex', () => {
  it.each([
    'ж',
    'Ж',
    'Ж.',
    'жен',
    'жен.',
    'Женский',
    'ЖЕНСКИЙ',
    'женская',
    'женщина',
    'женский пол',
    'F',
    'f',
    'Female',
    'ә',
    'Ә.',
    'әйел',
    'Әйел',
    'әйелі',
    'әйел адам',
    'айел',
    'қыз',
    'кыз',
    ' ж ',
  ])('%j is female', (input) => {
    expect(parseSex(input)).toEqual({ value: 'female', recognised: true });
  });

  it.each([
    'м',
    'М',
    'М.',
    'муж',
    'муж.',
    'Мужской',
    'мужчина',
    'мужской пол',
    'M',
    'male',
    'MALE',
    'е',
    'Е.',
    'ер',
    'Ер',
    'ер адам',
    'еркек',
    'Еркек',
  ])('%j is male', (input) => {
    expect(parseSex(input)).toEqual({ value: 'male', recognised: true });
  });

  it.each(['', '   ', '\u00a0', '-', '—'])('%j is empty and recognised', (input) => {
    expect(parseSex(input)).toEqual({ value: null, recognised: true });
  });

  it.each([1, 2, 0, '1', '2', 'к', 'х', 'не указан', 'жм', '?', 'unknown'])(
    '%j is not recognised (numeric codes are never guessed)',
    (input) => {
      expect(parseSex(input)).toEqual({ value: null, recognised: false });
    },
  );
});
