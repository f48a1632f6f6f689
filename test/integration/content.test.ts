// The content analysis over a real store: topics suggested for vague requests and assigned only when
// the analyst says so, and new issues found among the quarter's texts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readAudit } from '../../src-main/db/audit';
import { writeFixture } from '../fixtures/build';
import { importSample, testBackend, vagueRequestsInQ3, type TestBackend } from '../fixtures/store';
import { textOf } from '../fixtures/rich-text';
import { cli } from '../fixtures/cli';
import { suggestionsJson } from '../../src-main/cli/commands/content';

const CENTER = 'Единый контакт-центр 1414';
let b: TestBackend;

beforeEach(async () => {
  b = testBackend();
  await importSample(b);
});
afterEach(() => b.close());

describe('topic suggestions', () => {
  it('are offered for the quarter’s vague requests, learnt from the labelled ones, and change nothing by themselves', async () => {
    const before = b.snapshot();
    const s = await b.call('content.suggestions', { quarter: '2026-Q3' });
    expect(s.total).toBe(vagueRequestsInQ3(b));
    expect(s.items).toHaveLength(Math.min(s.total, 1000));
    // Measured on the store's own labelled requests, every one held out once (5 folds), at 90 % precision.
    const q = s.quality;
    expect(q?.heldOut).toBe(q?.labelled);
    expect(q?.heldOut).toBeGreaterThan(100);
    expect(q?.folds).toBe(5);
    expect(q?.threshold).not.toBeNull();
    expect(q?.heldOutPrecision).toBeGreaterThanOrEqual(0.9);
    expect(q?.heldOutCoverage).toBeGreaterThan(0);
    for (const item of s.items) {
      expect(item.currentTopic).toBe('Прочие вопросы');
      expect(item.suggestions.length).toBeGreaterThan(0);
      expect(item.suggestions.every((x) => x.topic !== 'Прочие вопросы')).toBe(true);
      expect(item.shown).toBe(item.confidence >= (q?.threshold ?? 2) ? item.shown : false);
      expect(item.confidence).toBeGreaterThanOrEqual(0);
      expect(item.confidence).toBeLessThanOrEqual(1);
    }
    expect(b.snapshot()).toBe(before);
  });

  it('become the requests’ topics when assigned, with the counts and the log following', async () => {
    const s = await b.call('content.suggestions', { quarter: '2026-Q3', center: CENTER });
    const chosen = s.items
      .slice(0, 3)
      .map((i) => ({ requestId: i.requestId, topicId: i.suggestions[0]?.topicId as number }));
    const target = s.items[0]?.suggestions[0]?.topic as string;
    const count = async (topic: string) =>
      (await b.call('analysis.quarter', { quarter: '2026-Q3' })).byTopic.find((t) => t.topic === topic)
        ?.count ?? 0;
    const vague = await count('Прочие вопросы');
    const targetBefore = await count(target);
    expect(await b.call('content.assign', { assignments: chosen })).toEqual({ assigned: 3 });
    expect(await count('Прочие вопросы')).toBe(vague - 3);
    const landed = chosen.filter((c) => c.topicId === chosen[0]?.topicId).length;
    expect(await count(target)).toBe(targetBefore + landed);
    expect(readAudit(b.store).at(-1)).toMatchObject({ action: 'content.assign', detail: { assigned: 3 } });
    expect((await b.call('content.suggestions', { quarter: '2026-Q3' })).total).toBe(s.total - 3);
  });

  it('refuse an unknown request or topic and assign nothing', async () => {
    const before = b.snapshot();
    const s = await b.call('content.suggestions', { quarter: '2026-Q3' });
    const good = {
      requestId: s.items[0]?.requestId as number,
      topicId: s.items[0]?.suggestions[0]?.topicId as number,
    };
    const error = await b.refused('content.assign', {
      assignments: [good, { requestId: 99_999_999, topicId: good.topicId }],
    });
    expect(error).toEqual({ code: 'unknownRequest', params: { id: 99_999_999 } });
    expect((await b.refused('content.assign', { assignments: [{ ...good, topicId: 99_999 }] })).code).toBe(
      'unknownTopic',
    );
    expect(b.snapshot()).toBe(before);
  });
});

