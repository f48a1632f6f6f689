import { afterEach, describe, expect, it } from 'vitest';
import { csvText, writeFixture } from '../fixtures/build';
import { testBackend, type TestBackend } from '../fixtures/store';

const HEADER = ['Рег. номер', 'Дата поступления', 'Тематика'];
let b: TestBackend;
afterEach(() => b.close());

describe('the topic catalog', () => {
  it('merges two spellings into one topic, for the analysis and for later imports', async () => {
    b = testBackend();
    const first = csvText(
      [
        HEADER,
        ['1', '01.07.2024', 'ЖКХ'],
        ['2', '02.07.2024', 'Коммунальные услуги'],
        ['3', '03.07.2024', 'ЖКХ'],
      ],
      ';',
    );
    await b.call('imports.run', { paths: [writeFixture(b.dir, 'a.csv', first)] });
    const topics = await b.call('topics.list', {});
    expect(topics.map((t) => [t.name, t.requests])).toEqual([
      ['ЖКХ', 2],
      ['Коммунальные услуги', 1],
    ]);
    const [jkh, utilities] = topics as [(typeof topics)[0], (typeof topics)[0]];
    const merged = await b.call('topics.merge', { from: utilities.id, into: jkh.id });
    expect(merged).toEqual([
      { id: jkh.id, name: 'ЖКХ', requests: 3, aliases: ['жкх', 'коммунальные услуги'] },
    ]);
    const renamed = await b.call('topics.rename', { id: jkh.id, name: 'ЖКХ: тарифы и услуги' });
    expect(renamed[0]?.name).toBe('ЖКХ: тарифы и услуги');
    const a = await b.call('analysis.quarter', { quarter: '2024-Q3' });
    expect(a.byTopic).toEqual([expect.objectContaining({ topic: 'ЖКХ: тарифы и услуги', count: 3 })]);

    // A later export that still says «Коммунальные услуги» lands in the merged topic.
    const later = csvText([HEADER, ['4', '04.07.2024', 'коммунальные  услуги']], ';');
    await b.call('imports.run', { paths: [writeFixture(b.dir, 'b.csv', later)] });
    expect((await b.call('topics.list', {})).map((t) => [t.name, t.requests])).toEqual([
      ['ЖКХ: тарифы и услуги', 4],
    ]);
    expect((await b.refused('topics.merge', { from: utilities.id, into: jkh.id })).code).toBe('unknownTopic');
  });
});
