// The notions of ../reference/request-lexicon.ts by stem: a Russian or Kazakh stem (folded, as the features fold
// stems) → one token for the notion, the same for both languages, so that «собаки» and «иттер» are one term when
// a theme is compared across languages. A stem two notions claim keeps the first.
import { REQUEST_LEXICON } from '../reference/request-lexicon';
import { foldKazakh } from '../shared/fold';
import { stemKazakh, stemTypedKazakh } from './kazakh';
import { russianStem } from './russian';

let notions: Map<string, string> | null = null;

function build(): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of REQUEST_LEXICON) {
    const [ru = '', kk = ''] = line.split('|');
    const ruWords = ru.trim().split(/\s+/).filter(Boolean);
    const kkWords = kk.trim().split(/\s+/).filter(Boolean);
    const token = `≈${foldKazakh(russianStem(ruWords[0] ?? kkWords[0] ?? line))}`;
    const keys = [
      ...ruWords.map((w) => foldKazakh(russianStem(w))),
      ...kkWords.flatMap((w) => [foldKazakh(stemKazakh(w)), stemTypedKazakh(foldKazakh(w))]),
    ];
    for (const k of keys) if (k.length >= 2 && !out.has(k)) out.set(k, token);
  }
  return out;
}

/** The notion a folded stem stands for, or the stem itself when the lexicon has none. */
export function notionOf(foldedStem: string): string {
  notions ??= build();
  return notions.get(foldedStem) ?? foldedStem;
}

/** The lexicon's stems with the notions they stand for (for checking the lexicon). */
export function lexiconEntries(): ReadonlyMap<string, string> {
  notions ??= build();
  return notions;
}
