import { foldYo, spacedWords } from '../../shared/fold';

/**
 * A header cell reduced to lower-case words: punctuation and "№" spelled out so spellings compare equal. Kazakh
 * letters stay as written, unlike matchKey's: header keys are stored as remembered shapes and mappings.
 */
export function headerKey(value: unknown): string {
  if (value === null || value === undefined) return '';
  return spacedWords(foldYo(String(value).toLowerCase()).replace(/№/g, ' номер '));
}