describe('new issues', () => {
  it('finds a theme the quarter brought and the previous one did not have', async () => {
    const lines = ['Рег. номер;Дата поступления;Регион;Тематика;Текст обращения'];
    const variants = [
      'Лифт в доме не работает после капитального ремонта, жильцы верхних этажей не могут подняться',
      'После капитального ремонта дома отключили лифт, пожилые жильцы не выходят из квартир',
      'Лифт не запускают после капремонта подъезда, управляющая компания не отвечает',
    ];
    for (let i = 0; i < 24; i++) {
      lines.push(
        `LIFT-${i};${String(1 + (i % 28)).padStart(2, '0')}.08.2026;Астана;Прочие вопросы;${variants[i % 3]}`,
      );
    }
    const path = writeFixture(b.dir, 'лифты.csv', `${lines.join('\r\n')}\r\n`);
    await b.call('imports.run', { paths: [path], center: CENTER });
    const found = await b.call('content.newIssues', { quarter: '2026-Q3' });
    expect(found).toMatchObject({ quarter: '2026-Q3', previousQuarter: '2026-Q2' });
    // The sample's Q2 is all Russian and its Q3 mostly Kazakh: said once for the whole result.
    expect(found.thinLanguages).toEqual(['kk']);
    expect(found.groups.length).toBeLessThanOrEqual(7);
    // The three wordings may form one group or two; together they hold nearly all 24 requests.
    const lifts = found.groups.filter((g) => g.keywords.some((k) => k.toLowerCase().startsWith('лифт')));
    expect(lifts.length, JSON.stringify(found.groups.map((g) => g.keywords))).toBeGreaterThan(0);
    expect(lifts.reduce((n, g) => n + g.size, 0)).toBeGreaterThanOrEqual(20);
    for (const g of lifts) {
      // Written in Russian, as the whole comparison quarter is: a new issue proper.
      expect(g).toMatchObject({ language: 'ru', isNew: true });
      expect(g.regNumbers.every((n) => n.startsWith('LIFT-'))).toBe(true);
      expect(g.examples.length).toBeGreaterThan(0);
      expect(g.examples.every((e) => e.regNumber?.startsWith('LIFT-'))).toBe(true);
    }
  });
});

