import { describe, expect, it } from 'vitest';
import { PORTRAIT_VALUES } from '../../src-main/reference/portrait-values';
import type { PortraitValueField } from '../../src-main/shared/portrait';
import { portraitValueCode, portraitValueName } from '../../src-main/reference/portrait-value-match';

const FIELDS: readonly PortraitValueField[] = ['maritalStatus', 'education', 'occupation'];

describe('PORTRAIT_VALUES', () => {
  it('has the codes the §8.6 portrait needs, each once per field', () => {
    const codes = (f: PortraitValueField): string[] => PORTRAIT_VALUES[f].map((v) => v.code);
    expect(codes('maritalStatus')).toEqual(
      expect.arrayContaining(['married', 'single', 'divorced', 'widowed', 'civilUnion']),
    );
    expect(codes('education')).toEqual(
      expect.arrayContaining([
        'higher',
        'incompleteHigher',
        'vocational',
        'secondary',
        'basicSecondary',
        'primary',
        'postgraduate',
        'none',
      ]),
    );
    expect(codes('occupation')).toEqual(
      expect.arrayContaining([
        'employee',
        'civilServant',
        'entrepreneur',
        'pensioner',
        'student',
        'pupil',
        'unemployed',
        'homemaker',
        'maternityLeave',
        'selfEmployed',
        'military',
        'farmer',
      ]),
    );
    for (const f of FIELDS) expect(new Set(codes(f)).size, f).toBe(codes(f).length);
  });

  it('reads every value from its own names and spellings', () => {
    for (const f of FIELDS) {
      for (const v of PORTRAIT_VALUES[f]) {
        for (const spelling of [v.ru, v.kk, ...v.words]) {
          expect(portraitValueCode(f, spelling), `${f}: ${spelling}`).toBe(v.code);
        }
      }
    }
  });
});

describe('portraitValueCode: marital status', () => {
  it.each([
    ['замужем', 'married'],
    ['Замужем', 'married'],
    ['ЗАМУЖЕМ ', 'married'],
    ['Женат', 'married'],
    ['женат(а)', 'married'],
    ['Женат/замужем', 'married'],
    ['замужняя', 'married'],
    ['Состоит в браке', 'married'],
    ['в браке', 'married'],
    ['тұрмыста', 'married'],
    ['Тұрмыс құрған', 'married'],
    ['турмыста', 'married'],
    ['үйленген', 'married'],
    ['Үйленген / тұрмыста', 'married'],
    ['Married', 'married'],
    ['turmysta', 'married'],
    ['не замужем', 'single'],
    ['Не замужем', 'single'],
    ['НЕЗАМУЖНЯЯ', 'single'],
    ['не женат', 'single'],
    ['холост', 'single'],
    ['Холостой', 'single'],
    ['Не состоит в браке', 'single'],
    ['никогда не состоял(а) в браке', 'single'],
    ['тұрмыс құрмаған', 'single'],
    ['тұрмыста емес', 'single'],
    ['үйленбеген', 'single'],
    ['бойдақ', 'single'],
    ['Single', 'single'],
    ['never married', 'single'],
    ['разведен', 'divorced'],
    ['Разведена', 'divorced'],
    ['Разведён(а)', 'divorced'],
    ['в разводе', 'divorced'],
    ['ажырасқан', 'divorced'],
    ['Divorced', 'divorced'],
    ['вдова', 'widowed'],
    ['Вдовец', 'widowed'],
    ['жесір', 'widowed'],
    ['widow', 'widowed'],
    ['гражданский брак', 'civilUnion'],
    ['Гражданский брак', 'civilUnion'],
    ['в гражданском браке', 'civilUnion'],
    ['гражд. брак', 'civilUnion'],
    ['азаматтық неке', 'civilUnion'],
    ['тіркелмеген неке', 'civilUnion'],
  ] as const)('%j is %s', (raw, code) => {
    expect(portraitValueCode('maritalStatus', raw)).toBe(code);
  });
});

