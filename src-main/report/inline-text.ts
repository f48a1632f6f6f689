// How text is cut into the pieces pdfmake lays out. pdfmake breaks lines after a hyphen and, in justified text,
// spreads the spare width over every boundary between its pieces, the one inside «ақпараттық-түсіндіру» too:
// the line then reads «ақпараттық- түсіндіру». So justified text goes in as whole words, each kept unbroken,
// and the spare width falls only where spaces are. Elsewhere only ordinals with a hyphen («3-тоқсанда»,
// «11-тармағына») are kept whole: they must never break at it, and the font has no non-breaking hyphen (U+2011).

export interface Piece {
  text: string;
  noWrap: boolean;
}

// A word, with the spaces after it; a line break; or spaces alone (at the start of a run).
const TOKEN = /\n|[^\S\n]+|[^\s]+[^\S\n]*/gu;
const ORDINAL = /\d-\p{L}/u;
/** A word longer than this could overflow a narrow column if it were never broken. */
const LONGEST_UNBROKEN = 40;

/** The pieces of a run of text: words kept whole where a line break or a justification gap would hurt. */
export function pieces(text: string, justified: boolean): Piece[] {
  const out: Piece[] = [];
  for (const [token] of text.matchAll(TOKEN)) {
    const word = token.trimEnd();
    const noWrap = word !== '' && word.length <= LONGEST_UNBROKEN && (justified || ORDINAL.test(word));
    const last = out[out.length - 1];
    // Neighbours that may break anyway stay one piece, so pdfmake sees the text as it was.
    if (!noWrap && last && !last.noWrap && token !== '\n' && !last.text.endsWith('\n')) last.text += token;
    else out.push({ text: token, noWrap });
  }
  return out;
}

const LAST_WORD = /\S+$/u;
const FIRST_WORD = /^\S+/u;
const PUNCTUATION_ONLY = /^[^\p{L}\p{N}]+$/u;

/**
 * Runs of different styles meeting inside a word («, then a name in italics, then ») would be two pieces, and
 * justification would open a gap between them: the punctuation on one side goes over to the run on the other,
 * so the word is one piece. Only a style change between two letters is left as it is.
 */
export function joinWords<R extends { text: string }>(runs: readonly R[]): R[] {
  const out = runs.map((r) => ({ ...r }));
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i];
    const b = out[i + 1];
    if (!a || !b) continue;
    const tail = LAST_WORD.exec(a.text)?.[0];
    const head = FIRST_WORD.exec(b.text)?.[0];
    if (!tail || !head) continue;
    if (PUNCTUATION_ONLY.test(tail)) {
      a.text = a.text.slice(0, -tail.length);
      b.text = tail + b.text;
    } else if (PUNCTUATION_ONLY.test(head)) {
      a.text += head;
      b.text = b.text.slice(head.length);
    }
  }
  return out.filter((r) => r.text !== '');
}
