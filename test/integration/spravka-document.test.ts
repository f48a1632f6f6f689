// The analytical part as a document: texts of the line-markup days become documents on migration, figures
// follow the data, approval waits until nothing is unfilled, and names come in the document's language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src-main/db/client';
import type { SpravkaQuery } from '../../src-main/shared/commands/spravka';
import { inlineNodes, placeholders, withFieldValues } from '../../src-main/shared/rich-text';
import { cli } from '../fixtures/cli';
import { extractPdfText } from '../fixtures/pdf-text';
import { readyForApproval, textOf } from '../fixtures/rich-text';
import { writeFixture } from '../fixtures/build';
import { downgradeTo, importSample, testBackend, type TestBackend } from '../fixtures/store';

const Q3: SpravkaQuery = { quarter: '2026-Q3', lang: 'ru' };
const CENTER = 'Единый контакт-центр 1414';
let b: TestBackend;

beforeEach(async () => {
  b = testBackend();
  await importSample(b);
});
afterEach(() => b.close());

const pdfText = async (q: SpravkaQuery) => {
  const out = join(b.dir, `${q.lang}-${Math.random()}.pdf`);
  await b.call('report.write', { ...q, out });
  return (await extractPdfText(readFileSync(out))).join('\n');
};

describe('texts stored as line markup', () => {
  it('become documents on migration: headings, lists, paragraphs, «[…]» as placeholders, the signatory per language', () => {
    const path = b.dbPath;
    b.close();
    const old = openStore(path);
    downgradeTo(old.sqlite, 11);
    const markup =
      '# Характер запросов\n\nВсего 10 запросов.\n\n- первое\n- второе [укажите причины]\n\n1. один\n2. два';
    old.sqlite
      .prepare("INSERT INTO spravka_texts VALUES ('', '2026-Q3', 'ru', ?, '2026-11-01 10:00:00')")
      .run(markup);
    old.sqlite
      .prepare(
        "INSERT INTO spravka_text_versions (scope, quarter, lang, text, saved_at) VALUES ('', '2026-Q3', 'ru', ?, '2026-11-01 10:00:00')",
      )
      .run(markup);
    old.sqlite.prepare("INSERT INTO settings (key, value) VALUES ('spravka', ?)").run(
      JSON.stringify({
        body: { ru: 'Орган', kk: 'Орган' },
        signatory: { position: { ru: 'Зам', kk: 'Орынбасар' }, name: 'А. Б' },
      }),
    );
    old.close();
    b = testBackend(path);
    return (async () => {
      const text = await b.call('spravka.text', Q3);
      expect(text.isDraft).toBe(false);
      expect(text.doc.content.map((x) => x.type)).toEqual([
        'heading',
        'paragraph',
        'bulletList',
        'orderedList',
      ]);
      expect(placeholders(text.doc)).toEqual(['укажите причины']);
      expect(textOf(text.doc)).toBe(
        'Характер запросов\nВсего 10 запросов.\nпервое\nвторое [укажите причины]\nодин\nдва',
      );
      const [version] = await b.call('spravka.history', Q3);
      expect(version && textOf(version.doc)).toBe(textOf(text.doc));
      // The one name was typed in Russian: the Kazakh one is asked for before a Kazakh approval.
      expect((await b.call('spravka.settings', {})).signatory.name).toEqual({ ru: 'А. Б', kk: '' });
    })();
  });
});

describe('a справка approved before the editor', () => {
  it("prints as it was signed after the migration: its text, its «[…]» as words, the data's topic names", async () => {
    await readyForApproval(b, Q3);
    await b.call('spravka.approve', Q3);
    const path = b.dbPath;
    b.close();
    // The snapshot as the line-markup version wrote it: text, one signatory name, no names in both languages.
    const old = openStore(path);
    const row = old.sqlite.prepare('SELECT id, snapshot FROM spravka_approvals').get() as {
      id: number;
      snapshot: string;
    };
    const snap = JSON.parse(row.snapshot) as Record<string, unknown> & {
      analysis: Record<string, unknown>;
      settings: { signatory: { name: unknown } };
    };
    delete snap['doc'];
    snap['text'] = '# Итоги\n\nСогласовано [без замечаний].\n\n- первое';
    snap.settings.signatory.name = 'А. Серикбаев';
    delete snap.analysis['topicNames'];
    old.sqlite
      .prepare('UPDATE spravka_approvals SET snapshot = ? WHERE id = ?')
      .run(JSON.stringify(snap), row.id);
    downgradeTo(old.sqlite, 11);
    old.close();
    b = testBackend(path);
    const text = await b.call('spravka.text', Q3);
    expect(text.approval).not.toBeNull();
    expect(placeholders(text.doc)).toEqual([]);
    expect(textOf(text.doc)).toBe('Итоги\nСогласовано [без замечаний].\nпервое');
    const printed = await pdfText(Q3);
    expect(printed).toContain('Согласовано [без замечаний].');
    expect(printed).toContain('А. Серикбаев');
    expect(printed).toContain('Отопление');
  });
});

