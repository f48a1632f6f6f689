import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src-main/i18n';
import { FIELDS, SOCIAL_STATUSES } from '../../src-main/shared/domain';
import type { ErrorCode, ProblemReason } from '../../src-main/shared/errors';

const ROOT = join(import.meta.dirname, '..', '..');
const flat = (o: object, p = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? flat(v, `${p}${k}.`) : [`${p}${k}`]));
const keysOf = (lang: string) =>
  readdirSync(join(ROOT, 'locales', lang))
    .sort()
    .flatMap((f) =>
      flat(JSON.parse(readFileSync(join(ROOT, 'locales', lang, f), 'utf8'))).map((k) => `${f}:${k}`),
    );

// Every code the backend can send must read as a sentence in both languages.
const ERROR_CODES: ErrorCode[] = [
  'usage',
  'invalidPayload',
  'unknownCommand',
  'fileNotFound',
  'fileUnreadable',
  'filePermission',
  'fileLoop',
  'notRegularFile',
  'fileUnwritable',
  'notSpreadsheet',
  'corruptFile',
  'partTooLarge',
  'tooManyStrings',
  'fileDamaged',
  'fileTruncated',
  'passwordProtected',
  'dtdRefused',
  'csvUnclosedQuote',
  'csvNulBytes',
  'noRecognisedColumns',
  'noDateColumn',
  'missingColumns',
  'noDataRows',
  'invalidRows',
  'centerRequired',
  'unknownHeader',
  'unknownField',
  'badQuarter',
  'unknownCenter',
  'unknownTimeZone',
  'unknownBatch',
  'batchPurged',
  'unknownTopic',
  'unknownRequest',
  'databaseTooNew',
  'databaseUnreadable',
  'databaseCorrupt',
  'diskFull',
  'databaseBusy',
  'notSaraptamaDb',
  'databaseKeyMissing',
  'spravkaApproved',
  'spravkaNotApproved',
  'cancelled',
  'jobFailed',
  'internal',
];
// Every reason, held complete by the type: a reason added without its texts fails the typecheck here.
const EVERY_REASON: Record<ProblemReason, true> = {
  dateMissing: true,
  dateUnparseable: true,
  dateImpossible: true,
  duplicateInFile: true,
  regionUnknown: true,
  regionAmbiguous: true,
  socialStatusUnmapped: true,
  sexUnrecognised: true,
  languageUnrecognised: true,
  ageInvalid: true,
  birthDateInvalid: true,
  iinFormat: true,
  iinChecksum: true,
  iinBirthDate: true,
  cellError: true,
  cellTooLong: true,
  rowTruncated: true,
  dateInFuture: true,
  dateTooEarly: true,
  quarterPurged: true,
  channelUnrecognised: true,
  categoryUnrecognised: true,
  requestTypeUnrecognised: true,
  repeatUnrecognised: true,
  answerDateInvalid: true,
  answerBeforeReceived: true,
  answerInFuture: true,
  deadlineInvalid: true,
  deadlineBeforeReceived: true,
  resultUnrecognised: true,
  durationInvalid: true,
  ratingInvalid: true,
  phoneInvalid: true,
  lettersAmbiguous: true,
  noteRowSkipped: true,
  footerRowSkipped: true,
};
const REASONS = Object.keys(EVERY_REASON) as ProblemReason[];

describe('locales', () => {
  it('ru and kk have the same keys', () => expect(keysOf('kk')).toEqual(keysOf('ru')));

  it.each(['ru', 'kk'] as const)('%s translates every error, problem, field and status', (lang) => {
    const t = translator(lang);
    const keys = [
      ...ERROR_CODES.map((c) => `errors:${c}`),
      ...REASONS.map((r) => `problems:${r}`),
      ...FIELDS.map((f) => `common:field.${f}`),
      ...SOCIAL_STATUSES.map((s) => `common:socialStatus.${s}`),
    ];
    for (const key of keys) {
      const text = t(key);
      expect(text, key).not.toBe(key);
      expect(text.length, key).toBeGreaterThan(1);
    }
  });

  it('kk and ru texts differ and the kk ones are written in Kazakh', () => {
    const ru = translator('ru');
    const kk = translator('kk');
    for (const c of ERROR_CODES) expect(kk(`errors:${c}`), c).not.toBe(ru(`errors:${c}`));
    const kazakhLetters = /[әғқңөұүһі]/i;
    const kkTexts = [
      ...ERROR_CODES.map((c) => kk(`errors:${c}`)),
      ...REASONS.map((r) => kk(`problems:${r}`)),
    ];
    expect(kkTexts.filter((s) => kazakhLetters.test(s)).length).toBeGreaterThan(kkTexts.length * 0.8);
  });
});
