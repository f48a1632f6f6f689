// What is masked in a request's text, and how identifiers read in reports (personal data, Law No. 94-V).
import { describe, expect, it } from 'vitest';
import { maskPersonalData, type MaskCounts } from '../../src-main/import/normalise/personal-data';
import { maskEmail, maskIin, maskPhone } from '../../src-main/shared/mask';
import { makeIin } from '../fixtures/build';

const IIN = makeIin(1985, 4, 12, 'male');
const WRONG_IIN = IIN.slice(0, 11) + String((Number(IIN.slice(11)) + 1) % 10);

const masked = (text: string) => {
  const counts: MaskCounts = { iin: 0, phone: 0, email: 0 };
  return { text: maskPersonalData(text, counts), counts };
};

describe('identifiers in reports', () => {
  it('keep the ends of an IIN, the code and last two digits of a phone, the first letter and zone of an e-mail', () => {
    expect(maskIin('850412345623')).toBe('8504••••••23');
    expect(maskIin(' 850412345623 ')).toBe('8504••••••23');
    // Too short to show its ends without showing most of it.
    expect(maskIin('12345')).toBe('•••45');
    expect(maskIin('12')).toBe('••');
    expect(maskPhone('+7 701 123 45 67')).toBe('+7 701 ••• •• 67');
    expect(maskPhone('8(701)1234567')).toBe('+7 701 ••• •• 67');
    expect(maskPhone('7011234567')).toBe('+7 701 ••• •• 67');
    expect(maskPhone('8 701 555 12')).toBe('•••••••12');
    expect(maskEmail('aigerim.n@mail.kz')).toBe('a•••@•••.kz');
    expect(maskEmail('ivan@gov.kz')).toBe('i•••@•••.kz');
  });
});

describe('personal data typed in a text', () => {
  it('masks an IIN with a valid checksum, and nothing of a twelve-digit number without one', () => {
    expect(masked(`ИИН ${IIN}.`)).toEqual({
      text: `ИИН ${IIN.slice(0, 4)}••••••${IIN.slice(-2)}.`,
      counts: { iin: 1, phone: 0, email: 0 },
    });
    expect(masked(`ИИН: ${IIN}, повторно ${IIN}`).counts.iin).toBe(2);
    expect(masked(`счёт ${WRONG_IIN}`).text).toBe(`счёт ${WRONG_IIN}`);
  });

  it('masks Kazakhstan phone numbers in the usual spellings', () => {
    for (const phone of [
      '+7 701 123 45 67',
      '+7(701)123-45-67',
      '+7 (701) 123-45-67',
      '+77011234567',
      '8(701)1234567',
      '8 701 123 45 67',
      '8-701-123-45-67',
      '87011234567',
      '7011234567',
      '8 (7172) 12-34-67',
    ]) {
      const r = masked(`звоните ${phone}, спасибо`);
      expect(r.counts, phone).toEqual({ iin: 0, phone: 1, email: 0 });
      expect(r.text, phone).toMatch(/^звоните \+7 7\d\d ••• •• 67, спасибо$/);
    }
  });

  it('leaves registration numbers, dates, times, sums and other numbers alone', () => {
    for (const text of [
      'Заявка № ЖТ-2024-0012345 от 15.07.2024',
      'рег. № 7011234567',
      'ЗТ-7011234567',
      'KZ7011234567',
      '2024-07-15 10:30:00',
      '20240715103000',
      'на сумму 1 500 000 тенге',
      'на сумму 7 700 000 000 тенге',
      'долг 77 000 000 000',
      'договор 7011234567890',
      'карта 4400 4301 2345 6789',
      'тел. 8 800 080 77 77 (бесплатно)',
      `счёт ${WRONG_IIN}`,
      'время 10:30, кабинет 701',
    ]) {
      expect(masked(text), text).toEqual({ text, counts: { iin: 0, phone: 0, email: 0 } });
    }
  });

  it('masks e-mail addresses, Cyrillic ones too', () => {
    expect(masked('пишите на aigerim.n@mail.kz или на почта@пример.қаз')).toEqual({
      text: 'пишите на a•••@•••.kz или на п•••@•••.қаз',
      counts: { iin: 0, phone: 0, email: 2 },
    });
    // The local part of an e-mail made of a phone number is masked once, as the e-mail.
    expect(masked('87011234567@mail.ru')).toEqual({
      text: '8•••@•••.ru',
      counts: { iin: 0, phone: 0, email: 1 },
    });
  });

  it('keeps an empty text empty and a missing one missing', () => {
    expect(maskPersonalData(null)).toBeNull();
    expect(maskPersonalData('')).toBe('');
  });
});
