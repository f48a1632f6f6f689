// The category of the question in the appeals practice (strategic, typical, complaint), as registration cards and
// e-Appeals exports write it in Russian or Kazakh: 'Стратегический', 'Типовой вопрос', 'Шағым', 'ТИПТІК'…
import type { Category } from '../../shared/quality';
import { prefixMatcher, type VocabularyResult } from './vocabulary';
import type { CellValue } from '../../shared/fold';

/** Unrecognised: a value no rule knows, or one that names two categories at once, reported to the analyst. */
export type CategoryResult = VocabularyResult<Category>;

// Word beginnings, written as typed; matchKey folds the Kazakh letters ('типтік' → 'типтик'), so a value typed
// without a Kazakh layout ('типтик', 'шагым') finds them too.
const STEMS: readonly (readonly [Category, readonly string[]])[] = [
  ['strategic', ['стратег', 'strategic']],
  ['typical', ['типов', 'типичн', 'типтік', 'үлгілік', 'typical']],
  ['complaint', ['жалоб', 'шағым', 'complaint']],
];

// 'Типовая жалоба' names two categories: a guess would put it in the wrong column of the analysis.
const match = prefixMatcher(STEMS, { single: true });

export function parseCategory(value: CellValue): CategoryResult {
  return match(value);
}

/** Every word this vocabulary knows, as typed: what a damaged «?» may be put back from. */
export const CATEGORY_WORDS: readonly string[] = STEMS.flatMap(([, words]) => words);
