// Which preview page prints the paragraph being edited. The PDF's text comes back from pdf.js in pieces, its
// lines broken where the layout broke them, so both sides are compared with no whitespace at all. Pure.

/** How much of a paragraph's start is looked for: enough to be unique, short enough to sit on one page. */
const PREFIX = 40;
/** Shorter than this, a paragraph's start («Выводы», «1.») is found on too many pages to mean anything. */
const MIN = 6;

/** Text as compared: no whitespace or soft hyphens, lower case, «ё» as «е». */
export const findable = (text: string) =>
  text
    .replace(/[\s\u00ad]+/g, '')
    .toLowerCase()
    .replace(/ё/g, 'е');

/** The index of the first page whose text has the paragraph's first ~40 characters; null if none or too short. */
export function pageOf(pages: readonly { text: string }[], paragraph: string): number | null {
  const start = findable(paragraph).slice(0, PREFIX);
  if (start.length < MIN) return null;
  // A paragraph that starts at the foot of one page may have its first 40 characters split across two.
  for (const probe of [start, start.slice(0, Math.max(MIN, PREFIX / 2))]) {
    const i = pages.findIndex((p) => p.text.includes(probe));
    if (i >= 0) return i;
  }
  return null;
}
