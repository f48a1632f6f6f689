// Wait and call times in whole seconds, as contact-center exports write them: a number of seconds, an Excel time
// (a numeric cell under 1: a fraction of a day), 'ЧЧ:ММ:СС' or 'ММ:СС', or with units: '83 сек', '1 мин 23 с',
// '1 мин. 23 с.', '2 мин', '1м23с', in Russian or Kazakh ('сек', 'секунд', 'мин', 'м', 'минут', 'сағ').
// A number written as text is always seconds: '0,5' is half a second (rounded to 1 s), never half a day.
import { cleanText, type CellValue } from '../../shared/fold';
import { isBlank } from './blank';

export interface DurationResult {
  /** Whole seconds, 0 to 86 400. */
  value: number | null;
  /** False for a value that is there but is no duration (or is negative, or longer than a day). */
  recognised: boolean;
}

const SECONDS_PER_DAY = 86_400;
const EMPTY = Object.freeze<DurationResult>({ value: null, recognised: true });
const INVALID = Object.freeze<DurationResult>({ value: null, recognised: false });

// A plain number, comma or point decimals.
const NUMBER_RE = /^[+-]?\d+(?:[.,]\d+)?$/;
// H:MM:SS or M:SS (or MM:SS), an optional fraction of a second.
const HMS_RE = /^(\d{1,2}):([0-5]\d):([0-5]\d)(?:[.,]\d+)?$/;
const MS_RE = /^(\d{1,3}):([0-5]\d)(?:[.,]\d+)?$/;
// One amount with its unit; the whole value must be made of these (in any order, each unit once).
const PART_RE =
  /(\d+(?:[.,]\d+)?)\s*(час(?:а|ов)?|ч|сағат|сағ|саг|hours?|hrs?|h|минут(?:а|ы)?|мин|м|min(?:utes?)?|m|секунд(?:а|ы)?|сек|с|sec(?:onds?)?|s)(?![\p{L}])\.?/gu;
const FILLER_RE = /^[\s,;]*(?:и|және|and)?[\s,;]*$/u;
const UNIT_SECONDS: Readonly<Record<string, number>> = { h: 3600, m: 60, s: 1 };

function unitOf(word: string): 'h' | 'm' | 's' {
  if (/^(час|ч|саг|сағ|h)/.test(word)) return 'h';
  if (/^(м|m)/.test(word)) return 'm';
  return 's';
}

/** `cell`: a numeric cell, where a value under 1 is an Excel time ('0:01:23' is a fraction of a day). */
function fromNumber(n: number, cell: boolean): DurationResult {
  if (!Number.isFinite(n) || n < 0) return INVALID;
  const seconds = cell && n > 0 && n < 1 ? Math.round(n * SECONDS_PER_DAY) : Math.round(n);
  return seconds > SECONDS_PER_DAY ? INVALID : { value: seconds, recognised: true };
}

function checked(seconds: number): DurationResult {
  return seconds > SECONDS_PER_DAY ? INVALID : { value: Math.round(seconds), recognised: true };
}

export function parseDuration(value: CellValue): DurationResult {
  if (typeof value === 'boolean') return INVALID;
  if (typeof value === 'number') return fromNumber(value, true);
  if (isBlank(value)) return EMPTY;
  const s = cleanText(value).toLowerCase();
  if (NUMBER_RE.test(s)) return fromNumber(Number(s.replace(',', '.')), false);
  let m = HMS_RE.exec(s);
  if (m) return checked(Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]));
  m = MS_RE.exec(s);
  if (m) return checked(Number(m[1]) * 60 + Number(m[2]));

  let total = 0;
  const seen = new Set<string>();
  const rest = s.replace(PART_RE, (_all, amount: string, word: string) => {
    const unit = unitOf(word);
    // A unit given twice ('1 мин 2 мин') is not a duration anyone wrote on purpose.
    if (seen.has(unit)) total = Number.NaN;
    seen.add(unit);
    total += Number(amount.replace(',', '.')) * (UNIT_SECONDS[unit] ?? 1);
    return ' ';
  });
  if (seen.size === 0 || !FILLER_RE.test(rest.replace(/\s+/g, ' ')) || Number.isNaN(total)) return INVALID;
  return checked(total);
}
