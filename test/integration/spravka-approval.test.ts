// The analytical text keeps its history, and an approved справка is frozen: later imports, merges and
// edits never change what was signed, until the approval is withdrawn.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { readAudit } from '../../src-main/db/audit';
import { tempDir, writeFixture } from '../fixtures/build';
import { downgradeTo, importSample, openRaw, testBackend, type TestBackend } from '../fixtures/store';
import { extractPdfText } from '../fixtures/pdf-text';
import { docOf, readyForApproval, textOf } from '../fixtures/rich-text';
import type { SpravkaQuery } from '../../src-main/shared/commands/spravka';

const Q3: SpravkaQuery = { quarter: '2026-Q3', lang: 'ru' };
const CENTER = 'Единый контакт-центр 1414';
let clock: string;
let dir: string;
let b: TestBackend;

const open = () => testBackend(join(dir, 'saraptama.db'), { now: () => clock });
const call: TestBackend['call'] = (name, payload) => b.call(name, payload);
const refused: TestBackend['refused'] = (name, payload) => b.refused(name, payload);

/** The справка's PDF and form as the analyst would save them now. */
async function printed(name: string): Promise<{ text: string; formTotal: unknown }> {
  const out = join(dir, `${name}.pdf`);
  const xlsx = join(dir, `${name}.xlsx`);
  await call('report.write', { ...Q3, out, xlsx });
  const text = (await extractPdfText(readFileSync(out))).join('\n');
  const rows = XLSX.utils.sheet_to_json<unknown[]>(
    XLSX.read(readFileSync(xlsx)).Sheets['Форма'] as XLSX.WorkSheet,
    { header: 1 },
  );
  return { text, formTotal: rows[4]?.[1] };
}

/** 60 more requests in 2026-Q3, all on one new topic. */
async function importMore(): Promise<void> {
  const lines = ['Рег. номер;Дата поступления;Регион;Тематика'];
  for (let i = 0; i < 60; i++) lines.push(`LATE-${i};15.09.2026;Астана;Поздняя тема`);
  const path = writeFixture(dir, 'later.csv', `${lines.join('\r\n')}\r\n`);
  await call('imports.run', { paths: [path], center: CENTER });
}

beforeEach(async () => {
  dir = tempDir();
  clock = '2026-11-23 10:00:00';
  b = open();
  await importSample(b);
});
afterEach(() => b.close());

describe('the analytical text', () => {
  it('keeps one version per sitting, and every sitting', async () => {
    await call('spravka.saveText', { ...Q3, doc: docOf('Первая') });
    clock = '2026-11-23 10:04:00';
    await call('spravka.saveText', { ...Q3, doc: docOf('Первая редакция') });
    clock = '2026-11-23 11:30:00';
    await call('spravka.saveText', { ...Q3, doc: docOf('Вторая редакция') });
    clock = '2026-11-23 11:31:00';
    // The same text saved again adds nothing.
    await call('spravka.saveText', { ...Q3, doc: docOf('Вторая редакция') });
    expect(await call('spravka.history', Q3)).toEqual([
      { id: 2, doc: docOf('Вторая редакция'), savedAt: '2026-11-23 11:30:00' },
      { id: 1, doc: docOf('Первая редакция'), savedAt: '2026-11-23 10:04:00' },
    ]);
    // Each language and quarter has its own history.
    expect(await call('spravka.history', { ...Q3, lang: 'kk' })).toEqual([]);
    expect(await call('spravka.history', { ...Q3, quarter: '2026-Q2' })).toEqual([]);
  });

  it('starts its history from the text an older version saved', async () => {
    await call('spravka.saveText', { ...Q3, doc: docOf('Сохранено до обновления') });
    b.close();
    const old = openRaw(join(dir, 'saraptama.db'));
    downgradeTo(old, 5);
    old.close();
    b = open();
    expect(await call('spravka.history', Q3)).toEqual([
      { id: 1, doc: docOf('Сохранено до обновления'), savedAt: '2026-11-23 10:00:00' },
    ]);
  });
});

describe('an approved справка', () => {
  it('stays as signed through later imports and merges, and refuses edits', async () => {
    await readyForApproval(b, Q3);
    await call('spravka.saveText', { ...Q3, doc: docOf('Текст, который подписан.') });
    const signed = await printed('before');
    expect(signed.formTotal).toBe(2290);
    expect(signed.text).toContain('город Астана — 230');

    clock = '2026-11-24 09:15:00';
    const approved = await call('spravka.approve', Q3);
    expect(approved.approval).toMatchObject({ approvedAt: '2026-11-24 09:15:00' });
    expect(approved.approval?.approvedBy).toEqual(expect.any(String));

    await importMore();
    const topics = await call('topics.list', {});
    const heating = topics.find((t) => t.name === 'Отопление');
    const late = topics.find((t) => t.name === 'Поздняя тема');
    await call('topics.merge', { from: (late as { id: number }).id, into: (heating as { id: number }).id });
    // The store moved on...
    expect((await call('analysis.quarter', { quarter: Q3.quarter })).total).toBe(2350);
    // ...the signed document did not: same numbers, same text, dated the day it was approved.
    const after = await printed('after');
    expect(after.formTotal).toBe(2290);
    expect(after.text).toContain('город Астана — 230');
    expect(after.text).not.toContain('Поздняя тема');
    expect(after.text).toContain('Текст, который подписан.');
    expect(after.text).toContain('24.11.2026');
    const frozen = await call('spravka.text', Q3);
    expect(textOf(frozen.doc)).toBe('Текст, который подписан.');
    expect(frozen.approval).toEqual(approved.approval);

    const error = await refused('spravka.saveText', { ...Q3, doc: docOf('Правка задним числом') });
    expect(error).toMatchObject({ code: 'spravkaApproved', params: { approvedAt: '2026-11-24 09:15:00' } });
    // Approving again changes nothing.
    expect((await call('spravka.approve', Q3)).approval).toEqual(approved.approval);
    // The other language is a document of its own, still live.
    expect((await call('spravka.text', { ...Q3, lang: 'kk' })).approval).toBeNull();
  });

  it('follows the store again once withdrawn, and the log says who did both', async () => {
    await readyForApproval(b, Q3);
    clock = '2026-11-24 09:15:00';
    const approved = await call('spravka.approve', Q3);
    // What was signed is the saved text, its figures as signed, so the history shows it.
    expect(approved.isDraft).toBe(false);
    expect((await call('spravka.history', Q3))[0]?.doc).toEqual(approved.doc);
    await importMore();
    clock = '2026-11-25 16:00:00';
    const withdrawn = await call('spravka.withdraw', Q3);
    expect(withdrawn.approval).toBeNull();
    expect((await printed('withdrawn')).formTotal).toBe(2350);
    await call('spravka.saveText', { ...Q3, doc: docOf('Исправлено после отзыва') });

    const log = readAudit(b.store).filter(
      (e) => e.action === 'spravka.approve' || e.action === 'spravka.withdraw',
    );
    expect(log.map((e) => [e.action, e.at])).toEqual([
      ['spravka.approve', '2026-11-24 09:15:00'],
      ['spravka.withdraw', '2026-11-25 16:00:00'],
    ]);
    expect(log[0]?.detail).toMatchObject({ quarter: '2026-Q3', lang: 'ru', approval: approved.approval?.id });
    expect(b.store.sqlite.prepare('SELECT withdrawn_by FROM spravka_approvals').pluck().get()).toBe(
      approved.approval?.approvedBy,
    );
  });
});