describe('live figures', () => {
  it('follow a topic merge, and the document prints the new figure', async () => {
    const draft = await b.call('spravka.text', Q3);
    await b.call('spravka.saveText', { ...Q3, doc: draft.doc });
    const topics = await b.call('topics.list', {});
    const [first, second] = topics;
    if (!first || !second) throw new Error('the sample has topics');
    const key = `topicCount:${first.name}`;
    const before = [...inlineNodes(draft.doc)].find((n) => n.type === 'field' && n.attrs.key === key);
    expect(before).toBeDefined();
    await b.call('topics.merge', { from: second.id, into: first.id });
    const after = await b.call('spravka.text', Q3);
    const stored = [...inlineNodes(after.doc)].find((n) => n.type === 'field' && n.attrs.key === key);
    expect(stored?.type === 'field' && stored.attrs.value).toBe(
      before?.type === 'field' && before.attrs.value,
    );
    expect(after.live[key]).not.toBe(stored?.type === 'field' ? stored.attrs.value : null);
    // The merged-away topic's figures no longer exist: the text must say something else before approval.
    const gone = `topicCount:${second.name}`;
    expect(after.live[gone]).toBeNull();
    expect(after.gaps).toContainEqual(expect.objectContaining({ kind: 'staleField', key: gone }));
    expect(await pdfText(Q3)).toContain(`«${first.name}» — ${after.live[key] ?? ''}`);
  });
});

describe('a renamed topic', () => {
  it('keeps its figures live in the saved text', async () => {
    const draft = await b.call('spravka.text', Q3);
    await b.call('spravka.saveText', { ...Q3, doc: draft.doc });
    const heating = (await b.call('topics.list', {})).find((x) => x.name === 'Отопление');
    if (!heating) throw new Error('the sample has heating requests');
    await b.call('topics.rename', { id: heating.id, name: 'Теплоснабжение' });
    const after = await b.call('spravka.text', Q3);
    expect(after.gaps.filter((g) => g.kind === 'staleField')).toEqual([]);
    expect(after.live['topicName:Теплоснабжение']).toBe('Теплоснабжение');
    expect(after.live['topicCount:Отопление']).toBeUndefined();
    expect(textOf(withFieldValues(after.doc, after.live))).toContain('«Теплоснабжение» — 190');
  });
});

describe('approval', () => {
  it('is refused with the list of what is unfilled, and given once all is filled', async () => {
    const text = await b.call('spravka.text', Q3);
    expect(text.gaps.map((g) => g.kind)).toEqual(
      expect.arrayContaining(['placeholder', 'signatoryPosition', 'signatoryName', 'holderName']),
    );
    const refusal = await b.refused('spravka.approve', Q3);
    expect(refusal.code).toBe('spravkaGaps');
    expect(String(refusal.params['list'])).toContain('инициалы и фамилия подписывающего лица');
    expect(String(refusal.params['list'])).toContain('место для текста «укажите возможные причины');
    await readyForApproval(b, Q3);
    const approved = await b.call('spravka.approve', Q3);
    expect(approved.approval).not.toBeNull();
    expect(placeholders(approved.doc)).toEqual([]);
  });

  it('of the Kazakh справка waits for the Kazakh name of a topic the catalogue does not know', async () => {
    const kk: SpravkaQuery = { ...Q3, lang: 'kk' };
    // The catalogue names every topic of the sample in Kazakh.
    expect((await b.call('spravka.text', kk)).gaps.filter((g) => g.kind === 'topicName')).toEqual([]);
    const path = writeFixture(
      b.dir,
      'more.csv',
      'Рег. номер;Дата поступления;Регион;Тематика\r\nN-1;15.09.2026;Астана;Ремонт подъездных путей к дачам\r\n',
    );
    await b.call('imports.run', { paths: [path], center: CENTER });
    const gaps = (await b.call('spravka.text', kk)).gaps;
    expect(gaps).toContainEqual({ kind: 'topicName', topic: 'Ремонт подъездных путей к дачам' });
    expect(await pdfText(kk)).toContain('Ремонт подъездных путей к дачам');
    await readyForApproval(b, kk);
    expect((await b.call('spravka.text', kk)).gaps.filter((g) => g.kind === 'topicName')).toEqual([]);
    expect((await b.call('spravka.approve', kk)).approval).not.toBeNull();
  });
});

