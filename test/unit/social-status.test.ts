import { describe, expect, it } from 'vitest';
import type { SocialStatus } from '../../src-main/shared/domain';
import { parseSocialStatus, SOCIAL_STATUS_LABELS } from '../../src-main/import/normalise/social-status';

const CASES: Record<Exclude<SocialStatus, 'other' | 'unknown'>, { ru: string[]; kk: string[] }> = {
  employee: {
    ru: [
      'наемные работники',
      'Наёмный работник',
      'работающий',
      'работает',
      'рабочий',
      'служащий',
      'госслужащий',
      'государственный служащий',
      'работник бюджетной сферы',
      'сотрудник ТОО',
      'военнослужащий',
    ],
    kk: [
      'жалдамалы жұмыскерлер',
      'жалдамалы жұмыскер',
      'жұмыс істейді',
      'қызметкер',
      'мемлекеттік қызметші',
      'жұмысшы',
      'кызметкер',
    ],
  },
  entrepreneur: {
    ru: [
      'ИП',
      'И.П.',
      'индивидуальный предприниматель',
      'предприниматель',
      'частная практика',
      'занимается частной практикой',
      'частнопрактикующий врач',
      'нотариус',
      'адвокат',
      'лица, зарегистрированные в качестве ИП, и лица, занимающиеся частной практикой',
    ],
    kk: [
      'ЖК',
      'Ж.К.',
      'жеке кәсіпкер',
      'кәсіпкер',
      'жеке практикамен айналысады',
      'жеке кәсіпкер ретінде тіркелген',
      'жеке касипкер',
    ],
  },
  pensioner: {
    ru: [
      'пенсионер',
      'Пенсионерка',
      'пенсионеры',
      'на пенсии',
      'неработающий пенсионер',
      'пенсионер по возрасту',
    ],
    kk: ['зейнеткер', 'зейнеткерлер', 'зейнеткерлік жаста'],
  },
  disability: {
    ru: [
      'инвалид',
      'инвалид 2 группы',
      'лицо с инвалидностью',
      'имеет группу инвалидности',
      'лица, имеющие группу инвалидности',
      'ЛСИ',
      'инв. 1 гр.',
      'ребенок-инвалид',
      'пенсионер по инвалидности',
    ],
    kk: [
      '2 топ мүгедегі',
      'мүгедек',
      'мүгедектігі бар',
      'мүгедектік тобы бар адамдар',
      '2 топтағы мүгедек',
      'мугедек',
    ],
  },
  largeFamily: {
    ru: [
      'многодетная семья',
      'многодетная мать',
      'многодетный отец',
      'многодетные семьи',
      'Многодетная мать, не работает',
    ],
    kk: ['көп балалы отбасы', 'көпбалалы', 'көп балалы ана', 'көп балалы отбасылар', 'коп балалы'],
  },
  student: {
    ru: [
      'студент',
      'Студентка',
      'учащийся',
      'школьник',
      'магистрант',
      'обучающийся',
      'лица, обучающиеся в организациях образования',
      'студент, не работает',
    ],
    kk: ['студент', 'оқушы', 'білім алушы', 'білім беру ұйымдарында оқитын адамдар', 'окушы'],
  },
  educated: {
    ru: [
      'лицо с образованием',
      'имеет образование',
      'высшее образование',
      'с образованием',
      'высшее',
      'среднее специальное',
      'лица, получившие образование',
    ],
    kk: ['білім алған', 'білім алған адамдар', 'жоғары білімді', 'орта білім', 'билим алган'],
  },
  noEducation: {
    ru: [
      'без образования',
      'не имеет образования',
      'лица, не имеющие образования',
      'образования нет',
      'Без  образования.',
    ],
    kk: ['білімі жоқ', 'білімі жоқ адамдар', 'білімсіз', 'билими жок'],
  },
  unemployed: {
    ru: [
      'безработный',
      'Безработная',
      'зарегистрированный безработный',
      'не работает',
      'неработающий',
      'временно не работает',
      'лица, зарегистрированные в качестве безработных',
    ],
    kk: ['жұмыссыз', 'жұмыссыз ретінде тіркелген', 'жұмыс істемейді', 'жумыссыз'],
  },
};

describe('parseSocialStatus', () => {
  for (const [status, { ru, kk }] of Object.entries(CASES)) {
    it.each(ru)(`RU %j → ${status}`, (input) => {
      expect(parseSocialStatus(input)).toEqual({ value: status, recognised: true });
    });
    it.each(kk)(`KK %j → ${status}`, (input) => {
      expect(parseSocialStatus(input)).toEqual({ value: status, recognised: true });
    });
  }

  it.each(['', '  ', '-', '—'])('%j is unknown and recognised', (input) => {
    expect(parseSocialStatus(input)).toEqual({ value: 'unknown', recognised: true });
  });

  it.each(['домохозяйка', 'декретный отпуск', '7', 'типа да', 'xyz'])(
    '%j is other and unrecognised',
    (input) => {
      expect(parseSocialStatus(input)).toEqual({ value: 'other', recognised: false });
    },
  );

  it('reads numeric cells as text', () => {
    expect(parseSocialStatus(3)).toEqual({ value: 'other', recognised: false });
  });

  it('ignores case, punctuation, extra spaces and ё', () => {
    expect(parseSocialStatus('  НАЁМНЫЙ   работник!! ')).toEqual({ value: 'employee', recognised: true });
    expect(parseSocialStatus('пенсионер.')).toEqual({ value: 'pensioner', recognised: true });
    expect(parseSocialStatus('«Безработный»')).toEqual({ value: 'unemployed', recognised: true });
  });

  it('gives the same answer from the cache as on first sight', () => {
    expect(parseSocialStatus('студент')).toEqual(parseSocialStatus('студент'));
    expect(parseSocialStatus('безработный')).toBe(parseSocialStatus('безработный'));
  });

  it('keeps the exact table consistent with the keyword rules', () => {
    for (const [status, labels] of SOCIAL_STATUS_LABELS) {
      for (const label of labels) {
        // A variant the exact table does not hold goes through the rules alone.
        expect(parseSocialStatus(`${label} (уточнено)`), label).toEqual({ value: status, recognised: true });
      }
    }
  });
});
