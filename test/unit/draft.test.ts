import { describe, expect, it } from 'vitest';
import type { QuarterAggregates } from '../../src-main/analysis/aggregates';
import { buildAnalysis } from '../../src-main/analysis/build';
import { translator } from '../../src-main/i18n';
import { draftAnalyticalPart } from '../../src-main/report/draft';

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
      lang === 'ru' ? 'столько же, сколько в предыдущем периоде' : 'алдыңғы кезеңдегідей',
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

describe('typesetting of the analyst text', () => {
  it('keeps hyphenated ordinals whole and leaves other text as one string', async () => {
    const { inlineText } = await import('../../src-main/report/spravka-doc');
    expect(inlineText('Без чисел.')).toBe('Без чисел.');
    expect(inlineText('2026 жылғы 3-тоқсанда, Әдістеменің 11-тармағына сәйкес')).toEqual([
      '2026 жылғы ',
      { text: '3-тоқсанда', noWrap: true },
      ', Әдістеменің ',
      { text: '11-тармағына', noWrap: true },
      ' сәйкес',
    ]);
  });
});
