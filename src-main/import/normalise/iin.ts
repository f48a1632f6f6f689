// The individual identification number (ИИН / ЖСН). Only its hash is stored; the birth date and sex it encodes
// feed the social portrait (§13) when the source has no separate age or sex column.
import { daysInMonth } from '../../shared/dates';
import { createHmac } from 'node:crypto';
import type { LocalDate, Sex } from '../../shared/domain';

export type IinResult =
  | { ok: true; iin: string; birthDate: LocalDate | null; sex: Sex | null; entity?: false }
  /** A BIN: the applicant is a legal entity, with no birth date or sex. */
  | { ok: true; iin: string; birthDate: null; sex: null; entity: true }
  | { ok: false; reason: 'format' | 'checksum' | 'birthDate' };

const FORMAT = Object.freeze({ ok: false, reason: 'format' } as const);
const CHECKSUM = Object.freeze({ ok: false, reason: 'checksum' } as const);
const BIRTH_DATE = Object.freeze({ ok: false, reason: 'birthDate' } as const);

const WEIGHTS_FIRST = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const WEIGHTS_SECOND = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;
const MAX_IIN = 999_999_999_999;
const SPACES_RE = /\s+/g;
const TWELVE_DIGITS_RE = /^\d{12}$/;
// Excel drops the leading zeros of a number: an IIN of someone born in 2000–2009 starts with 0, and one born in
// January 2000 to September 2000 with up to three zeros (000101…, 000915…).
const SHORTENED_RE = /^\d{9,11}$/;
/** The smallest number that can be an IIN which lost no more than three zeros. */
const MIN_IIN = 100_000_000;
// The fifth digit of a BIN: a resident or non-resident legal entity, or an entrepreneur's joint venture.
const BIN_TYPES = new Set([4, 5, 6]);

function digit(s: string, i: number): number {
  return s.charCodeAt(i) - 48;
}

function weightedMod11(s: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < 11; i++) sum += digit(s, i) * (weights[i] ?? 0);
  return sum % 11;
}

function checksumHolds(s: string): boolean {
  let control = weightedMod11(s, WEIGHTS_FIRST);
  if (control === 10) control = weightedMod11(s, WEIGHTS_SECOND);
  return control !== 10 && control === digit(s, 11);
}

/**
 * Validates an IIN and decodes the birth date and sex from it. Up to three leading zeros that Excel dropped are
 * put back (9 to 11 digits, as a number or as text). A 7th digit of 0 (foreign nationals without the data) gives
 * a valid IIN with unknown birth date and sex; 7–9 are not assigned and fail as 'birthDate'. A BIN (the same
 * checksum, a registration year and month, then 4, 5 or 6) is a legal entity's: valid, with no birth date or sex.
 * The birth date is not compared with today: that needs a clock, and the caller has the request date.
 */
export function decodeIin(value: string | number): IinResult {
  let s: string;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) || value < MIN_IIN || value > MAX_IIN) return FORMAT;
    s = String(value).padStart(12, '0');
  } else {
    s = value.replace(SPACES_RE, '');
    // Excel's text-cell marker survives some CSV exports.
    if (s.charCodeAt(0) === 39) s = s.slice(1);
    if (SHORTENED_RE.test(s)) s = s.padStart(12, '0');
  }
  if (!TWELVE_DIGITS_RE.test(s)) return FORMAT;
  if (!checksumHolds(s)) return CHECKSUM;

  const centurySex = digit(s, 6);
  // A day of birth starts with 0–3: a fifth digit of 4–6 is a BIN's entity type, after its month of registration.
  const binMonth = digit(s, 2) * 10 + digit(s, 3);
  if (BIN_TYPES.has(digit(s, 4)) && binMonth >= 1 && binMonth <= 12) {
    return { ok: true, iin: s, birthDate: null, sex: null, entity: true };
  }
  if (centurySex === 0) return { ok: true, iin: s, birthDate: null, sex: null };
  if (centurySex > 6) return BIRTH_DATE;
  const year = 1800 + 100 * Math.floor((centurySex - 1) / 2) + digit(s, 0) * 10 + digit(s, 1);
  const month = digit(s, 2) * 10 + digit(s, 3);
  const day = digit(s, 4) * 10 + digit(s, 5);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return BIRTH_DATE;
  return {
    ok: true,
    iin: s,
    birthDate: { year, month, day },
    sex: centurySex % 2 === 1 ? 'male' : 'female',
  };
}

/** HMAC-SHA256 of the normalised 12-digit IIN, hex: the same person links across files without the IIN in clear. */
export function hashIin(iin: string, salt: string): string {
  return createHmac('sha256', salt).update(iin).digest('hex');
}
