/**
 * Marks what still shows an earlier selection's answer while the current one loads: busy for screen
 * readers, not operable, and dimmed by styles.css once the wait is long enough to notice.
 */
export function staleMarks(stale: boolean) {
  return stale ? { 'aria-busy': true, inert: true, 'data-stale': '' } : {};
}
