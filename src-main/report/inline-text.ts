// Ordinals written with a hyphen («3-тоқсанда», «11-тармағына») must not break at it, and the font has
// no non-breaking hyphen (U+2011): such words go in as unbreakable pieces.
import type { Content } from 'pdfmake/interfaces';

const HYPHENATED_NUMBER = /(\d+-[\p{L}]+)/u;

export function inlineText(line: string): string | Content[] {
  const parts = line.split(HYPHENATED_NUMBER);
  if (parts.length === 1) return line;
  return parts.filter(Boolean).map((p) => (HYPHENATED_NUMBER.test(p) ? { text: p, noWrap: true } : p));
}
