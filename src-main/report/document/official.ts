// The parts every official document of the body shares, as the documentation rules place them (doc-rules in the
// README): the information holder's name heading the first page with the contact center under it, the kind of
// document, its date and outgoing number (blank lines until the registry gives them), and the signature with
// the position on the left and the initials and surname on the right. Pure.
import type { Registration } from '../../shared/spravka';
import { heading, keep, pair, paragraph, run, type Block, type Run } from './outline';

/** A blank to write on by hand. */
export const BLANK = '____________________';
const SHORT_BLANK = '__________';

export interface Letterhead {
  /** The information holder's name in the document's language; the placeholder when it is not set yet. */
  holder: string;
  holderPlaceholder: string;
  center: string;
  /** The center's name is the data's, the document's language has none: it prints in italics, visibly. */
  centerFallback?: boolean;
  /** The kind of document: «СПРАВКА», «ПЛАН …». */
  kind: string;
  registration: Registration;
  /** What the document is about, under its kind and its number. */
  subtitle: Run[][];
}

export function letterhead(l: Letterhead): Block[] {
  const holder = l.holder.trim()
    ? [run(l.holder, { bold: true })]
    : [run(`[${l.holderPlaceholder}]`, { bold: true, highlight: true })];
  return [
    paragraph(holder, { align: 'center', after: 2 }),
    paragraph([run(l.center, { italic: l.centerFallback === true })], { align: 'center', after: 14 }),
    heading(l.kind, { align: 'center', size: 16, after: 6 }),
    pair(
      [run(l.registration.date.trim() || BLANK)],
      [run(`№ ${l.registration.number.trim() || SHORT_BLANK}`)],
      { after: 10, leftShare: 0.5 },
    ),
    ...l.subtitle.map((runs, i) =>
      paragraph(runs, { align: 'center', after: i === l.subtitle.length - 1 ? 12 : 2 }),
    ),
  ];
}

export interface Signatory {
  position: string;
  /** Initials and surname as the document's language writes them. */
  name: string;
}

/** The signature: position left, name right at the level of the position's last line; a caption under both. */
export function signature(s: Signatory, caption?: string): Block {
  return keep(
    [
      pair([run(s.position.trim() || BLANK, { bold: true })], [run(s.name.trim() || BLANK, { bold: true })]),
      ...(caption ? [paragraph([run(caption, { italic: true })], { size: 10, before: 4 })] : []),
    ],
    { before: 24 },
  );
}
