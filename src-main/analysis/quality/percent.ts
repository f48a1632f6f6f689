// Rounding and shares, the way the main analysis rounds (halves away from zero).
import { round1 } from '../../shared/percent';

export { round1 };

/** Two decimals, halves away from zero. */
export function round2(x: number): number {
  return (Math.sign(x) * Math.round(Math.abs(x) * 100)) / 100;
}

/** part / whole as a percent with one decimal; null when whole is 0. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : round1((part / whole) * 100);
}
