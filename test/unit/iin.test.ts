import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeIin, hashIin } from '../../src-main/import/normalise/iin';

// An independent implementation of the control digit, written from the rule rather than from the code under test.
function mod11(base: string, weights: number[]): number {
  let sum = 0;
  for (let i = 0; i < 11; i++) sum += Number(base[i]) * (weights[i] ?? 0);
  return sum % 11;
}
const W1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const W2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

function controlDigit(base11: string): number | null {
  const first = mod11(base11, W1);
  if (first !== 10) return first;
  const second = mod11(base11, W2);
  return second === 10 ? null : second;
}

/** The first valid IIN from a YYMMDD + century digit prefix, trying serials 0000…9999. */
function validIin(prefix7: string, from = 0): string {
  for (let n = from; n < 10_000; n++) {
    const base = prefix7 + String(n).padStart(4, '0');
    const c = controlDigit(base);
    if (c !== null) return base + c;
  }
  throw new Error(`no valid IIN for ${prefix7}`);
}

/** A valid IIN whose control digit needs the second round of weights. */
function secondRoundIin(prefix7: string): string {
  for (let n = 0; n < 10_000; n++) {
    const base = prefix7 + String(n).padStart(4, '0');
    if (mod11(base, W1) === 10 && mod11(base, W2) !== 10) return base + mod11(base, W2);
  }
  throw new Error('none');
}

/** An 11-digit base for which both rounds give 10: no IIN can be built from it. */
function hopelessBase(prefix7: string): string {
  for (let n = 0; n < 10_000; n++) {
    const base = prefix7 + String(n).padStart(4, '0');
    if (mod11(base, W1) === 10 && mod11(base, W2) === 10) return base;
  }
  throw new Error('none');
}

describe('decodeIin', () => {
  it.each([
    ['1', '850315', 1885, 'male'],
    ['2', '850315', 1885, 'female'],
    ['3', '850315', 1985, 'male'],
    ['4', '850315', 1985, 'female'],
    ['5', '050101', 2005, 'male'],
    ['6', '050101', 2005, 'female'],
  ] as const)('century digit %s: born %s in %i, %s', (c, yymmdd, year, sex) => {
    const iin = validIin(yymmdd + c);
    const month = Number(yymmdd.slice(2, 4));
    const day = Number(yymmdd.slice(4, 6));
    expect(decodeIin(iin)).toEqual({ ok: true, iin, birthDate: { year, month, day }, sex });
  });

  it('accepts century digit 0 (foreign national) with unknown birth date and sex, even with a blank YYMMDD', () => {
    const iin = validIin('8503150');
    expect(decodeIin(iin)).toEqual({ ok: true, iin, birthDate: null, sex: null });
    const blank = validIin('0000000');
    expect(decodeIin(blank)).toEqual({ ok: true, iin: blank, birthDate: null, sex: null });
  });

  it('validates control digits computed with the second round of weights', () => {
    const iin = secondRoundIin('9001014');
    expect(decodeIin(iin)).toMatchObject({ ok: true, iin, sex: 'female' });
    const wrong = iin.slice(0, 11) + ((Number(iin[11]) + 1) % 10);
    expect(decodeIin(wrong)).toEqual({ ok: false, reason: 'checksum' });
    // The first-round remainder is 10 here, so '0' as the control digit (10 mod 10) must not pass either.
    if (iin[11] !== '0') expect(decodeIin(`${iin.slice(0, 11)}0`)).toEqual({ ok: false, reason: 'checksum' });
  });

  it('rejects every control digit when both rounds give 10', () => {
    const base = hopelessBase('9001013');
    for (let d = 0; d <= 9; d++) expect(decodeIin(base + d)).toEqual({ ok: false, reason: 'checksum' });
  });

  it('rejects every wrong control digit', () => {
    const iin = validIin('8503153');
    for (let d = 0; d <= 9; d++) {
      if (String(d) === iin[11]) continue;
      expect(decodeIin(iin.slice(0, 11) + d)).toEqual({ ok: false, reason: 'checksum' });
    }
  });

  it('left-pads numeric cells and 11-digit strings (Excel drops the leading zero of 2000–2009 births)', () => {
    const iin = validIin('0501015');
    expect(iin.startsWith('0')).toBe(true);
    const expected = { ok: true, iin, birthDate: { year: 2005, month: 1, day: 1 }, sex: 'male' };
    expect(decodeIin(Number(iin))).toEqual(expected);
    expect(decodeIin(iin.slice(1))).toEqual(expected);
    // Born in 2000: two leading zeros lost in a numeric cell.
    const y2000 = validIin('0003156');
    expect(decodeIin(Number(y2000))).toMatchObject({ ok: true, iin: y2000, sex: 'female' });
  });

  it('strips spaces, NBSP and an Excel text marker', () => {
    const iin = validIin('9512254');
    const spaced = `${iin.slice(0, 6)} ${iin.slice(6)}`;
    expect(decodeIin(spaced)).toMatchObject({ ok: true, iin });
    expect(decodeIin(` ${iin.slice(0, 3)}\u00a0${iin.slice(3)} `)).toMatchObject({ ok: true, iin });
    expect(decodeIin(`'${iin}`)).toMatchObject({ ok: true, iin });
  });

  it.each([
    '',
    '12345',
    '1234567890123',
    '85031530012a',
    '850315-300123',
    '8503153001.5',
    'ИИН 850315300123',
  ])('%j is a format error', (value) => {
    expect(decodeIin(value)).toEqual({ ok: false, reason: 'format' });
  });

  it.each([-1, 1.5, 1e12, Number.NaN])('numeric %s is a format error', (value) => {
    expect(decodeIin(value)).toEqual({ ok: false, reason: 'format' });
  });

  it.each([
    ['month 13', '8513153'],
    ['month 00', '8500153'],
    ['day 00', '8503003'],
    ['31 April', '8504313'],
    ['29 February of a common year', '2302295'],
    ['29 February 1900', '0002293'],
    ['unassigned century digit 7', '8503157'],
    ['unassigned century digit 9', '8503159'],
  ])('%s is a birth-date error', (_label, prefix) => {
    expect(decodeIin(validIin(prefix))).toEqual({ ok: false, reason: 'birthDate' });
  });

  it('accepts 29 February of a leap year, including 2000', () => {
    expect(decodeIin(validIin('0002295'))).toMatchObject({
      ok: true,
      birthDate: { year: 2000, month: 2, day: 29 },
    });
    expect(decodeIin(validIin('8402294'))).toMatchObject({
      ok: true,
      birthDate: { year: 1984, month: 2, day: 29 },
    });
  });

  it('checks the control digit before the birth date', () => {
    const iin = validIin('8513153');
    const broken = iin.slice(0, 11) + ((Number(iin[11]) + 1) % 10);
    expect(decodeIin(broken)).toEqual({ ok: false, reason: 'checksum' });
  });
});

describe('hashIin', () => {
  it('is HMAC-SHA256 hex, keyed by the salt', () => {
    const iin = validIin('8503153');
    const h = hashIin(iin, 'salt-1');
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(h).toBe(createHmac('sha256', 'salt-1').update(iin).digest('hex'));
    expect(hashIin(iin, 'salt-1')).toBe(h);
    expect(hashIin(iin, 'salt-2')).not.toBe(h);
    expect(h).not.toContain(iin);
  });
});
