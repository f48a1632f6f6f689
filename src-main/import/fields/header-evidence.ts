// What a header cell says about the field of its column: an exact phrase, the word beginnings of a field, a hint,
// or a word that rules the field out. Headers are compared as folded words (shared/fold.ts), so «Жынысы»,
// «Жынысы (ер/әйел)», «ЖЫНЫСЫ:» and «Жынысы» typed on a Russian keyboard are read alike.
import { foldedWords, hasLatin, latinToCyrillic } from '../../shared/fold';

export type HeaderMatch = 'exact' | 'stem' | 'weak' | 'none';

/**
 * A field's words, written as people write them (folded when compiled). A stem group is words separated by spaces,
 * all of which must begin a word of the header, in any order; a word ending in '=' must be a whole word ('пол='
 * is not 'полный').
 */
export interface HeaderWords {
  /** Whole headers that name the field for certain. */
  phrases?: readonly string[];
  /** Stem groups that name the field. */
  stems?: readonly string[];
  /** Stem groups that only hint at the field: the values decide. */
  weak?: readonly string[];
  /** Word beginnings that rule the field out («Дата рождения» is no request date). */
  veto?: readonly string[];
}

export interface HeaderScore {
  match: HeaderMatch;
  /** 0 (nothing, or ruled out) … 1 (an exact phrase). */
  score: number;
  vetoed: boolean;
}

interface Stem {
  text: string;
  whole: boolean;
}

export interface CompiledHeaderWords {
  phrases: ReadonlySet<string>;
  stems: readonly Stem[][];
  weak: readonly Stem[][];
  veto: readonly Stem[];
}

/** One word of a header; `short` when written with a full stop after it, as abbreviations are («Дата пост.»). */
interface Word {
  text: string;
  short: boolean;
  /** A Latin-script word read as Kazakh Cyrillic («Jynysy» → «жынысы»): matched as well as the word itself. */
  alt?: string;
}

/** A header read into words: the main part, what stood in brackets, and its slash-separated alternatives. */
export interface HeaderText {
  main: readonly Word[];
  /** Every word, brackets included: what the veto looks at. */
  all: readonly Word[];
  /** «Өңір / Регион», «Облыс/қала»: each side on its own, when there are several. */
  alternatives: readonly (readonly Word[])[];
}

// Words that add nothing to what a header names: «Дата поступления обращения», «Пол заявителя», «Өтініш берушінің
// жынысы». They do not count against a stem group's coverage.
const FILLER = compileStems([
  'обращени',
  'запрос',
  'заявител',
  'заявк',
  'граждан',
  'потребител',
  'абонент',
  'клиент',
  'вопрос',
  'по=',
  'в=',
  'и=',
  'для=',
  'на=',
  'от=',
  'с=',
  'о=',
  'или=',
  'при=',
  'өтініш',
  'беруші',
  'берушінің',
  'сұрау',
  'салу',
  'азамат',
  'мен=',
  'және=',
  'бойынша=',
  'немесе=',
  'applicant',
  'request',
  'caller',
  'of=',
  'the=',
  'and=',
]);

const MIN_SHORT_WORD = 3;

function compileStems(groups: readonly string[]): Stem[] {
  return groups.flatMap((g) => {
    const whole = g.endsWith('=');
    const [text = ''] = foldedWords(whole ? g.slice(0, -1) : g);
    // A stem of no letters ('%') would begin every word.
    return text === '' ? [] : [{ text, whole }];
  });
}

function compileGroup(group: string): Stem[] {
  return group
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((part) => {
      const whole = part.endsWith('=');
      return foldedWords(whole ? part.slice(0, -1) : part).map((text) => ({ text, whole }));
    });
}

export function compileHeaderWords(words: HeaderWords): CompiledHeaderWords {
  return {
    phrases: new Set(
      (words.phrases ?? []).map((p) =>
        readHeader(p)
          .main.map((w) => w.text)
          .join(' '),
      ),
    ),
    stems: (words.stems ?? []).map(compileGroup),
    weak: (words.weak ?? []).map(compileGroup),
    veto: compileStems(words.veto ?? []),
  };
}

function beginsText(text: string, short: boolean, stem: Stem): boolean {
  if (stem.whole) return text === stem.text;
  if (text.startsWith(stem.text)) return true;
  // «Дата пост.», «Соц. статус», «Возр.»: an abbreviated word stands for the stem it begins.
  return short && text.length >= MIN_SHORT_WORD && stem.text.startsWith(text);
}

function begins(word: Word, stem: Stem): boolean {
  return (
    beginsText(word.text, word.short, stem) ||
    (word.alt !== undefined && beginsText(word.alt, word.short, stem))
  );
}

const BRACKETS_RE = /[([{]([^)\]}]*)[)\]}]?/g;
const NUMBERING_RE = /^\s*\d{1,2}\s*[.)]\s+(?=\p{L})/u;
const WORD_RE = /[\p{L}\p{N}]+\.?/gu;

function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.replace(/№/g, ' номер ').matchAll(WORD_RE)) {
    const raw = m[0];
    const short = raw.endsWith('.');
    const bare = short ? raw.slice(0, -1) : raw;
    const [alt] = hasLatin(bare) ? foldedWords(latinToCyrillic(bare)) : [];
    for (const w of foldedWords(bare))
      out.push(alt && alt !== w ? { text: w, short, alt } : { text: w, short });
  }
  return out;
}

