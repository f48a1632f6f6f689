/**
 * Counts as Kazakh official documents write them: digit groups separated by a space (non-breaking
 * in the UI). Not Intl: its separator differs between ICU builds (U+00A0 in Node, U+202F in Chromium).
 */
export function formatCount(n: number, separator = '\u00a0'): string {
  const [int = '', frac] = String(n).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  return frac === undefined ? grouped : `${grouped},${frac}`;
}

/** The app's clock readings ('YYYY-MM-DD HH:MM:SS') as people read them: 24.11.2026 09:15. */
export function formatStamp(stamp: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})/.exec(stamp);
  return m ? `${m[3]}.${m[2]}.${m[1]} ${m[4]}:${m[5]}` : stamp;
}

export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A change with its sign: +12, −3,5 (a true minus sign), 0. */
export const signedCount = (v: number): string =>
  `${v > 0 ? '+' : v < 0 ? '−' : ''}${formatCount(Math.abs(v))}`;
