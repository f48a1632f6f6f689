import { describe, expect, it } from 'vitest';
import type { QuarterAggregates } from '../../src-main/analysis/aggregates';
import { buildAnalysis } from '../../src-main/analysis/build';
import { translator } from '../../src-main/i18n';
import { draftAnalyticalPart as draftDoc } from '../../src-main/report/draft';
import { liveValues } from '../../src-main/report/fields';
import { fieldKeys, inlineNodes, placeholders, plainText } from '../../src-main/shared/rich-text';
import { NO_VALUE_ALIASES } from '../../src-main/shared/value-aliases';

const draftAnalyticalPart = (...args: Parameters<typeof draftDoc>) => plainText(draftDoc(...args));

function aggregates(
  now: [number, number][],
  before: [number, number][],
  portrait = false,
): QuarterAggregates {
  const counts = (rows: [number, number][]) => ({
    total: rows.reduce((s, [, n]) => s + n, 0),
    byRegion: [{ key: 'KZ-71', n: rows.reduce((s, [, n]) => s + n, 0) }],
    byTopic: rows.map(([key, n]) => ({ key, n })),
  });
  const total = now.reduce((s, [, n]) => s + n, 0);
  return {
    valueAliases: NO_VALUE_ALIASES,
    current: counts(now),
    previous: counts(before),
    topicNames: new Map([
      [1, 'Отопление'],
      [2, 'Газ'],
    ]),
    regionTopic: now.map(([topic, n]) => ({ region: 'KZ-71', topic, n })),
    ages: portrait ? [{ key: 35, n: total }] : [{ key: null, n: total }],
    sex: portrait ? [{ key: 'female', n: total }] : [{ key: null, n: total }],
    socialStatus: [{ key: portrait ? 'pensioner' : 'unknown', n: total }],
    maritalStatus: [],
    education: [],
    occupation: [],
    dynamics: [],
  };
}

const frame = { quarter: '2025-Q1', previousQuarter: '2024-Q4', compare: 'previous' as const, center: null };
const RAW_KEY = /\b(draft|doc|analysis|common|report)\.[a-zA-Z]/;

describe('the draft of the analytical part', () => {
  it.each(['ru', 'kk'] as const)(
    '%s: a first quarter with nothing to compare, and no portrait data',
    (lang) => {
      const text = draftAnalyticalPart(
        translator(lang),
        lang,
        buildAnalysis(frame, aggregates([[1, 10]], [])),
      );
      expect(text).not.toMatch(RAW_KEY);
      expect(text).toContain(
        lang === 'ru'
          ? 'в предыдущем периоде запросов не поступало'
          : 'алдыңғы кезеңде сұрау салулар түскен жоқ',
      );
      expect(text).toContain(
        lang === 'ru'
          ? 'Сведения о поле, возрасте и социальном статусе заявителей в отчетном периоде не собирались.'
          : 'мәліметтер жиналмаған',
      );
      expect(text).toContain(lang === 'ru' ? 'Обеспечить заполнение сведений' : 'толтырылуын қамтамасыз ету');
    },
  );

  it.each(['ru', 'kk'] as const)('%s: an unchanged total, no growth over 30 %%, no new topics', (lang) => {
    const text = draftAnalyticalPart(
      translator(lang),
      lang,
      buildAnalysis(
        frame,
        aggregates(
          [
            [1, 10],
            [2, 5],
          ],
          [
            [1, 10],
            [2, 5],
          ],
          true,
        ),
      ),
    );
    expect(text).not.toMatch(RAW_KEY);
    expect(text).toContain(
      lang === 'ru' ? 'столько же, сколько в предыдущем периоде' : 'алдыңғы кезеңдегімен бірдей',
    );
    expect(text).toContain(
      lang === 'ru' ? 'Существенных изменений в разрезе тем не отмечается.' : 'елеулі өзгерістер байқалмайды',
    );
    expect(text).toContain(
      lang === 'ru' ? 'превысил 30 %, не выявлено' : '30 %-дан асқан тақырыптар анықталған жоқ',
    );
    expect(text).toContain(
      lang === 'ru'
        ? 'Новых (ранее не установленных) вопросов'
        : 'жаңа (бұрын анықталмаған) мәселелер анықталған жоқ',
    );
    expect(text).not.toContain(
      lang === 'ru' ? 'Обеспечить заполнение сведений' : 'толтырылуын қамтамасыз ету',
    );
  });

  it('a fall, with one topic over 30 % in the singular', () => {
    const text = draftAnalyticalPart(
      translator('ru'),
      'ru',
      buildAnalysis(
        frame,
        aggregates(
          [
            [1, 20],
            [2, 1],
          ],
          [
            [1, 10],
            [2, 30],
          ],
          true,
        ),
      ),
    );
    expect(text).toContain('что на 19 запросов (47,5\u00a0%) меньше, чем за 4 квартал 2024 года (40).');
    expect(text).toContain('Разработать план информационно-разъяснительной работы по теме «Отопление».');
    expect(text).toContain(
      'Снижение общего количества запросов обусловлено прежде всего темами: «Газ» (−29).',
    );
  });
});