describe('portraitValueCode: education', () => {
  it.each([
    ['высшее', 'higher'],
    ['Высшее', 'higher'],
    ['ВЫСШЕЕ ', 'higher'],
    ['высшее образование', 'higher'],
    ['Высшее профессиональное', 'higher'],
    ['бакалавр', 'higher'],
    ['жоғары', 'higher'],
    ['жоғары білім', 'higher'],
    ['Жогары', 'higher'],
    ['жоғарғы', 'higher'],
    ['Higher', 'higher'],
    ['Jogary', 'higher'],
    ['неполное высшее', 'incompleteHigher'],
    ['Неполное высшее', 'incompleteHigher'],
    ['незаконченное высшее', 'incompleteHigher'],
    ['высшее (неоконченное)', 'incompleteHigher'],
    ['аяқталмаған жоғары', 'incompleteHigher'],
    ['Incomplete higher', 'incompleteHigher'],
    ['среднее специальное', 'vocational'],
    ['Среднее-специальное', 'vocational'],
    ['средне-специальное', 'vocational'],
    ['ср. спец.', 'vocational'],
    ['ср/спец', 'vocational'],
    ['Среднее специальное образование', 'vocational'],
    ['среднее профессиональное', 'vocational'],
    ['средне-техническое', 'vocational'],
    ['техническое и профессиональное', 'vocational'],
    ['ТиПО', 'vocational'],
    ['колледж', 'vocational'],
    ['орта арнаулы', 'vocational'],
    ['техникалық және кәсіптік', 'vocational'],
    ['Secondary vocational', 'vocational'],
    ['среднее', 'secondary'],
    ['Среднее', 'secondary'],
    ['среднее образование', 'secondary'],
    ['общее среднее', 'secondary'],
    ['орта', 'secondary'],
    ['орта білім', 'secondary'],
    ['жалпы орта', 'secondary'],
    ['Secondary', 'secondary'],
    ['основное среднее', 'basicSecondary'],
    ['неполное среднее', 'basicSecondary'],
    ['негізгі орта', 'basicSecondary'],
    ['9 классов', 'basicSecondary'],
    ['начальное', 'primary'],
    ['бастауыш', 'primary'],
    ['магистратура', 'postgraduate'],
    ['Магистр', 'postgraduate'],
    ['докторантура', 'postgraduate'],
    ['кандидат наук', 'postgraduate'],
    ['учёная степень', 'postgraduate'],
    ['PhD', 'postgraduate'],
    ['Высшее (магистр)', 'postgraduate'],
    ['без образования', 'none'],
    ['Нет образования', 'none'],
    ['білімі жоқ', 'none'],
  ] as const)('%j is %s', (raw, code) => {
    expect(portraitValueCode('education', raw)).toBe(code);
  });
});

describe('portraitValueCode: occupation', () => {
  it.each([
    ['работает', 'employee'],
    ['Работает', 'employee'],
    ['работает по найму', 'employee'],
    ['наёмный работник', 'employee'],
    ['рабочий', 'employee'],
    ['сотрудник ТОО', 'employee'],
    ['жұмыс істейді', 'employee'],
    ['жалдамалы жұмыскер', 'employee'],
    ['Employee', 'employee'],
    ['государственный служащий', 'civilServant'],
    ['госслужащий', 'civilServant'],
    ['мемлекеттік қызметші', 'civilServant'],
    ['работник бюджетной сферы', 'budgetEmployee'],
    ['бюджетник', 'budgetEmployee'],
    ['ИП', 'entrepreneur'],
    ['И.П.', 'entrepreneur'],
    ['индивидуальный предприниматель', 'entrepreneur'],
    ['жеке кәсіпкер', 'entrepreneur'],
    ['Entrepreneur', 'entrepreneur'],
    ['самозанятый', 'selfEmployed'],
    ['Self-employed', 'selfEmployed'],
    ['өзін-өзі жұмыспен қамтыған', 'selfEmployed'],
    ['пенсионер', 'pensioner'],
    ['Пенсионерка', 'pensioner'],
    ['на пенсии', 'pensioner'],
    ['неработающий пенсионер', 'pensioner'],
    ['не работающий пенсионер', 'pensioner'],
    ['работающий пенсионер', 'pensioner'],
    ['зейнеткер', 'pensioner'],
    ['Retired', 'pensioner'],
    ['студент', 'student'],
    ['Студентка', 'student'],
    ['student', 'student'],
    ['школьник', 'pupil'],
    ['учащийся', 'pupil'],
    ['оқушы', 'pupil'],
    ['не работает', 'unemployed'],
    ['Не работает', 'unemployed'],
    ['временно не работает', 'unemployed'],
    ['неработающий', 'unemployed'],
    ['безработный', 'unemployed'],
    ['безработная', 'unemployed'],
    ['жұмыссыз', 'unemployed'],
    ['жұмыс істемейді', 'unemployed'],
    ['Unemployed', 'unemployed'],
    ['домохозяйка', 'homemaker'],
    ['үй шаруасындағы әйел', 'homemaker'],
    ['housewife', 'homemaker'],
    ['в декрете', 'maternityLeave'],
    ['декретный отпуск', 'maternityLeave'],
    ['в отпуске по уходу за ребёнком', 'maternityLeave'],
    ['бала күтімі бойынша демалыста', 'maternityLeave'],
    ['военнослужащий', 'military'],
    ['әскери қызметші', 'military'],
    ['фермер', 'farmer'],
    ['КХ', 'farmer'],
    ['шаруа қожалығы', 'farmer'],
    ['Zeinetker', 'pensioner'],
  ] as const)('%j is %s', (raw, code) => {
    expect(portraitValueCode('occupation', raw)).toBe(code);
  });
});

