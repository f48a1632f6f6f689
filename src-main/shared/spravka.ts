import type { Lang } from './domain';

/** The fixed details of the document: who issues it and who signs the form. */
export interface SpravkaSettings {
  /** The information holder (§2): the central body or akimat, as its name is written in each language. */
  body: Record<Lang, string>;
  /** The deputy of the first head who signs the statistical form (Appendix). */
  signatory: { position: Record<Lang, string>; name: string };
}

export interface SpravkaText {
  text: string;
  /** True when nothing was saved yet and the text is the draft made from the numbers. */
  isDraft: boolean;
  updatedAt: string | null;
  /** Set when the справка is approved: text and numbers are then the frozen ones. */
  approval: Approval | null;
}

export interface Approval {
  id: number;
  approvedAt: string;
  /** The OS user who approved it. */
  approvedBy: string;
}

export interface TextVersion {
  id: number;
  text: string;
  savedAt: string;
}

export interface ReportResult {
  pdf: string;
  xlsx?: string;
  pages: number;
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
