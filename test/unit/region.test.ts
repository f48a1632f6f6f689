import { describe, expect, it } from 'vitest';
import { REGION_CODES, type LocalDate, type RegionCode } from '../../src-main/shared/domain';
import { REGIONS, regionByCode } from '../../src-main/reference/regions';
import { normaliseRegion, type RegionMatch } from '../../src-main/reference/region-match';

const BEFORE: LocalDate = { year: 2021, month: 11, day: 3 };
const LAST_OLD_DAY: LocalDate = { year: 2022, month: 6, day: 7 };
const SPLIT_DAY: LocalDate = { year: 2022, month: 6, day: 8 };
const AFTER: LocalDate = { year: 2024, month: 2, day: 15 };

const m = (code: RegionCode): RegionMatch => ({ kind: 'matched', code });
const amb = (...candidates: RegionCode[]): RegionMatch => ({ kind: 'ambiguous', candidates });

function expectAll(cases: readonly (readonly [string, RegionCode])[]): void {
  for (const [value, code] of cases) expect(normaliseRegion(value), value).toEqual(m(code));
}

describe('REGIONS', () => {
  it('has the 20 codes of REGION_CODES, unique, in official order', () => {
    expect(REGIONS.map((r) => r.code)).toEqual([...REGION_CODES]);
    expect(new Set(REGIONS.map((r) => r.code)).size).toBe(20);
    expect(REGIONS.map((r) => r.order)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('keeps the KATO prefix equal to the ISO number and marks the three cities', () => {
    for (const r of REGIONS) expect(`KZ-${r.kato}`).toBe(r.code);
    expect(REGIONS.filter((r) => r.kind === 'city').map((r) => r.code)).toEqual(['KZ-71', 'KZ-75', 'KZ-79']);
  });

  it('looks regions up by code', () => {
    expect(regionByCode('KZ-62')?.nameRu).toBe('Улытауская область');
    expect(regionByCode('KZ-71')?.nameKk).toBe('Астана қаласы');
    expect(regionByCode('KZ-99')).toBeUndefined();
  });
});

describe('normaliseRegion: names', () => {
  it('maps every official Russian, Kazakh and English name to its code', () => {
    for (const r of REGIONS) {
      for (const name of [r.nameRu, r.nameKk, r.nameEn]) {
        expect(normaliseRegion(name), name).toEqual(m(r.code));
      }
    }
  });

  it('reads the decree and everyday forms of the 2022 regions', () => {
    expectAll([
      ['область Абай', 'KZ-10'],
      ['Абайская', 'KZ-10'],
      ['Абайская обл.', 'KZ-10'],
      ['Абай', 'KZ-10'],
      ['область Жетісу', 'KZ-33'],
      ['область Жетысу', 'KZ-33'],
      ['Жетысуская', 'KZ-33'],
      ['Жетісу', 'KZ-33'],
      ['область Ұлытау', 'KZ-62'],
      ['область Улытау', 'KZ-62'],
      ['Улытауская', 'KZ-62'],
      ['Ұлытау облысы', 'KZ-62'],
    ]);
  });

  it('reads designator abbreviations', () => {
    expectAll([
      ['Алматинская обл.', 'KZ-19'],
      ['Акм. обл.', 'KZ-11'],
      ['Павлодарская обл', 'KZ-55'],
      ['Атырау обл.', 'KZ-23'],
      ['Қостанай облысы', 'KZ-39'],
      ['г. Астана', 'KZ-71'],
      ['г Шымкент', 'KZ-79'],
      ['гор. Алматы', 'KZ-75'],
      ['Алматы қ.', 'KZ-75'],
      ['Шымкент қаласы', 'KZ-79'],
      ['акимат Алматинской области', 'KZ-19'],
    ]);
  });

  it('reads the letter abbreviations', () => {
    expectAll([
      ['ВКО', 'KZ-63'],
      ['ШҚО', 'KZ-63'],
      ['VKO', 'KZ-63'],
      ['ЗКО', 'KZ-27'],
      ['БҚО', 'KZ-27'],
      ['СКО', 'KZ-59'],
      ['СҚО', 'KZ-59'],
    ]);
    expect(normaliseRegion('ЮКО')).toEqual(amb('KZ-61', 'KZ-79'));
    expect(normaliseRegion('ОҚО')).toEqual(amb('KZ-61', 'KZ-79'));
  });

  it('reads Latin spellings with or without a suffix', () => {
    expectAll([
      ['Astana', 'KZ-71'],
      ['Almaty', 'KZ-75'],
      ['Almaty city', 'KZ-75'],
      ['Almaty Region', 'KZ-19'],
      ['Almaty oblysy', 'KZ-19'],
      ['Nur-Sultan', 'KZ-71'],
      ['Shymkent', 'KZ-79'],
      ['Akmola Region', 'KZ-11'],
      ['Aqmola', 'KZ-11'],
      ['Aktobe', 'KZ-15'],
      ['Aqtobe oblysy', 'KZ-15'],
      ['Atyrau Region', 'KZ-23'],
      ['West Kazakhstan', 'KZ-27'],
      ['Jambyl', 'KZ-31'],
      ['Zhambyl Oblast', 'KZ-31'],
      ['Jetisu', 'KZ-33'],
      ['Zhetysu Region', 'KZ-33'],
      ['Karaganda', 'KZ-35'],
      ['Qaraghandy Region', 'KZ-35'],
      ['Kostanay', 'KZ-39'],
      ['Qostanay oblysy', 'KZ-39'],
      ['Kyzylorda', 'KZ-43'],
      ['Qyzylorda Region', 'KZ-43'],
      ['Mangystau', 'KZ-47'],
      ['Mangistau Region', 'KZ-47'],
      ['Pavlodar', 'KZ-55'],
      ['North Kazakhstan', 'KZ-59'],
      ['Turkistan', 'KZ-61'],
      ['Turkestan Region', 'KZ-61'],
      ['Ulytau', 'KZ-62'],
      ['East Kazakhstan', 'KZ-63'],
      ['Abai', 'KZ-10'],
      ['Abay Region', 'KZ-10'],
    ]);
  });

  it('reads an administrative centre written alone as its region', () => {
    expectAll([
      ['Кокшетау', 'KZ-11'],
      ['Актобе', 'KZ-15'],
      ['Конаев', 'KZ-19'],
      ['Қонаев', 'KZ-19'],
      ['Капшагай', 'KZ-19'],
      ['Атырау', 'KZ-23'],
      ['Уральск', 'KZ-27'],
      ['Орал', 'KZ-27'],
      ['Тараз', 'KZ-31'],
      ['Талдыкорган', 'KZ-33'],
      ['Талдықорған', 'KZ-33'],
      ['Караганда', 'KZ-35'],
      ['г. Караганда', 'KZ-35'],
      ['Костанай', 'KZ-39'],
      ['Кызылорда', 'KZ-43'],
      ['Актау', 'KZ-47'],
      ['Павлодар', 'KZ-55'],
      ['Петропавловск', 'KZ-59'],
      ['Туркестан', 'KZ-61'],
      ['Жезказган', 'KZ-62'],
      ['Жезқазған', 'KZ-62'],
      ['Усть-Каменогорск', 'KZ-63'],
      ['Өскемен', 'KZ-63'],
      ['Семей', 'KZ-10'],
      ['Семипалатинск', 'KZ-10'],
    ]);
  });

  it('keeps the centres in their current region whatever the date', () => {
    expect(normaliseRegion('г. Семей', { date: BEFORE })).toEqual(m('KZ-10'));
    expect(normaliseRegion('Жезказган', { date: BEFORE })).toEqual(m('KZ-62'));
    expect(normaliseRegion('Талдыкорган', { date: BEFORE })).toEqual(m('KZ-33'));
  });

  it('reads historical names', () => {
    expectAll([
      ['Нур-Султан', 'KZ-71'],
      ['г. Нур-Султан', 'KZ-71'],
      ['Нұр-Сұлтан', 'KZ-71'],
      ['Nur-Sultan', 'KZ-71'],
      ['Акмола', 'KZ-71'],
      ['г. Акмола', 'KZ-71'],
      ['Целиноград', 'KZ-71'],
      ['Алма-Ата', 'KZ-75'],
      ['Чимкент', 'KZ-79'],
      ['Ақмола облысы', 'KZ-11'],
      ['Акмолинская область', 'KZ-11'],
      ['Акмола обл.', 'KZ-11'],
    ]);
  });

  it('tells the city of Almaty from the region', () => {
    expectAll([
      ['Алматы', 'KZ-75'],
      ['г. Алматы', 'KZ-75'],
      ['город Алматы', 'KZ-75'],
      ['Алматы облысы', 'KZ-19'],
      ['Алматы обл.', 'KZ-19'],
      ['Алматинская', 'KZ-19'],
    ]);
  });

  it('tells Abai region from the town of Abai in Karaganda region', () => {
    expect(normaliseRegion('Абай облысы')).toEqual(m('KZ-10'));
    expect(normaliseRegion('г. Абай')).toEqual(m('KZ-35'));
  });
});

describe('normaliseRegion: folding', () => {
  it('ignores case, punctuation, quotes, brackets and extra spaces', () => {
    expectAll([
      ['  ЗАПАДНО-КАЗАХСТАНСКАЯ   ОБЛАСТЬ ', 'KZ-27'],
      ['западно казахстанская область', 'KZ-27'],
      ['Западноказахстанская', 'KZ-27'],
      ['«Павлодарская область»', 'KZ-55'],
      ['"г. Астана"', 'KZ-71'],
      ['(Костанайская обл.)', 'KZ-39'],
      ['г.Алматы', 'KZ-75'],
      ['Атырауская область,', 'KZ-23'],
      ['Нур – Султан', 'KZ-71'],
    ]);
  });

  it('treats ё as е and Kazakh letters as their Russian look-alikes', () => {
    expectAll([
      ['Актобе', 'KZ-15'],
      ['Ақтөбе', 'KZ-15'],
      ['Акмола облысы', 'KZ-11'],
      ['Караганды облысы', 'KZ-35'],
      ['Кызылорда облысы', 'KZ-43'],
      ['Мангыстау облысы', 'KZ-47'],
      ['Солтустик Казахстан облысы', 'KZ-59'],
      ['Туркистан облысы', 'KZ-61'],
      ['Улытау облысы', 'KZ-62'],
      ['Шыгыс Казахстан облысы', 'KZ-63'],
      ['Жетису облысы', 'KZ-33'],
      ['Оскемен', 'KZ-63'],
      ['Жетысуская обл.', 'KZ-33'],
      ['Северо-Казахстанская', 'KZ-59'],
    ]);
    // Both sides are folded, so a Kazakh letter where the official name has a Russian one still matches.
    expect(normaliseRegion('Қостанайская область')).toEqual(m('KZ-39'));
    expect(normaliseRegion('Семёй')).toEqual(m('KZ-10'));
  });

  it('repairs Latin look-alike letters inside Cyrillic words and the reverse', () => {
    // The first letter is the Latin "A".
    expect(normaliseRegion('Aлматы')).toEqual(m('KZ-75'));
    // "Астана" written with a Cyrillic "а" in the middle.
    expect(normaliseRegion('Astаna')).toEqual(m('KZ-71'));
  });
});

describe('normaliseRegion: empty and unknown', () => {
  it('treats blanks and placeholders as empty', () => {
    for (const v of [
      '',
      '   ',
      '-',
      '—',
      '?',
      'не указан',
      'Не указано',
      'нет данных',
      'н/д',
      'көрсетілмеген',
      'Республика Казахстан',
      'РК',
      'Қазақстан Республикасы',
      'область',
    ]) {
      expect(normaliseRegion(v), v).toEqual({ kind: 'empty' });
    }
  });

  it('reports values that name no Kazakh region as unknown', () => {
    for (const v of ['Москва', 'Ташкент', 'г. Бишкек', 'Абайский район', 'xyz', '12', 'Москва, ул. Ленина']) {
      expect(normaliseRegion(v), v).toEqual({ kind: 'unknown' });
    }
  });
});

describe('normaliseRegion: compound values', () => {
  it('finds the region inside a value that also names the country or a district', () => {
    expect(normaliseRegion('Республика Казахстан, г. Алматы')).toEqual(m('KZ-75'));
    expect(normaliseRegion('Акмолинская область / Ақмола облысы')).toEqual(m('KZ-11'));
    expect(normaliseRegion('Алматинская обл., Илийский р-н', { date: BEFORE })).toEqual(m('KZ-19'));
    expect(normaliseRegion('Карагандинская обл., г. Жезказган', { date: BEFORE })).toEqual(m('KZ-62'));
    expect(normaliseRegion('ЮКО, г. Шымкент')).toEqual(m('KZ-79'));
  });

  it('refuses values that name two different regions', () => {
    expect(normaliseRegion('Астана, Алматы')).toEqual({ kind: 'unknown' });
  });
});

describe('normaliseRegion: ЮКО split (any date)', () => {
  const names = ['ЮКО', 'Южно-Казахстанская область', 'Оңтүстік Қазақстан облысы', 'South Kazakhstan'];

  it('goes to Shymkent for the city and its districts', () => {
    for (const name of names) {
      for (const district of [
        'г. Шымкент',
        'Шымкент қаласы',
        'Абайский район',
        'Аль-Фарабийский район',
        'Әл-Фараби ауданы',
        'Енбекшинский р-н',
        'Каратауский район',
        'Туранский район',
        'Абайский район г. Шымкента',
      ]) {
        expect(normaliseRegion(name, { district, date: AFTER }), `${name} / ${district}`).toEqual(m('KZ-79'));
      }
    }
  });

  it('goes to Turkistan region for its districts and towns', () => {
    for (const name of names) {
      for (const district of [
        'Туркестан',
        'г. Кентау',
        'Арыс',
        'Сайрамский район',
        'Сайрам ауданы',
        'Толебийский р-н',
        'Тюлькубасский',
        'Казыгуртский район',
        'Мактааральский район',
        'Жетысайский район',
        'Ордабасинский район',
        'Отырарский район',
        'Сарыагашский район',
        'Сарыағаш ауданы',
        'Келесский район',
        'Байдибекский район',
        'Сузакский район',
        'Созақ ауданы',
        'Шардаринский район',
        'Сауран',
      ]) {
        expect(normaliseRegion(name, { district, date: BEFORE }), `${name} / ${district}`).toEqual(
          m('KZ-61'),
        );
      }
    }
  });

  it('is ambiguous without a telling district, whatever the date', () => {
    expect(normaliseRegion('ЮКО')).toEqual(amb('KZ-61', 'KZ-79'));
    expect(normaliseRegion('ЮКО', { date: AFTER })).toEqual(amb('KZ-61', 'KZ-79'));
    expect(normaliseRegion('Южно-Казахстанская обл.', { district: 'Москва' })).toEqual(amb('KZ-61', 'KZ-79'));
  });
});

describe('normaliseRegion: 2022 splits', () => {
  const cases: readonly {
    names: readonly string[];
    kept: RegionCode;
    carved: RegionCode;
    keptDistricts: readonly string[];
    carvedDistricts: readonly string[];
  }[] = [
    {
      names: ['ВКО', 'Восточно-Казахстанская область', 'Шығыс Қазақстан облысы', 'East Kazakhstan Region'],
      kept: 'KZ-63',
      carved: 'KZ-10',
      keptDistricts: [
        'г. Усть-Каменогорск',
        'Өскемен қ.',
        'Риддер',
        'Алтайский район',
        'Зыряновск',
        'Глубоковский район',
        'Зайсанский район',
        'Зайсан ауданы',
        'Катон-Карагайский район',
        'Курчумский район',
        'Тарбагатайский район',
        'Уланский район',
        'Шемонаихинский район',
        'Самарский район',
        'Маркакольский район',
      ],
      carvedDistricts: [
        'Семей',
        'Семей қ.',
        'г. Семипалатинск',
        'Курчатов',
        'Абайский район',
        'Аягозский район',
        'Аягөз ауданы',
        'Бескарагайский район',
        'Бородулихинский район',
        'Жарминский район',
        'Кокпектинский район',
        'Урджарский район',
        'Үржар ауданы',
        'Маканчинский район',
        'Жанасемейский район',
        'Аксуатский район',
      ],
    },
    {
      names: ['Алматинская область', 'Алматинская обл.', 'Алматы облысы', 'Almaty Region'],
      kept: 'KZ-19',
      carved: 'KZ-33',
      keptDistricts: [
        'г. Конаев',
        'Капшагай',
        'Балхашский район',
        'Енбекшиказахский район',
        'Илийский район',
        'Іле ауданы',
        'Карасайский район',
        'Кегенский район',
        'Райымбекский район',
        'Талгарский район',
        'Уйгурский район',
        'Жамбылский район',
      ],
      carvedDistricts: [
        'г. Талдыкорган',
        'Талдықорған қ.',
        'Текели',
        'Аксуский район',
        'Алакольский район',
        'Ескельдинский район',
        'Каратальский район',
        'Кербулакский район',
        'Коксуский район',
        'Панфиловский район',
        'Жаркент',
        'Сарканский район',
      ],
    },
    {
      names: ['Карагандинская область', 'Карагандинская обл', 'Қарағанды облысы', 'Karaganda Region'],
      kept: 'KZ-35',
      carved: 'KZ-62',
      keptDistricts: [
        'г. Караганда',
        'Темиртау',
        'Балхаш',
        'Приозерск',
        'Сарань',
        'Шахтинск',
        'г. Абай',
        'Абайский район',
        'Актогайский район',
        'Бухар-Жырауский район',
        'Бұқар жырау ауданы',
        'Каркаралинский район',
        'Нуринский район',
        'Осакаровский район',
        'Шетский район',
      ],
      carvedDistricts: [
        'г. Жезказган',
        'Жезқазған қ.',
        'Каражал',
        'Сатпаев',
        'Улытауский район',
        'Жанааркинский район',
        'Жаңаарқа ауданы',
      ],
    },
  ];

  for (const c of cases) {
    describe(c.names[0] ?? '', () => {
      it('before 2022-06-08 goes by the district', () => {
        for (const name of c.names) {
          for (const district of c.keptDistricts) {
            expect(normaliseRegion(name, { date: BEFORE, district }), `${name} / ${district}`).toEqual(
              m(c.kept),
            );
          }
          for (const district of c.carvedDistricts) {
            expect(normaliseRegion(name, { date: LAST_OLD_DAY, district }), `${name} / ${district}`).toEqual(
              m(c.carved),
            );
          }
        }
      });

      it('before 2022-06-08 without a telling district is ambiguous', () => {
        for (const name of c.names) {
          expect(normaliseRegion(name, { date: BEFORE }), name).toEqual(amb(c.kept, c.carved));
          expect(normaliseRegion(name, { date: BEFORE, district: '' }), name).toEqual(amb(c.kept, c.carved));
          expect(normaliseRegion(name, { date: BEFORE, district: 'Москва' }), name).toEqual(
            amb(c.kept, c.carved),
          );
        }
      });

      it('from 2022-06-08, or undated, is the region that kept the name unless the district says otherwise', () => {
        for (const name of c.names) {
          const district = c.carvedDistricts[0];
          expect(normaliseRegion(name, { date: SPLIT_DAY }), name).toEqual(m(c.kept));
          expect(normaliseRegion(name, { date: AFTER, district: 'Москва' }), name).toEqual(m(c.kept));
          expect(normaliseRegion(name), name).toEqual(m(c.kept));
          // A CRM that still writes the old name for a district of the new region.
          expect(normaliseRegion(name, { date: SPLIT_DAY, district }), `${name} / ${district}`).toEqual(
            m(c.carved),
          );
          expect(normaliseRegion(name, { district }), `${name} / ${district}`).toEqual(m(c.carved));
        }
      });
    });
  }

  it('ignores the district for regions that were not split', () => {
    expect(normaliseRegion('Павлодарская область', { date: BEFORE, district: 'Семей' })).toEqual(m('KZ-55'));
    expect(normaliseRegion('г. Алматы', { date: BEFORE, district: 'Талгарский район' })).toEqual(m('KZ-75'));
    expect(normaliseRegion('Абай облысы', { date: BEFORE, district: 'Зайсан' })).toEqual(m('KZ-10'));
  });
});

describe('normaliseRegion: code forms', () => {
  it('reads ISO codes, KATO prefixes and nine-digit KATO codes', () => {
    for (const r of REGIONS) {
      expect(normaliseRegion(r.code), r.code).toEqual(m(r.code));
      expect(normaliseRegion(r.code.toLowerCase()), r.code).toEqual(m(r.code));
      expect(normaliseRegion(r.kato), r.kato).toEqual(m(r.code));
      expect(normaliseRegion(`${r.kato}0000000`), r.kato).toEqual(m(r.code));
    }
    expect(normaliseRegion('KZ 71')).toEqual(m('KZ-71'));
    expect(normaliseRegion('751710000')).toEqual(m('KZ-75'));
    expect(normaliseRegion('990000000')).toEqual({ kind: 'unknown' });
  });

  it('gives the same answer on repeated calls (memoised)', () => {
    for (let i = 0; i < 3; i++) {
      expect(normaliseRegion('ВКО', { date: BEFORE, district: 'Семей' })).toEqual(m('KZ-10'));
      expect(normaliseRegion('ВКО', { date: BEFORE, district: 'Риддер' })).toEqual(m('KZ-63'));
    }
  });
});
