import { describe, expect, it } from 'vitest';
import { matchKey } from '../../src-main/shared/fold';
import { TOPIC_NAMES } from '../../src-main/reference/topic-names';
import { catalogueName, nameLanguage } from '../../src-main/reference/topic-name-match';

const pairOf = (ru: string): (typeof TOPIC_NAMES)[number] => {
  const pair = TOPIC_NAMES.find((p) => p.ru === ru);
  if (pair === undefined) throw new Error(`no pair for ${ru}`);
  return pair;
};

describe('TOPIC_NAMES', () => {
  it('names at least 220 topics, each in both languages, as cleanly typed text', () => {
    expect(TOPIC_NAMES.length).toBeGreaterThanOrEqual(220);
    for (const { ru, kk } of TOPIC_NAMES) {
      for (const name of [ru, kk]) {
        expect(name, name).toBe(name.trim());
        expect(name, name).not.toMatch(/\s{2}/);
        expect(matchKey(name), name).not.toBe('');
      }
    }
  });

  it('gives every Russian name its own key, and every Kazakh name its own', () => {
    for (const side of ['ru', 'kk'] as const) {
      const keys = TOPIC_NAMES.map((p) => matchKey(p[side]));
      const repeated = keys.filter((k, i) => keys.indexOf(k) !== i);
      expect(repeated, side).toEqual([]);
    }
  });

  it('never gives a Kazakh name the key of another topic in Russian', () => {
    const byRu = new Map(TOPIC_NAMES.map((p) => [matchKey(p.ru), p]));
    for (const pair of TOPIC_NAMES) {
      const other = byRu.get(matchKey(pair.kk));
      if (other !== undefined) expect(other, pair.kk).toBe(pair);
    }
  });

  it('covers the generic topics and the contact centers', () => {
    const ru = new Set(TOPIC_NAMES.map((p) => p.ru));
    for (const name of [
      'Прочие вопросы',
      'Консультация',
      'Жалоба на действия должностных лиц',
      'Единый контакт-центр 1414',
      'Служба 109',
      'Адресная социальная помощь (АСП)',
      'Очередь на жильё',
      'Ипотека «Отбасы банк»',
      'Выплаты из ЕНПФ',
      'Выплаты из Нацфонда детям',
      'Очередь в детский сад',
      'Запись к врачу',
      'Удостоверение личности',
      'Военный учёт',
    ]) {
      expect(ru.has(name), name).toBe(true);
    }
  });
});

