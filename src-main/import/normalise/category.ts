// The category of the question in the appeals practice (strategic, typical, complaint), as registration cards and
// e-Appeals exports write it in Russian or Kazakh: 'Стратегический', 'Типовой вопрос', 'Шағым', 'ТИПТІК'…
import type { Category } from '../../shared/service';
import { isBlank, matchKey, type CellValue } from './text';

export interface CategoryResult {
  value: Category | null;
  /** False for a value no rule knows, or one that names two categories at once: reported to the analyst. */
  recognised: boolean;
}

// Word beginnings, written as typed; matchKey folds the Kazakh letters ('типтік' → 'типтик'), so a value typed
// without a Kazakh layout ('типтик', 'шагым') finds them too.
const STEMS: readonly (readonly [Category, readonly string[]])[] = [
  ['strategic', ['стратег', 'strategic']],
  ['typical', ['типов', 'типичн', 'типтік', 'үлгілік', 'typical']],
  ['complaint', ['жалоб', 'шағым', 'complaint']],
];

const PREFIXES: readonly (readonly [Category, readonly string[]])[] = STEMS.map(
  ([category, words]) => [category, words.map((w) => ` ${matchKey(w)}`)] as const,
);

const EMPTY = Object.freeze<CategoryResult>({ value: null, recognised: true });
const UNKNOWN = Object.freeze<CategoryResult>({ value: null, recognised: false });
const FOUND: Readonly<Record<Category, CategoryResult>> = Object.fromEntries(
  STEMS.map(([c]) => [c, Object.freeze({ value: c, recognised: true })]),
) as Record<Category, CategoryResult>;

export function parseCategory(value: CellValue): CategoryResult {
  if (isBlank(value)) return EMPTY;
  const key = ` ${matchKey(value)}`;
  const found = PREFIXES.filter(([, words]) => words.some((w) => key.includes(w)));
  // 'Типовая жалоба' names two categories: a guess would put it in the wrong column of the analysis.
  return found.length === 1 && found[0] ? FOUND[found[0][0]] : UNKNOWN;
}
