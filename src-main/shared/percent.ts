// Percent arithmetic shared by the analyses, the documents and the screens. Pure.

/** Percent to one decimal, halves away from zero, so +2.5 and −2.5 round alike. */
export function round1(x: number): number {
  return (Math.sign(x) * Math.round(Math.abs(x) * 10)) / 10;
}

/** The change against a comparison count, in percent to one decimal; null over a zero count. */
export function changePercent(count: number, previous: number): number | null {
  return previous === 0 ? null : round1(((count - previous) / previous) * 100);
}
