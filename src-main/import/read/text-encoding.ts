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
  return { encoding: validUtf8 ? 'utf-8' : 'windows-1251', bomLength: 0 };
}