describe('catalogueName', () => {
  it('finds every pair from either of its names', () => {
    for (const pair of TOPIC_NAMES) {
      expect(catalogueName(pair.ru), pair.ru).toBe(pair);
      expect(catalogueName(pair.kk), pair.kk).toBe(pair);
    }
  });

  it('gives the Kazakh name of a Russian topic and the Russian name of a Kazakh one', () => {
    expect(catalogueName('Прочие вопросы')?.kk).toBe('Басқа мәселелер');
    expect(catalogueName('Басқа мәселелер')?.ru).toBe('Прочие вопросы');
    expect(catalogueName('Единый контакт-центр 1414')?.kk).toBe('1414 бірыңғай байланыс орталығы');
    expect(catalogueName('109 қызметі')?.ru).toBe('Служба 109');
    expect(catalogueName('Очередь на жильё')?.kk).toBe('Тұрғын үй кезегі');
    expect(catalogueName('Жер қатынастары')?.ru).toBe('Земельные отношения');
  });

  it.each([
    ['ПРОЧИЕ ВОПРОСЫ', 'Прочие вопросы'],
    ['прочие вопросы.', 'Прочие вопросы'],
    ['  Прочие   вопросы  ', 'Прочие вопросы'],
    ['Прочие\u00a0вопросы', 'Прочие вопросы'],
    ['Прочие вопросы;', 'Прочие вопросы'],
    ['Очередь на жилье', 'Очередь на жильё'],
    ['ОЧЕРЕДЬ НА ЖИЛЬЁ', 'Очередь на жильё'],
    ['Ипотека "Отбасы банк"', 'Ипотека «Отбасы банк»'],
    ['Ипотека Отбасы банк', 'Ипотека «Отбасы банк»'],
    ['ипотека „Отбасы банк“', 'Ипотека «Отбасы банк»'],
    ['Адресная социальная помощь АСП', 'Адресная социальная помощь (АСП)'],
    ['адресная социальная помощь - (АСП)', 'Адресная социальная помощь (АСП)'],
    ['Единый контакт центр 1414', 'Единый контакт-центр 1414'],
    ['ЖКХ - тарифы и качество услуг', 'ЖКХ: тарифы и качество услуг'],
    ['Паводки ЧС', 'Паводки, ЧС'],
    ['Детские сады : очередь', 'Детские сады: очередь'],
    ['Перерасчет пенсии', 'Перерасчёт пенсии'],
    ['Военный учет', 'Военный учёт'],
    ['Жалоба на действия должностных лиц!', 'Жалоба на действия должностных лиц'],
    ['eGov и ЭЦП', 'eGov и ЭЦП'],
    ['EGOV И ЭЦП', 'eGov и ЭЦП'],
  ])('reads the Russian %j as %j', (messy, ru) => {
    expect(catalogueName(messy)).toBe(pairOf(ru));
  });

  it.each([
    ['БАСҚА МӘСЕЛЕЛЕР', 'Прочие вопросы'],
    ['Баска маселелер', 'Прочие вопросы'],
    ['басқа  мәселелер.', 'Прочие вопросы'],
    ['Тұрғын үй кезегі', 'Очередь на жильё'],
    ['Тургын уй кезеги', 'Очередь на жильё'],
    ['Отбасы банк ипотекасы', 'Ипотека «Отбасы банк»'],
    ['"Отбасы банк" ипотекасы', 'Ипотека «Отбасы банк»'],
    ['Атаулы әлеуметтік көмек АӘК', 'Адресная социальная помощь (АСП)'],
    ['1414 бiрыңғай байланыс орталығы', 'Единый контакт-центр 1414'],
    ['Коммуналдык кызметтер', 'Коммунальные услуги'],
    ['Жер катынастары', 'Земельные отношения'],
    ['Лауазымды адамдардың әрекеттеріне шағым', 'Жалоба на действия должностных лиц'],
    ['ұлттық бірыңғай тестілеу (ҰБТ)', 'Единое национальное тестирование (ЕНТ)'],
    [
      'Зейнетақы жинақтарын тұрғын үй жағдайын жақсартуға пайдалану',
      'Использование пенсионных накоплений на улучшение жилищных условий',
    ],
  ])('reads the Kazakh %j as the topic named %j in Russian', (messy, ru) => {
    expect(catalogueName(messy)).toBe(pairOf(ru));
  });

  it.each(['', '   ', '—', '...', 'Вопросы о погоде на Марсе', 'Прочие', 'вопросы', 'Басқа', 'ЖКХ тарифы'])(
    'knows no topic named %j',
    (name) => {
      expect(catalogueName(name)).toBeNull();
    },
  );
});

describe('nameLanguage', () => {
  it('tells the language of every name of the catalogue', () => {
    for (const { ru, kk } of TOPIC_NAMES) {
      if (matchKey(ru) === matchKey(kk)) continue;
      expect(nameLanguage(ru), ru).toBe('ru');
      expect(nameLanguage(kk), kk).toBe('kk');
    }
  });

  it.each([
    ['Тұрғын үй кезегі', 'kk'],
    ['Қоқыс шығару', 'kk'],
    ['Білім беру', 'kk'],
    ['Жаңа тақырып, каталогта жоқ', 'kk'],
    ['ӘЛЕУМЕТТІК КӨМЕК', 'kk'],
    ['Һ', 'kk'],
    // A Latin i inside a Cyrillic word is a Kazakh і typed on the wrong layout.
    ['Тiлi', 'kk'],
    // No Kazakh letter, but the catalogue knows the name as Kazakh typed on a Russian layout.
    ['Баска маселелер', 'kk'],
    ['Кенес беру', 'kk'],
    ['Прочие вопросы', 'ru'],
    ['Новая тема, которой нет в каталоге', 'ru'],
    ['ОТОПЛЕНИЕ', 'ru'],
    ['Ещё одна тема', 'ru'],
    // Russian names that quote a Kazakh programme are still Russian.
    ['Государственная программа «Нұрлы жер»', 'ru'],
    ['eGov и ЭЦП', 'ru'],
    ['Опрос 2024', 'ru'],
  ] as const)('%j is written in %s', (name, lang) => {
    expect(nameLanguage(name)).toBe(lang);
  });

  it.each(['', '   ', '1414', '2024-Q3', '—', '«»', 'eGov', 'Enbek.kz'])('%j says no language', (name) => {
    expect(nameLanguage(name)).toBeNull();
  });

  it('leaves a word spelled alike in both languages to its letters', () => {
    expect(catalogueName('Ветеринария')).toEqual({ ru: 'Ветеринария', kk: 'Ветеринария' });
    expect(nameLanguage('Ветеринария')).toBe('ru');
  });
});
