// The rules for values as they really come (§6 "Values as they really come"), written from their statement:
// Windows-1251 damage put back, whole-word vocabularies, IINs that lost their zeros, ISO instants with offsets,
// deadlines in days, the region from a region column, a city, a district or an address, and age groups.
import { describe, expect, it } from 'vitest';
import type { LocalDateTime, RegionCode } from '../../src-main/shared/domain';
import { parseAge } from '../../src-main/import/normalise/age';
import { parseDateTime } from '../../src-main/import/normalise/dates';
import { parseDeadlineTerm } from '../../src-main/import/normalise/deadline';
import { decodeIin } from '../../src-main/import/normalise/iin';
import { VALUE_LEXICON } from '../../src-main/import/normalise/lexicon';
import { buildLexicon, restoreLostLetters } from '../../src-main/import/normalise/lost-letters';
import { matchPlace, regionsOfAddress } from '../../src-main/import/normalise/place';
import { regionOfRequest, type PlaceValues } from '../../src-main/import/normalise/request-region';
import { parseSocialStatus } from '../../src-main/import/normalise/social-status';
import { atZone } from '../../src-main/shared/dates';
import { normaliseRegion } from '../../src-main/reference/region-match';

describe('Windows-1251 damage: «?» where a Kazakh letter stood', () => {
  it.each([
    ['Т?ркістан облысы', 'Түркістан облысы'],
    ['К?п балалы отбасы', 'Көп балалы отбасы'],
    ['Білімі жо? адам', 'Білімі жоқ адам'],
  ])('«%s» → «%s»', (damaged, restored) => {
    expect(restoreLostLetters(damaged, VALUE_LEXICON)).toEqual({
      value: restored,
      restored: true,
      ambiguous: false,
    });
  });

  it.each([
    ['Т?РКІСТАН ОБЛЫСЫ', 'ТҮРКІСТАН ОБЛЫСЫ'],
    ['?ызылорда облысы', 'Қызылорда облысы'],
    ['Батыс ?азақстан облысы', 'Батыс Қазақстан облысы'],
  ])('puts back a letter of either case: «%s» → «%s»', (damaged, restored) => {
    expect(restoreLostLetters(damaged, VALUE_LEXICON).value).toBe(restored);
  });

  it('makes a damaged region name a known region again', () => {
    const m = normaliseRegion(restoreLostLetters('Т?ркістан облысы', VALUE_LEXICON).value);
    expect(m).toEqual({ kind: 'matched', code: 'KZ-61' });
  });

  it('leaves a word that two letters fit as it is, and says it is ambiguous', () => {
    // «көл» (lake) and «күл» (ash): «к?л» may be either. The value lexicon itself holds no such pair, so the
    // rule is checked on a lexicon of these two words.
    const lexicon = buildLexicon(['көл', 'күл']);
    expect(restoreLostLetters('к?л', lexicon)).toEqual({ value: 'к?л', restored: false, ambiguous: true });
  });

  it('leaves a question mark that ends a sentence alone', () => {
    expect(restoreLostLetters('Когда дадут тепло?', VALUE_LEXICON)).toEqual({
      value: 'Когда дадут тепло?',
      restored: false,
      ambiguous: false,
    });
  });

  it('reads the restored «Білімі жоқ адам» as without education, never as educated', () => {
    const restored = restoreLostLetters('Білімі жо? адам', VALUE_LEXICON).value;
    expect(parseSocialStatus(restored).value).toBe('noEducation');
    expect(parseSocialStatus('Білімі жоқ адам').value).toBe('noEducation');
  });
});

