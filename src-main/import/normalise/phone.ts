// The applicant's phone, read only to link their requests: it is reduced to its ten national digits and kept as
// a salted hash, the same HMAC as the IIN's over 'phone:' and the digits, so that a phone and an IIN never collide.
import { hashIin } from './iin';
import { cleanText, type CellValue } from '../../shared/fold';
import { isBlank } from './blank';

export interface PhoneResult {
  /** The ten digits after the country code, e.g. '7015551234'; never stored. */
  value: string | null;
  /** False for a value that is there but is no Kazakhstan number. */
  recognised: boolean;
}

const EMPTY = Object.freeze<PhoneResult>({ value: null, recognised: true });
const INVALID = Object.freeze<PhoneResult>({ value: null, recognised: false });
const NON_DIGITS_RE = /\D+/g;
// +7 / 8 and ten digits, or the ten digits alone, which in Kazakhstan all start with 7 (701…, 7172…, 727…).
const WITH_PREFIX_RE = /^[78](\d{10})$/;
const NATIONAL_RE = /^7\d{9}$/;

export function parsePhone(value: CellValue): PhoneResult {
  if (typeof value === 'boolean') return INVALID;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) || value < 0) return INVALID;
  } else if (isBlank(value)) return EMPTY;
  const digits = cleanText(value).replace(NON_DIGITS_RE, '');
  const m = WITH_PREFIX_RE.exec(digits);
  if (m) return { value: m[1] ?? null, recognised: true };
  return NATIONAL_RE.test(digits) ? { value: digits, recognised: true } : INVALID;
}

/** HMAC-SHA256 of 'phone:' and the ten digits under the IIN salt, hex. */
export function hashPhone(tenDigits: string, salt: string): string {
  return hashIin(`phone:${tenDigits}`, salt);
}
