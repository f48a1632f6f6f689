/**
 * Counts as Kazakh official documents write them: digit groups separated by a space (non-breaking
 * in the UI). Not Intl: its separator differs between ICU builds (U+00A0 in Node, U+202F in Chromium).
 */
export function formatCount(n: number, separator = '\u00a0'): string {
  const [int = '', frac] = String(n).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  return frac === undefined ? grouped : `${grouped},${frac}`;
}