describe('the command line', () => {
  it('says when the suggestions it prints are not all the requests awaiting a topic', async () => {
    const s = await b.call('content.suggestions', { quarter: '2026-Q3' });
    const all = await b.call('content.suggestions', { quarter: '2026-Q3', all: true });
    expect(all.items).toHaveLength(all.total);
    expect(all.items.map((i) => i.requestId).slice(0, s.items.length)).toEqual(
      s.items.map((i) => i.requestId),
    );
    const cut = suggestionsJson({ ...all, items: all.items.slice(0, 2) });
    expect(cut).toMatchObject({ total: all.total, listed: 2, truncated: all.total > 2 });
    expect(suggestionsJson(all)).toMatchObject({ listed: all.total, truncated: false });
  });

  it('prints the suggestions with the measured figures, shown only above the threshold', async () => {
    const r = await cli(['suggest', '--quarter', '2026-Q3', '--json', '--db', b.dbPath]);
    expect(r.code, r.err).toBe(0);
    const out = JSON.parse(r.out) as {
      threshold: number;
      heldOutPrecision: number;
      total: number;
      listed: number;
      truncated: boolean;
      suggestions: { regNumber: string | null; topic: string; confidence: number; shown: boolean }[];
    };
    expect(out.threshold).toBeGreaterThan(0);
    expect(out.heldOutPrecision).toBeGreaterThanOrEqual(0.9);
    expect(out.suggestions).toHaveLength(vagueRequestsInQ3(b));
    // Every request awaiting a topic, whatever the app's table lists, and said so.
    expect(out).toMatchObject({
      total: vagueRequestsInQ3(b),
      listed: vagueRequestsInQ3(b),
      truncated: false,
    });
    for (const s of out.suggestions) {
      expect(Object.keys(s)).toEqual(expect.arrayContaining(['regNumber', 'topic', 'confidence', 'shown']));
      if (s.shown) expect(s.confidence).toBeGreaterThanOrEqual(out.threshold);
    }
    const kk = await cli(['suggest', '--quarter', '2026-Q3', '--db', b.dbPath, '--lang', 'kk']);
    expect(kk.out).toContain('оқытудан тыс қалдырылған');
    const ru = await cli(['suggest', '--quarter', '2026-Q3', '--db', b.dbPath, '--lang', 'ru']);
    expect(ru.out).toContain('отложенных при обучении');
  });

  it('prints the new issues, and refuses a bad quarter or an unknown center as other commands do', async () => {
    const r = await cli(['new-issues', '--quarter', '2026-Q3', '--json', '--db', b.dbPath]);
    expect(r.code, r.err).toBe(0);
    const out = JSON.parse(r.out) as { groups: Record<string, unknown>[] };
    expect(out.groups.length).toBeLessThanOrEqual(7);
    for (const g of out.groups)
      expect(Object.keys(g)).toEqual(
        expect.arrayContaining(['size', 'keywords', 'regNumbers', 'isNew', 'examples']),
      );
    // A year before, nothing is stored: no group is offered as new, and the analyst is told why.
    const year = ['new-issues', '--quarter', '2026-Q3', '--compare', 'year', '--db', b.dbPath];
    const yearJson = JSON.parse((await cli([...year, '--json'])).out) as {
      groups: unknown[];
      noComparison: boolean;
    };
    expect(yearJson).toMatchObject({ groups: [], noComparison: true });
    const text = await cli([...year, '--lang', 'ru']);
    expect(text.code).toBe(0);
    expect(text.out).toContain('В периоде сравнения («3 квартал 2025 года») нет загруженных запросов');
    expect((await cli([...year, '--lang', 'kk'])).out).toContain('жүктелген сұрау салулар жоқ');
    const bad = await cli(['suggest', '--quarter', '2026-Q9', '--db', b.dbPath]);
    const analyzeBad = await cli(['analyze', '--quarter', '2026-Q9', '--db', b.dbPath]);
    expect(bad.code).toBe(analyzeBad.code);
    expect(bad.err.split('\n')[0]).toBe(analyzeBad.err.split('\n')[0]);
    const center = await cli([
      'new-issues',
      '--quarter',
      '2026-Q3',
      '--center',
      'Нет такого',
      '--db',
      b.dbPath,
    ]);
    const analyzeCenter = await cli([
      'analyze',
      '--quarter',
      '2026-Q3',
      '--center',
      'Нет такого',
      '--db',
      b.dbPath,
    ]);
    expect(center.code).toBe(analyzeCenter.code);
    expect(center.err.split('\n')[0]).toBe(analyzeCenter.err.split('\n')[0]);
    expect((await cli(['suggest', '--db', b.dbPath])).code).toBe(2);
  });
});

describe('a new issue made a topic', () => {
  it('gets a topic of its own with the group’s requests, and the analysis shows it as new', async () => {
    const lines = ['Рег. номер;Дата поступления;Регион;Тематика;Текст обращения'];
    for (let i = 0; i < 18; i++) {
      lines.push(
        `LIFT-${i};${String(1 + i).padStart(2, '0')}.08.2026;Астана;Прочие вопросы;Лифт в доме не работает после капитального ремонта, жильцы не могут подняться`,
      );
    }
    await b.call('imports.run', {
      paths: [writeFixture(b.dir, 'лифты.csv', `${lines.join('\r\n')}\r\n`)],
      center: CENTER,
    });
    const found = await b.call('content.newIssues', { quarter: '2026-Q3' });
    const lifts = found.groups.find((g) => g.keywords.some((k) => k.toLowerCase().startsWith('лифт')));
    expect(lifts?.requestIds).toHaveLength(18);
    const made = await b.call('content.newTopic', {
      name: 'Лифты после капремонта',
      requestIds: lifts?.requestIds ?? [],
      keywords: lifts?.keywords.slice(0, 4) ?? [],
    });
    expect(made.assigned).toBe(18);
    const analysis = await b.call('analysis.quarter', { quarter: '2026-Q3' });
    expect(analysis.byTopic.find((t) => t.topic === 'Лифты после капремонта')).toMatchObject({
      count: 18,
      isNew: true,
    });
    // The draft of the analytical part names it among the new questions, with the group's key words.
    const draft = await b.call('spravka.text', { quarter: '2026-Q3', lang: 'ru' });
    expect(textOf(draft.doc)).toContain(
      `«Лифты после капремонта» — 18 запросов; в запросах чаще всего встречаются слова: ${lifts?.keywords.slice(0, 4).join(', ')}.`,
    );
    const kk = await b.call('spravka.text', { quarter: '2026-Q3', lang: 'kk' });
    expect(textOf(kk.doc)).toContain('сұрау салуларда мына сөздер жиі кездеседі');
    expect(readAudit(b.store).at(-1)).toMatchObject({
      action: 'content.newTopic',
      detail: { name: 'Лифты после капремонта', assigned: 18 },
    });
  });
});

