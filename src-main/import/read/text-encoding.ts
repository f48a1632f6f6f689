export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251';

/**
 * The encoding of a text export: a BOM says it, otherwise UTF-8 when every byte is valid UTF-8, else
 * Windows-1251, which is what Russian-locale Excel writes for "CSV (разделители — точка с запятой)".
 * `validUtf8` is known only after the whole file was read once (see file-facts.ts).
 */
export function detectEncoding(
  head: Uint8Array,
  validUtf8: boolean,
): { encoding: TextEncoding; bomLength: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  const utf16 = utf16WithoutBom(head);
  if (utf16) return { encoding: utf16, bomLength: 0 };
  return { encoding: validUtf8 ? 'utf-8' : 'windows-1251', bomLength: 0 };
}

/**
 * UTF-16 saved without a BOM ("Unicode text" from some exporters): every ASCII character of a CSV
 * (digits, delimiters, line breaks) has a zero high byte, so zeros fall on one side of each byte pair
 * only, and often. Stray NULs in an 8-bit file fall on both sides and are rare.
 */
export function utf16WithoutBom(head: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = head.length - (head.length % 2);
  if (n < 16) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) even++;
    if (head[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd >= pairs * 0.1 && even === 0) return 'utf-16le';
  if (even >= pairs * 0.1 && odd === 0) return 'utf-16be';
  return null;
}
