// The machinery the vocabulary columns share (channel, category, request type, result, social status): cell text
// matched against word beginnings, and a memo of the answers, since a column repeats a few dozen spellings over
// a million rows.
import { hasLatin, latinKey, looseKey, matchKey, type CellValue } from '../../shared/fold';
import { isBlank } from './blank';

/** What a vocabulary column's parser tells of one cell. The returned objects are shared and frozen. */
export interface VocabularyResult<V> {
  value: V | null;
  /** False for a value no rule knows (or, with `single`, one that several rules know): reported to the analyst. */
  recognised: boolean;
}

// More distinct spellings than any real column holds: past it, the memo starts afresh rather than grow.
const MEMO_LIMIT = 10_000;

/** `compute`, remembering its answers for up to `limit` distinct keys (then forgetting them all and starting anew). */
export function boundedMemo<R>(compute: (key: string) => R, limit = MEMO_LIMIT): (key: string) => R {
  const memo = new Map<string, R>();
  return (key) => {
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    const result = compute(key);
    if (memo.size >= limit) memo.clear();
    memo.set(key, result);
    return result;
  };
}

export interface PrefixMatcherOptions<V> {
  /** The value of a cell no rule knows (unrecognised all the same); null unless given. */
  unknown?: V;
  /**
   * False (the default): the first rule, in order, that knows the cell decides. True: exactly one rule must know
   * it, and a cell that several rules know ('Типовая жалоба') is unrecognised rather than guessed.
   */
  single?: boolean;
}

/**
 * A parser for a vocabulary column. Each rule's words are written as typed and matched on matchKey's folded form
 * (so 'шағым' finds 'шагым'), each as the beginning of a word of the cell: 'жалоб' finds 'Жалобы'. A word written
 * with a final space is a whole word: 'тел ' finds 'тел. 1414' but not 'Телевидение'.
 */
export function prefixMatcher<V>(
  rules: readonly (readonly [V, readonly string[]])[],
  options: PrefixMatcherOptions<NoInfer<V>> = {},
): (value: CellValue) => VocabularyResult<V> {
  const empty = Object.freeze<VocabularyResult<V>>({ value: null, recognised: true });
  const unknown = Object.freeze<VocabularyResult<V>>({ value: options.unknown ?? null, recognised: false });
  const compiled = rules.map(([value, words]) => ({
    found: Object.freeze<VocabularyResult<V>>({ value, recognised: true }),
    needles: words.map((w) => ` ${matchKey(w)}${w.endsWith(' ') ? ' ' : ''}`),
    latin: words.map((w) => ` ${looseKey(w)}${w.endsWith(' ') ? ' ' : ''}`),
  }));

  const classify = (raw: string): VocabularyResult<V> => {
    if (isBlank(raw)) return empty;
    const found = classifyKey(` ${matchKey(raw)} `, 'needles');
    // Kazakh in the Latin alphabet ('Shaǵym', 'Telefon'): read again as Cyrillic when nothing knew it as written.
    return found === unknown && hasLatin(raw) ? classifyKey(` ${latinKey(raw)} `, 'latin') : found;
  };
  const classifyKey = (key: string, by: 'needles' | 'latin'): VocabularyResult<V> => {
    let found: VocabularyResult<V> | null = null;
    for (const rule of compiled) {
      if (!rule[by].some((n) => key.includes(n))) continue;
      if (!options.single) return rule.found;
      if (found) return unknown;
      found = rule.found;
    }
    return found ?? unknown;
  };
  const remembered = boundedMemo(classify);
  return (value) => (value === null || value === undefined ? empty : remembered(String(value)));
}