describe('the draft as a document with live figures', () => {
  const grown = () =>
    buildAnalysis(
      frame,
      aggregates(
        [
          [1, 20],
          [2, 1],
        ],
        [
          [1, 10],
          [2, 30],
        ],
        true,
      ),
    );

  it.each(['ru', 'kk'] as const)('%s: every figure is a field whose value its key resolves to', (lang) => {
    const t = translator(lang);
    const a = grown();
    const doc = draftDoc(t, lang, a);
    const keys = fieldKeys(doc);
    expect(keys).toEqual(
      expect.arrayContaining(['total:down#requests', 'previousTotal', 'topicCount:Отопление']),
    );
    const live = liveValues({ t, lang, a }, keys);
    for (const node of inlineNodes(doc))
      if (node.type === 'field') expect(live[node.attrs.key], node.attrs.key).toBe(node.attrs.value);
    expect(live['total:down#requests']).toBe(lang === 'ru' ? '21 запрос' : '21 сұрау салу');
  });

  it('a figure follows the data: the same key gives the new count after a re-import', () => {
    const t = translator('ru');
    const before = grown();
    const doc = draftDoc(t, 'ru', before);
    const after = buildAnalysis(
      frame,
      aggregates(
        [
          [1, 25],
          [2, 1],
        ],
        [
          [1, 10],
          [2, 30],
        ],
        true,
      ),
    );
    const live = liveValues({ t, lang: 'ru', a: after }, fieldKeys(doc));
    expect(live['topicCount:Отопление']).toBe('25');
    expect(live['topicRising:Отопление']).toBe('+150\u00a0%');
    expect(live['topicCount:Нет такой']).toBeUndefined();
    expect(
      liveValues({ t, lang: 'ru', a: after }, ['topicCount:Нет такой'])['topicCount:Нет такой'],
    ).toBeNull();
  });

  it('flags a figure whose sentence the data no longer bears out, instead of printing it in a false clause', () => {
    const t = translator('ru');
    // 21 requests against 40: «меньше, чем», «Снижение … по темам: «Газ»», «Отопление» grew over 30 %.
    const doc = draftDoc(t, 'ru', grown());
    const reversed = buildAnalysis(
      frame,
      aggregates(
        [
          [1, 9],
          [2, 45],
        ],
        [
          [1, 10],
          [2, 30],
        ],
        true,
      ),
    );
    const live = liveValues({ t, lang: 'ru', a: reversed }, fieldKeys(doc));
    expect(live['total:down#requests']).toBeNull();
    expect(live['changeAbs:down#requests']).toBeNull();
    expect(live['topicFalling:Газ']).toBeNull();
    expect(live['over30Change:Отопление']).toBeNull();
    // The names and plain counts still hold.
    expect(live['topicName:Газ']).toBe('Газ');
    expect(live['previousTotal']).toBe('40');
  });

  it('reads keys whose topic or value holds «#» or «:»', () => {
    const t = translator('ru');
    const agg = aggregates([[1, 10]], [], true);
    agg.topicNames = new Map([[1, 'Вопрос #5: ЖКХ']]);
    agg.maritalStatus = [{ key: '#N/A', n: 3 }];
    const a = buildAnalysis(frame, agg);
    const doc = draftDoc(t, 'ru', a);
    const live = liveValues({ t, lang: 'ru', a }, fieldKeys(doc));
    expect(live['topicName:Вопрос #5: ЖКХ']).toBe('Вопрос #5: ЖКХ');
    expect(live['topicCount:Вопрос #5: ЖКХ']).toBe('10');
    expect(live['newCount:Вопрос #5: ЖКХ#requests']).toBe('10 запросов');
    expect(live['valueName:maritalStatus:#N/A']).toBe('#N/A');
    expect(Object.values(live)).not.toContain(null);
  });

  it('leaves placeholders for the reasons of a new topic and of a growth over 30 %', () => {
    const doc = draftDoc(
      translator('ru'),
      'ru',
      buildAnalysis(
        frame,
        aggregates(
          [
            [1, 20],
            [2, 3],
          ],
          [[1, 10]],
          true,
        ),
      ),
    );
    expect(placeholders(doc)).toEqual([
      'укажите возможные причины роста запросов по теме',
      'укажите возможные причины появления вопроса',
    ]);
  });

  it("names a topic in the document's language where one is known, and the data's name otherwise", () => {
    const a = buildAnalysis(
      frame,
      aggregates([[1, 10]], [[1, 10]]),
      new Map([['Отопление', { kk: 'Жылу беру' }]]),
    );
    const kk = plainText(draftDoc(translator('kk'), 'kk', a));
    expect(kk).toContain('«Жылу беру»');
    expect(kk).not.toContain('Отопление');
    expect(plainText(draftDoc(translator('ru'), 'ru', a))).toContain('«Отопление»');
  });
});
