// Personal data an applicant or an operator typed into a request's text: IINs, Kazakhstan phone numbers, e-mail
// addresses. They are masked before the text is stored (Law No. 94-V: the analysis reads what a request is about,
// never who wrote it). Only what is surely one of them is masked: a registration number, a date, a sum or a
// twelve-digit account number is what the analyst needs to read.
import { maskEmail, maskIin, maskPhone } from '../../shared/mask';
import { decodeIin } from './iin';

/** How many of each were masked. */
export interface MaskCounts {
  iin: number;
  phone: number;
  email: number;
}

// Digits glued to a letter, a dash, a slash or a «№» are part of a code («ЖТ-7011234567», «KZ86…», «№ 7011234567»),
// and after a decimal point part of a number: none of them is a number of its own.
const BEFORE = String.raw`(?<![\p{L}\p{N}\-/_#№+@]|\d[.,]|№\s{0,3})`;
const AFTER = String.raw`(?![\p{L}\p{N}\-/_@]|[.,]\d)`;

const EMAIL_RE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const IIN_RE = new RegExp(`${BEFORE}\\d{12}${AFTER}`, 'gu');
// +7 or 8 (or 7, or nothing), then the ten digits of the number as people group them: a 3-digit operator code
// (701 123 45 67, 701 123 4567), a 4- or 5-digit city or district code (7172 12 34 67, 71636 2 12 34), or none.
// Thousands («7 700 000 000 тенге») never group so.
const SEP = String.raw`[\s-]?`;
const PHONE_RE = new RegExp(
  BEFORE +
    String.raw`(?:(?:\+\s?7|8|7)[\s-]{0,2})?` +
    String.raw`(?:\(?7\d{2}\)?${SEP}\d{3}|\(?7\d{3}\)?${SEP}\d{2}|\(?7\d{4}\)?${SEP}\d)` +
    String.raw`${SEP}\d{2}${SEP}\d{2}` +
    AFTER,
  'gu',
);

const NO_COUNTS: MaskCounts = { iin: 0, phone: 0, email: 0 };

/** The text with every IIN (valid checksum), phone number and e-mail in it masked; `counts` adds up what was. */
export function maskPersonalData(text: string, counts?: MaskCounts): string;
export function maskPersonalData(text: string | null, counts?: MaskCounts): string | null;
export function maskPersonalData(text: string | null, counts: MaskCounts = { ...NO_COUNTS }): string | null {
  // Most texts hold neither digits nor «@»: they are let through without a scan.
  if (text === null || !/[\d@]/.test(text)) return text;
  let out = text;
  // E-mails first: «87011234567@mail.kz» is one e-mail, not a phone number before an «@».
  if (out.includes('@')) {
    out = out.replace(EMAIL_RE, (m) => {
      counts.email++;
      return maskEmail(m);
    });
  }
  out = out.replace(IIN_RE, (m) => {
    if (!decodeIin(m).ok) return m;
    counts.iin++;
    return maskIin(m);
  });
  return out.replace(PHONE_RE, (m) => {
    counts.phone++;
    return maskPhone(m);
  });
}