const readCache = new Map<string, HeaderText>();
const READ_CACHE_LIMIT = 20_000;

/** Reads a header cell into words. Pure; remembered, since the same headers are read for every candidate row. */
export function readHeader(header: string): HeaderText {
  const hit = readCache.get(header);
  if (hit) return hit;
  const bracketed: string[] = [];
  const main = header.replace(NUMBERING_RE, '').replace(BRACKETS_RE, (_, inner: string) => {
    bracketed.push(inner);
    return ' ';
  });
  const mainWords = wordsOf(main);
  const sides = main
    .split(/[/|\\]/)
    .map(wordsOf)
    .filter((s) => s.length > 0);
  const text: HeaderText = {
    main: mainWords.length > 0 ? mainWords : wordsOf(bracketed.join(' ')),
    all: [...mainWords, ...wordsOf(bracketed.join(' '))],
    alternatives: sides.length > 1 ? sides : [],
  };
  if (readCache.size >= READ_CACHE_LIMIT) readCache.clear();
  readCache.set(header, text);
  return text;
}

const NONE: HeaderScore = Object.freeze({ match: 'none', score: 0, vetoed: false });
const VETOED: HeaderScore = Object.freeze({ match: 'none', score: 0, vetoed: true });

function groupScore(words: readonly Word[], groups: readonly Stem[][], base: number, span: number): number {
  let best = 0;
  for (const group of groups) {
    if (group.length === 0 || !group.every((s) => words.some((w) => begins(w, s)))) continue;
    const covered = words.filter((w) => group.some((s) => begins(w, s)) || FILLER.some((s) => begins(w, s)));
    best = Math.max(best, base + (span * covered.length) / words.length);
  }
  return best;
}

function scoreWords(words: readonly Word[], c: CompiledHeaderWords): HeaderScore {
  if (words.length === 0) return NONE;
  if (c.phrases.has(words.map((w) => w.text).join(' '))) return { match: 'exact', score: 1, vetoed: false };
  if (words.some((w) => w.alt) && c.phrases.has(words.map((w) => w.alt ?? w.text).join(' '))) {
    return { match: 'exact', score: 1, vetoed: false };
  }
  const stem = groupScore(words, c.stems, 0.75, 0.2);
  if (stem > 0) return { match: 'stem', score: stem, vetoed: false };
  const weak = groupScore(words, c.weak, 0.45, 0.1);
  if (weak > 0) return { match: 'weak', score: weak, vetoed: false };
  return NONE;
}

/** Words in brackets only hint at a field: «Время звонка (длительность)». */
function bracketScore(text: HeaderText, c: CompiledHeaderWords): HeaderScore {
  if (text.all.length === text.main.length) return NONE;
  const extra = text.all.slice(text.main.length);
  const s = scoreWords(extra, c);
  return s.score > 0 ? { match: 'weak', score: 0.5, vetoed: false } : NONE;
}

/** Words in brackets that also name the field add a little: «Тематика (2 уровень)» is more the second level. */
function bracketBonus(text: HeaderText, c: CompiledHeaderWords, s: HeaderScore): HeaderScore {
  if (s.score === 0 || s.score >= 1 || text.all.length === text.main.length) return s;
  const extra = scoreWords(text.all.slice(text.main.length), c);
  return extra.score > 0 ? { ...s, score: Math.min(s.score + 0.1, 0.99) } : s;
}

/** The words of a header that a fully matched stem group of the field names: no veto of the field holds on them. */
function ownWords(words: readonly Word[], c: CompiledHeaderWords): Set<Word> {
  const own = new Set<Word>();
  for (const group of [...c.stems, ...c.weak]) {
    if (group.length === 0 || !group.every((s) => words.some((w) => begins(w, s)))) continue;
    for (const w of words) if (group.some((s) => begins(w, s))) own.add(w);
  }
  return own;
}

/** How strongly a header names a field; an exact phrase stands even over the field's own vetoes. */
export function scoreHeader(text: HeaderText, c: CompiledHeaderWords): HeaderScore {
  let best = bracketBonus(text, c, scoreWords(text.main, c));
  for (const side of text.alternatives) {
    const s = scoreWords(side, c);
    if (s.score > best.score) best = s;
  }
  const vetoed = (words: readonly Word[]) => words.some((w) => c.veto.some((v) => begins(w, v)));
  // What brackets add rules out even an exact phrase: «Время звонка (длительность)» is no time of day.
  if (best.match === 'exact')
    return c.veto.length > 0 && vetoed(text.all.slice(text.main.length)) ? VETOED : best;
  // «Дата снятия с контроля» names the answer by its words, though «контроль» alone rules the answer out.
  if (c.veto.length > 0 && best.score > 0) {
    const own = ownWords(text.all, c);
    if (vetoed(text.all.filter((w) => !own.has(w)))) return VETOED;
  } else if (c.veto.length > 0 && vetoed(text.all)) return VETOED;
  return best.score > 0 ? best : bracketScore(text, c);
}
