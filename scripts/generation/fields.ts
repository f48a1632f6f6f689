// Values both generators write the same way: dates as a CRM spells them, ages in words, CSV fields, IINs with
// their control digit, birth dates and the sentences of a request's text.
import type { Rng } from './rng';

const DAY_MS = 86_400_000;

export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** 'dd.mm.yyyy' of UTC milliseconds standing for a local calendar date. */
export function fmtDate(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
}

/** 'dd.mm.yyyy hh:mm' or 'dd.mm.yyyy hh:mm:ss', as a CRM writes a date-time as text. */
export function fmtDateTime(ms: number, seconds: boolean): string {
  const d = new Date(ms);
  const hm = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  return `${fmtDate(ms)} ${seconds ? `${hm}:${pad(d.getUTCSeconds())}` : hm}`;
}

/** '45 лет', '21 год', '32 года'. */
export function russianYears(n: number): string {
  const d10 = n % 10;
  const d100 = n % 100;
  if (d10 === 1 && d100 !== 11) return `${n} год`;
  if (d10 >= 2 && d10 <= 4 && (d100 < 12 || d100 > 14)) return `${n} года`;
  return `${n} лет`;
}

export function csvField(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A detail sentence for the person and place; null when it names a place and there is none. */
export function fillSentence(template: string, female: boolean, place: string | null): string | null {
  if (template.includes('{place}') && place === null) return null;
  return template
    .replaceAll('{place}', place ?? '')
    .replaceAll('{ся}', female ? 'ась' : 'ся')
    .replaceAll('{а}', female ? 'а' : '');
}

/** A birth date (UTC ms) such that the person is exactly `age` years old on `atMs`. */
export function drawBirth(rng: Rng, atMs: number, age: number): number {
  const at = new Date(atMs);
  const y = at.getUTCFullYear();
  const m = at.getUTCMonth();
  const d = at.getUTCDate();
  const latest = Date.UTC(y - age, m, d);
  const earliest = Date.UTC(y - age - 1, m, d) + DAY_MS;
  return earliest + rng.int(0, Math.round((latest - earliest) / DAY_MS)) * DAY_MS;
}

// IIN: YYMMDD, century-and-sex digit, 4-digit serial, control digit.

const IIN_W1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const IIN_W2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

function iinControl(digits: readonly number[]): number | null {
  const sum = (w: readonly number[]): number => digits.reduce((s, d, i) => s + d * (w[i] ?? 0), 0) % 11;
  const first = sum(IIN_W1);
  if (first !== 10) return first;
  const second = sum(IIN_W2);
  return second !== 10 ? second : null;
}

/** An IIN for the birth date and sex; `broken`: with a wrong control digit. */
export function makeIin(rng: Rng, birthMs: number, female: boolean, broken: boolean): string {
  const b = new Date(birthMs);
  const year = b.getUTCFullYear();
  const centurySex = year >= 2000 ? (female ? 6 : 5) : female ? 4 : 3;
  const head = `${pad(year % 100)}${pad(b.getUTCMonth() + 1)}${pad(b.getUTCDate())}${centurySex}`;
  for (;;) {
    const body = `${head}${pad(rng.int(0, 9999), 4)}`;
    const control = iinControl([...body].map(Number));
    if (control === null) continue;
    return `${body}${broken ? (control + rng.int(1, 9)) % 10 : control}`;
  }
}