describe('portraitValueCode: what it must not confuse', () => {
  it.each([
    ['maritalStatus', 'не замужем', 'замужем'],
    ['maritalStatus', 'не женат', 'женат'],
    ['maritalStatus', 'Не состоит в браке', 'Состоит в браке'],
    ['maritalStatus', 'тұрмыс құрмаған', 'тұрмыс құрған'],
    ['maritalStatus', 'үйленбеген', 'үйленген'],
    ['maritalStatus', 'гражданский брак', 'в браке'],
    ['education', 'неполное высшее', 'высшее'],
    ['education', 'аяқталмаған жоғары', 'жоғары'],
    ['education', 'среднее специальное', 'среднее'],
    ['education', 'орта арнаулы', 'орта'],
    ['education', 'неполное среднее', 'среднее'],
    ['occupation', 'не работает', 'работает'],
    ['occupation', 'жұмыс істемейді', 'жұмыс істейді'],
    ['occupation', 'безработный', 'работник'],
    ['occupation', 'госслужащий', 'служащий'],
  ] as const)('%s: %j is not %j', (field, one, other) => {
    const a = portraitValueCode(field, one);
    const b = portraitValueCode(field, other);
    expect(a).not.toBeNull();
    expect(b).not.toBeNull();
    expect(a).not.toBe(b);
  });

  it.each([
    ['maritalStatus', ''],
    ['maritalStatus', '   '],
    ['maritalStatus', '-'],
    ['maritalStatus', 'не указано'],
    ['maritalStatus', 'нет данных'],
    ['maritalStatus', 'брачный договор'],
    ['maritalStatus', 'мужской'],
    ['education', 'не указано'],
    ['education', 'образование'],
    ['education', 'неполное'],
    ['education', '?'],
    ['occupation', 'не указано'],
    ['occupation', 'Ипотека'],
    ['occupation', 'Типография'],
    ['occupation', 'жұмыс'],
    ['occupation', 'не пенсионер'],
    ['occupation', 'xyz'],
  ] as const)('%s: %j is not recognised', (field, raw) => {
    expect(portraitValueCode(field, raw)).toBeNull();
  });

  it('answers the same for a value read again', () => {
    expect(portraitValueCode('education', 'ср. спец.')).toBe('vocational');
    expect(portraitValueCode('education', 'ср. спец.')).toBe('vocational');
    expect(portraitValueCode('occupation', 'ср. спец.')).toBeNull();
  });
});

describe('portraitValueName', () => {
  it('names every code in both languages', () => {
    for (const f of FIELDS) {
      for (const v of PORTRAIT_VALUES[f]) {
        expect(portraitValueName(f, v.code, 'ru')).toBe(v.ru);
        expect(portraitValueName(f, v.code, 'kk')).toBe(v.kk);
        expect(v.ru.trim()).not.toBe('');
        expect(v.kk.trim()).not.toBe('');
      }
    }
  });

  it('prints the names a справка shows', () => {
    expect(portraitValueName('maritalStatus', 'married', 'ru')).toBe('Состоит в браке');
    expect(portraitValueName('maritalStatus', 'married', 'kk')).toBe('Некеде тұрған');
    expect(portraitValueName('education', 'vocational', 'kk')).toBe(
      'Техникалық және кәсіптік (орта арнаулы)',
    );
    expect(portraitValueName('occupation', 'pensioner', 'kk')).toBe('Зейнеткер');
  });

  it('returns a code the field does not have as it is', () => {
    expect(portraitValueName('occupation', 'astronaut', 'ru')).toBe('astronaut');
    expect(portraitValueName('education', 'married', 'kk')).toBe('married');
  });
});