// The IIN check digit as the IIN's published rules define it, to make sure the fixtures below are valid IINs.
function checkDigitHolds(iin: string): boolean {
  const sum = (w: readonly number[]) =>
    [...iin.slice(0, 11)].reduce((a, c, i) => a + Number(c) * (w[i] ?? 0), 0) % 11;
  let c = sum([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  if (c === 10) c = sum([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]);
  return c !== 10 && c === Number(iin.charAt(11));
}

describe('IINs that Excel shortened', () => {
  // People born 2000–2009: century-and-sex digit 5 (male) or 6 (female), and a leading zero or more.
  const born2000s = [
    { iin: '000101501179', digits: 9, birthDate: { year: 2000, month: 1, day: 1 }, sex: 'male' },
    { iin: '000905606197', digits: 9, birthDate: { year: 2000, month: 9, day: 5 }, sex: 'female' },
    { iin: '001015697690', digits: 10, birthDate: { year: 2000, month: 10, day: 15 }, sex: 'female' },
    { iin: '050312569907', digits: 11, birthDate: { year: 2005, month: 3, day: 12 }, sex: 'male' },
    { iin: '091231652146', digits: 11, birthDate: { year: 2009, month: 12, day: 31 }, sex: 'female' },
  ] as const;

  it('has valid fixtures', () => {
    for (const c of born2000s) expect([c.iin, checkDigitHolds(c.iin)]).toEqual([c.iin, true]);
    expect(checkDigitHolds('180450553323')).toBe(true);
  });

  it.each(born2000s.map((c) => [c.digits, c.iin, c] as const))(
    'restores a %i-digit number or string (%s)',
    (digits, iin, c) => {
      const number = Number(iin);
      const text = String(number);
      expect(text).toHaveLength(digits);
      for (const value of [number, text]) {
        expect(decodeIin(value)).toMatchObject({ ok: true, iin, birthDate: c.birthDate, sex: c.sex });
      }
    },
  );

  it.each([30, 12_345_678, 1_015_697, '30', '12345678', '01015697'])(
    'refuses %s: eight digits or fewer are no IIN',
    (value) => {
      expect(decodeIin(value).ok).toBe(false);
    },
  );

  it('reads a BIN as a legal entity, with no sex and no birth date', () => {
    for (const c of ['180450553323', '050452608110', '031253538024']) expect(checkDigitHolds(c)).toBe(true);
    // A BIN registered in 2003–2005 loses its leading zero in Excel as an IIN does.
    for (const value of ['180450553323', 180_450_553_323, 50_452_608_110, '50452608110', 31_253_538_024]) {
      expect(decodeIin(value)).toMatchObject({ ok: true, entity: true, sex: null, birthDate: null });
    }
  });
});

describe('ISO instants with an offset, moved to Asia/Almaty', () => {
  const ZONE = 'Asia/Almaty';
  const wall = (v: LocalDateTime) =>
    `${v.year}-${String(v.month).padStart(2, '0')}-${String(v.day).padStart(2, '0')} ` +
    `${String(v.hour).padStart(2, '0')}:${String(v.minute).padStart(2, '0')}:${String(v.second).padStart(2, '0')}`;
  const local = (input: string): string => {
    const r = parseDateTime(input);
    if (!r.ok) return `not ok: ${r.reason}`;
    return wall(r.offsetMinutes === undefined ? r.value : atZone(r.value, r.offsetMinutes, ZONE));
  };

  it.each([
    ['2024-06-30T19:40:00Z', 0],
    ['2024-06-30T19:40:00+06:00', 360],
    ['2024-06-30T19:40:00+0500', 300],
    ['2024-06-30T19:40:00-03', -180],
    ['2024-06-30T19:40Z', 0],
    ['2024-06-30T19:40:00.250Z', 0],
  ])('reads the offset of %s', (input, minutes) => {
    expect(parseDateTime(input)).toMatchObject({ ok: true, offsetMinutes: minutes });
  });

  it.each([
    // After 1 March 2024 Almaty is UTC+5.
    ['2024-06-30T19:40:00Z', '2024-07-01 00:40:00'],
    ['2024-06-30T19:40:00+06:00', '2024-06-30 18:40:00'],
    ['2024-06-30T19:40:00+0500', '2024-06-30 19:40:00'],
    ['2024-06-30T19:40:00-03', '2024-07-01 03:40:00'],
    // A quarter's edge: at UTC+5 this is still the second quarter (at UTC+6 it would be the third).
    ['2024-06-30T18:30:00Z', '2024-06-30 23:30:00'],
    // Before 1 March 2024 Almaty was UTC+6: the instant that is New Year there.
    ['2023-12-31T18:30:00Z', '2024-01-01 00:30:00'],
    ['2024-02-28T20:00:00Z', '2024-02-29 02:00:00'],
    ['2023-09-30T23:10:00+05:00', '2023-10-01 00:10:00'],
    // Either side of the change itself (2024-03-01 00:00 +06 became 2024-02-29 23:00 +05).
    ['2024-02-29T17:30:00Z', '2024-02-29 23:30:00'],
    ['2024-02-29T18:30:00Z', '2024-02-29 23:30:00'],
    ['2024-03-01T06:00:00Z', '2024-03-01 11:00:00'],
  ])('%s is %s in Almaty', (input, expected) => {
    expect(local(input)).toBe(expected);
  });

  it.each([
    ['2024-06-30T19:40:00', '2024-06-30 19:40:00'],
    ['2024-06-30 23:59:59', '2024-06-30 23:59:59'],
    ['30.06.2024 23:59', '2024-06-30 23:59:00'],
    ['2024-02-29 23:30', '2024-02-29 23:30:00'],
  ])('keeps the wall time of %s, written without an offset', (input, expected) => {
    const r = parseDateTime(input);
    expect(r).toMatchObject({ ok: true });
    expect(r.ok && r.offsetMinutes).toBeFalsy();
    expect(local(input)).toBe(expected);
  });
});

describe('a deadline given as a number of days', () => {
  it.each([
    [15, { days: 15, working: false }],
    ['15', { days: 15, working: false }],
    ['15 дн.', { days: 15, working: false }],
    ['15 дней', { days: 15, working: false }],
    ['15 рабочих дней', { days: 15, working: true }],
    ['15 жұмыс күні', { days: 15, working: true }],
    ['30 календарных дней', { days: 30, working: false }],
  ])('%s is a term', (value, term) => {
    expect(parseDeadlineTerm(value)).toEqual(term);
  });

  it.each(['15.07.2024', '2024-07-15', 400, '400'])('%s is no term', (value) => {
    expect(parseDeadlineTerm(value)).toBeNull();
  });
});

describe('the region from a place', () => {
  const day = { year: 2024, month: 7, day: 1 };
  const request = (v: Partial<PlaceValues>) =>
    regionOfRequest(
      { region: null, city: null, district: null, address: null, ...v },
      { day, aliases: new Map() },
    );
  const asRegion = (part: string): RegionCode | null => {
    const m = normaliseRegion(part, { date: day });
    return m.kind === 'matched' ? m.code : null;
  };
  const sorted = (codes: readonly RegionCode[]) => [...codes].sort();

  it.each([
    ['г. Семей', ['KZ-10']],
    // The 2022 splits.
    ['Талдықорған', ['KZ-33']],
    ['Жезқазған', ['KZ-62']],
    ['Қонаев', ['KZ-19']],
    ['Аягозского района', ['KZ-10']],
    ['Алмалы ауданы', ['KZ-75']],
    // Astana and Aktobe each have a district «Алматы».
    ['Алматы ауданы', ['KZ-15', 'KZ-71']],
  ])('«%s» lies in %j', (name, regions) => {
    expect(sorted(matchPlace(name).regions)).toEqual(regions);
  });

  it('lets the region column win over a district that shares a city’s name', () => {
    expect(request({ region: 'Астана', district: 'Алматы ауданы' })).toMatchObject({
      kind: 'found',
      code: 'KZ-71',
    });
    expect(request({ region: 'Ақтөбе облысы', district: 'Алматы ауданы' })).toMatchObject({
      kind: 'found',
      code: 'KZ-15',
    });
  });

  it('takes the region from the city column, then the district, when there is no region column', () => {
    expect(request({ city: 'Алматы' })).toMatchObject({ kind: 'found', code: 'KZ-75' });
    expect(request({ city: 'г. Семей', district: 'Алмалы ауданы' })).toMatchObject({
      kind: 'found',
      code: 'KZ-10',
    });
    expect(request({ district: 'Аягозский район' })).toMatchObject({ kind: 'found', code: 'KZ-10' });
  });

  it.each([
    // The street «Абая» is not the district Абай.
    ['г. Семей, ул. Абая 12', 'KZ-10'],
    ['Қонаев қ., Абай көшесі 3', 'KZ-19'],
    ['Астана, Алматы ауданы', 'KZ-71'],
  ])('reads «%s» as %s', (address, code) => {
    expect(regionsOfAddress(address, asRegion).regions).toEqual([code]);
    expect(request({ address })).toMatchObject({ kind: 'found', code });
  });

  it('finds no region in an address that names only a microdistrict and a house', () => {
    expect(regionsOfAddress('мкр. Самал-2, д. 14', asRegion).regions).toEqual([]);
    expect(request({ address: 'мкр. Самал-2, д. 14' })).toEqual({ kind: 'none' });
  });
});

describe('age groups', () => {
  it('reads a Kazakh age group', () => {
    const age = parseAge('18-30 жас');
    expect(age).toBeGreaterThanOrEqual(18);
    expect(age).toBeLessThanOrEqual(30);
  });

  it.each(['31-40', '31–40', '31-40 лет', 'от 31 до 40'])('«%s» is an age in the 31–40 band', (value) => {
    const age = parseAge(value);
    expect(age).not.toBeNull();
    expect(age).toBeGreaterThanOrEqual(31);
    expect(age).toBeLessThanOrEqual(40);
  });
});