describe('key words', () => {
  it('tell the top 10 topics and the regions apart by their words', async () => {
    const k = await b.call('content.keywords', { quarter: '2026-Q3' });
    expect(k.byTopic).toHaveLength(10);
    expect(k.byTopic.every((w) => w.words.length > 0)).toBe(true);
    const heating = k.byTopic.find((w) => w.topic === 'Отопление');
    expect(heating?.words.join(' ')).toMatch(/отоп|жылу|батаре|температур/i);
    expect(k.byRegion.length).toBeGreaterThanOrEqual(17);
    expect(k.byTopic.some((w) => w.topic === 'Прочие вопросы')).toBe(false);
  });
  it('go into the draft of the analytical part only where the analyst chose them, and come out again', async () => {
    const k = await b.call('content.keywords', { quarter: '2026-Q3' });
    const heating = k.byTopic.find((w) => w.topic === 'Отопление');
    const almaty = k.byRegion.find((w) => w.code === 'KZ-75');
    if (!heating || !almaty) throw new Error('the sample has heating requests and requests from Almaty');
    expect(heating.inDraft).toBe(false);
    const draft = async (lang: 'ru' | 'kk') =>
      textOf((await b.call('spravka.text', { quarter: '2026-Q3', lang })).doc);
    expect(await draft('ru')).not.toContain('Ключевые слова');

    await b.call('content.draftKeywords', {
      quarter: '2026-Q3',
      scope: 'topic',
      subject: 'Отопление',
      words: heating.words.slice(0, 3),
    });
    const kept = await b.call('content.draftKeywords', {
      quarter: '2026-Q3',
      scope: 'region',
      subject: 'KZ-75',
      words: almaty.words.slice(0, 3),
    });
    expect(kept).toEqual({ scope: 'region', subject: 'KZ-75', inDraft: true });
    const after = await b.call('content.keywords', { quarter: '2026-Q3' });
    expect(after.byTopic.find((w) => w.topic === 'Отопление')?.inDraft).toBe(true);
    expect(after.byRegion.find((w) => w.code === 'KZ-75')?.inDraft).toBe(true);
    expect(after.byTopic.filter((w) => w.inDraft)).toHaveLength(1);

    const ru = await draft('ru');
    expect(ru).toContain(
      `Ключевые слова запросов по темам (материал для анализа причин изменений):\n«Отопление»: ${heating.words.slice(0, 3).join(', ')}`,
    );
    expect(ru).toContain(
      `Ключевые слова запросов по регионам:\nгород Алматы: ${almaty.words.slice(0, 3).join(', ')}`,
    );
    const kk = await draft('kk');
    // The Kazakh draft names the topic in Kazakh, by the catalogue.
    expect(kk).toContain(`«Жылыту»: ${heating.words.slice(0, 3).join(', ')}`);
    expect(kk).toContain('Өңірлер бойынша сұрау салулардың түйінді сөздері:');
    // Another quarter's draft is not touched.
    expect(textOf((await b.call('spravka.text', { quarter: '2026-Q2', lang: 'ru' })).doc)).not.toContain(
      'Ключевые слова',
    );
    expect(readAudit(b.store).at(-1)).toMatchObject({
      action: 'content.draftKeywords',
      detail: { subject: 'KZ-75' },
    });

    await b.call('content.draftKeywords', {
      quarter: '2026-Q3',
      scope: 'topic',
      subject: 'Отопление',
      words: [],
    });
    const ruAgain = await draft('ru');
    expect(ruAgain).not.toContain('по темам (материал');
    expect(ruAgain).toContain('Ключевые слова запросов по регионам:');
  });
});
