// The content analysis over a real store: topics suggested for vague requests and assigned only when
// the analyst says so, and new issues found among the quarter's texts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readAudit } from '../../src-main/db/audit';
import { writeFixture } from '../fixtures/build';
import { importSample, testBackend, vagueRequestsInQ3, type TestBackend } from '../fixtures/store';
import { textOf } from '../fixtures/rich-text';

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
    expect(s.items).toHaveLength(Math.min(s.total, 500));
    // The sample's texts are written per topic, so the held-out accuracy must be high; measured 1.0/1.0.
    expect(s.quality?.top1).toBeGreaterThanOrEqual(0.9);
    expect(s.quality?.top3).toBeGreaterThanOrEqual(s.quality?.top1 ?? 1);
    expect(s.quality?.heldOut).toBeGreaterThan(100);
    for (const item of s.items) {
      expect(item.currentTopic).toBe('Прочие вопросы');
      expect(item.suggestions.length).toBeGreaterThan(0);
      expect(item.suggestions.every((x) => x.topic !== 'Прочие вопросы')).toBe(true);
      const confidences = item.suggestions.map((x) => x.confidence);
      expect(confidences).toEqual([...confidences].sort((x, y) => y - x));
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
    // The sample's Q2 is all Russian and its Q3 mostly Kazakh: Kazakh groups cannot be called new.
    const kazakh = found.groups.filter((g) => g.language === 'kk');
    expect(kazakh.length).toBeGreaterThan(0);
    expect(kazakh.every((g) => !g.comparable)).toBe(true);
    // The three wordings may form one group or two; together they hold nearly all 24 requests.
    const lifts = found.groups.filter((g) => g.keywords.some((k) => k.toLowerCase().startsWith('лифт')));
    expect(lifts.length, JSON.stringify(found.groups.map((g) => g.keywords))).toBeGreaterThan(0);
    expect(lifts.reduce((n, g) => n + g.size, 0)).toBeGreaterThanOrEqual(20);
    for (const g of lifts) {
      // Written in Russian, as the whole comparison quarter is: a new issue proper.
      expect(g).toMatchObject({ language: 'ru', comparable: true });
      expect(g.examples.length).toBeGreaterThan(0);
      expect(g.examples.every((e) => e.regNumber?.startsWith('LIFT-'))).toBe(true);
    }
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
