import type { Lang } from './domain';
import type { PortraitValueField } from './portrait';
import type { RichDoc } from './rich-text';

/** The fixed details of the document: who issues it and who signs the form. */
export interface SpravkaSettings {
  /** The information holder (§2): the central body or akimat, as its name is written in each language. */
  body: Record<Lang, string>;
  /**
   * The deputy of the first head who signs (Appendix): the position, and the initials and surname as the
   * document's language writes them («А. Серікбаев» / «А. Серикбаев»).
   */
  signatory: { position: Record<Lang, string>; name: Record<Lang, string> };
}

/** The registration details of one справка: its outgoing number and date, given by the registry (blank until then). */
export interface Registration {
  number: string;
  /** dd.mm.yyyy as typed, or ''. */
  date: string;
}

export interface SpravkaText {
  doc: RichDoc;
  /** True when nothing was saved yet and the text is the draft made from the numbers. */
  isDraft: boolean;
  updatedAt: string | null;
  /** Set when the справка is approved: text and numbers are then the frozen ones. */
  approval: Approval | null;
  /**
   * Each field's value as the analysis gives it now, by key; null where the analysis no longer has it
   * (a topic merged away). A field whose stored value differs has changed since the analyst saw it.
   */
  live: Record<string, string | null>;
  /** What stands between the document and its approval, and what it prints in another language. */
  gaps: SpravkaGap[];
  registration: Registration;
}

export type SpravkaGap =
  | { kind: 'placeholder'; label: string }
  | { kind: 'signatoryPosition' }
  | { kind: 'signatoryName' }
  | { kind: 'holderName' }
  /** The contact center has no name in the document's language. */
  | { kind: 'centerName'; name: string }
  /** A figure of the text the analysis no longer has (its topic merged away): it would print a stale value. */
  | { kind: 'staleField'; key: string; value: string }
  /** Topics the document would print under one name: merge them, or name them apart. Does not block approval. */
  | { kind: 'sameName'; name: string; topics: string[] }
  /** A topic of the quarter has no name in the document's language. */
  | { kind: 'topicName'; topic: string }
  /** A value of the data the catalogue does not know: printed as the data writes it. Does not block approval. */
  | { kind: 'portraitValue'; field: PortraitValueField; value: string };

/** Every gap blocks approval but an unknown value of the data (quoted as written) and a shared name: both are listed. */
export const blocksApproval = (gap: SpravkaGap): boolean =>
  gap.kind !== 'portraitValue' && gap.kind !== 'sameName';

export interface Approval {
  id: number;
  approvedAt: string;
  /** The OS user who approved it. */
  approvedBy: string;
}

export interface TextVersion {
  id: number;
  doc: RichDoc;
  savedAt: string;
}

export interface ReportResult {
  /** The PDF written, with its page count; absent when only the DOCX was asked for. */
  pdf?: string;
  pages?: number;
  xlsx?: string;
  docx?: string;
}

/** The whole справка as it would be saved: PDF bytes in base64, so they cross any transport as text. */
export interface SpravkaPreview {
  pdf: string;
  pages: number;
}

export interface PlanResult extends ReportResult {
  topics: number;
}

export interface FaqResult {
  out: string;
  format: 'xlsx' | 'html';
  questions: number;
}
