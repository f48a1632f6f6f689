/** A header cell reduced to lower-case words: punctuation and "№" spelled out so spellings compare equal. */
export function headerKey(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value)
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/№/g, ' номер ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
