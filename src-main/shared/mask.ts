// How a person's identifiers read wherever they leave the encrypted store (reports, messages, the rejected-rows CSV,
// the request texts as stored): by a few characters that let the analyst tell one from another, never whole
// (Law No. 94-V). Pure, so the CLI and the window show the same forms.

const DOT = '•';
/** What stands for a value shown not at all: a name, an address. */
export const MASK = DOT.repeat(3);
/** A long value is shown by its ends with this many dots between, whatever its length: the length tells nothing. */
const MIDDLE = 6;

/**
 * An IIN or any identifier: «8504••••••23», the first four and the last two characters. One too short for that keeps
 * its last two at most, so that most of it stays hidden.
 */
export function maskIin(value: string | number): string {
  const s = String(value).replace(/\s+/g, '');
  if (s.length >= 10) return `${s.slice(0, 4)}${DOT.repeat(MIDDLE)}${s.slice(-2)}`;
  if (s.length >= 4) return `${DOT.repeat(s.length - 2)}${s.slice(-2)}`;
  return DOT.repeat(s.length);
}

/**
 * A phone number: «+7 701 ••• •• 67», the operator's or city's code and the last two digits, whichever way it was
 * written; anything else by its last two digits.
 */
export function maskPhone(value: string | number): string {
  const digits = String(value).replace(/\D/g, '');
  const national =
    digits.length === 11 && (digits[0] === '7' || digits[0] === '8') ? digits.slice(1) : digits;
  if (national.length === 10 && national[0] === '7') {
    return `+7 ${national.slice(0, 3)} ${DOT.repeat(3)} ${DOT.repeat(2)} ${national.slice(8)}`;
  }
  if (digits.length < 4) return DOT.repeat(Math.max(digits.length, 3));
  return `${DOT.repeat(Math.min(digits.length - 2, 8))}${digits.slice(-2)}`;
}

/** An e-mail address: «a•••@•••.kz», its first letter and its zone. */
export function maskEmail(value: string): string {
  const s = value.trim();
  const at = s.lastIndexOf('@');
  if (at <= 0) return MASK;
  const zone = /\.[^.@]+$/.exec(s.slice(at + 1))?.[0] ?? '';
  return `${s.charAt(0)}${MASK}@${MASK}${zone}`;
}
