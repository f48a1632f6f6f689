// Topics (§8.4, §12): the same question typed with different case, spacing or a closing full stop must count once.
import { cleanText, foldKey, type CellValue } from '../../shared/fold';
import { isBlank } from './blank';

// ' ', '.', ';', ':' (the cleaned name holds no other whitespace).
function isTrailingPunctuation(code: number): boolean {
  return code === 32 || code === 46 || code === 59 || code === 58;
}

/** name keeps the source spelling for display; key is the identity used for counting and aliases. */
export function normaliseTopic(value: CellValue): { name: string; key: string } | null {
  const name = cleanText(value);
  if (isBlank(name)) return null;
  const folded = foldKey(name);
  let end = folded.length;
  while (end > 0 && isTrailingPunctuation(folded.charCodeAt(end - 1))) end--;
  const key = end === folded.length ? folded : folded.slice(0, end);
  return key === '' ? null : { name, key };
}

/** A spelling's alias key alone: merges, unmerges and the retention purge match stored requests to spellings by it. */
export const topicKey = (raw: string): string | null => normaliseTopic(raw)?.key ?? null;