describe('two topics under one name', () => {
  it('are listed before approval, which they do not hold back', async () => {
    const kk: SpravkaQuery = { ...Q3, lang: 'kk' };
    const [first, second] = await b.call('topics.list', {});
    if (!first || !second) throw new Error('the sample has topics');
    await b.call('topics.names', { id: second.id, kk: first.nameKk ?? 'Атау' });
    if (!first.nameKk) await b.call('topics.names', { id: first.id, kk: 'Атау' });
    const gaps = (await b.call('spravka.text', kk)).gaps;
    expect(gaps).toContainEqual({
      kind: 'sameName',
      name: first.nameKk ?? 'Атау',
      topics: expect.arrayContaining([first.name, second.name]),
    });
    await readyForApproval(b, kk);
    expect((await b.call('spravka.approve', kk)).approval).not.toBeNull();
  });
});

describe('names in both languages', () => {
  it('topics --json lists each topic with nameRu, nameKk and its count; --rename gives one its Kazakh name', async () => {
    b.close();
    const listed = await cli(['topics', '--json', '--db', b.dbPath]);
    expect(listed.code).toBe(0);
    const list = JSON.parse(listed.out) as {
      name: string;
      nameRu: string | null;
      nameKk: string | null;
      count: number;
    }[];
    expect(list.length).toBeGreaterThan(5);
    const top = list[0];
    if (!top) throw new Error('topics');
    expect(top).toMatchObject({ nameRu: top.name });
    expect(top.count).toBeGreaterThan(0);
    const renamed = await cli([
      'topics',
      '--rename',
      top.name.toUpperCase(),
      '--kk',
      'Сынақ атауы',
      '--json',
      '--db',
      b.dbPath,
    ]);
    expect(renamed.code).toBe(0);
    const after = (JSON.parse(renamed.out) as typeof list).find((x) => x.name === top.name);
    expect(after).toMatchObject({ nameKk: 'Сынақ атауы', nameRu: top.name });
    const unknown = await cli(['topics', '--rename', 'Нет такой темы', '--kk', 'X', '--db', b.dbPath]);
    expect(unknown.code).not.toBe(0);
    expect(unknown.err).toContain('Тема «Нет такой темы» не найдена');
    b = testBackend(b.dbPath);
    const kkText = await pdfText({ ...Q3, lang: 'kk' });
    expect(kkText).toContain('Сынақ атауы');
  });

  it('settings --center NAME --name-kk --name-ru names the contact center; the справка of each language prints its own', async () => {
    b.close();
    const set = await cli([
      'settings',
      '--center',
      CENTER,
      '--name-kk',
      '«1414» бірыңғай байланыс орталығы',
      '--name-ru',
      'Единый контакт-центр «1414»',
      '--json',
      '--db',
      b.dbPath,
    ]);
    expect(set.code).toBe(0);
    const centers = (JSON.parse(set.out) as { centers: { nameKk: string; nameRu: string }[] }).centers;
    expect(centers[0]).toMatchObject({
      nameKk: '«1414» бірыңғай байланыс орталығы',
      nameRu: 'Единый контакт-центр «1414»',
    });
    b = testBackend(b.dbPath);
    expect(await pdfText({ ...Q3, lang: 'kk' })).toContain('«1414» бірыңғай байланыс орталығы');
    const ru = await pdfText(Q3);
    expect(ru).toContain('Единый контакт-центр «1414»');
    expect(ru).not.toContain('бірыңғай');
  });
});
