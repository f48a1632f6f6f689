import { describe, expect, it } from 'vitest';
import type { TopicInfo } from '../../src-main/shared/records';
import { searchTopics } from '../../src-renderer/src/features/reference/topic-search';

const topic = (id: number, name: string, more: Partial<TopicInfo> = {}): TopicInfo => ({
  id,
  name,
  requests: 1,
  aliases: [name.toLowerCase()],
  nameRu: null,
  nameKk: null,
  sources: { kk: null, ru: null },
  ...more,
});

const CATALOGUE = [
  topic(1, 'ОТОПЛЕНИЕ', { nameKk: 'Жылумен жабдықтау', aliases: ['отопление', 'теплоснабжение'] }),
  topic(2, 'Социальная помощь', { nameKk: 'Әлеуметтік көмек' }),
  topic(3, 'ЖКХ: тарифы', { aliases: ['жкх: тарифы', 'коммунальные услуги'] }),
  topic(4, 'Қала көшелерін жарықтандыру', { nameRu: 'Освещение улиц' }),
];
const found = (q: string) => searchTopics(CATALOGUE, q).map((t) => t.id);

describe('the catalogue search', () => {
  it('finds a topic by its name in any case, by its names in both languages and by its spellings', () => {
    expect(found('отопление')).toEqual([1]);
    expect(found('Освещение')).toEqual([4]);
    expect(found('теплоснаб')).toEqual([1]);
    expect(found('коммунальные')).toEqual([3]);
    expect(found('жкх тарифы')).toEqual([3]);
    // Every word must be found, in any order.
    expect(found('услуги коммун')).toEqual([3]);
    expect(found('услуги отопление')).toEqual([]);
  });

  it('finds Kazakh names typed without Kazakh letters, or in the Latin alphabet', () => {
    expect(found('алеуметтик комек')).toEqual([2]);
    expect(found('жылумен жабдыктау')).toEqual([1]);
    expect(found('кала кошелерин')).toEqual([4]);
    expect(found('áleýmettik kómek')).toEqual([2]);
    expect(found('aleumettik')).toEqual([2]);
  });

  it('lists everything for an empty query, and nothing for one that matches nothing', () => {
    expect(found('')).toEqual([1, 2, 3, 4]);
    expect(found('  ,  ')).toEqual([1, 2, 3, 4]);
    expect(found('лифты')).toEqual([]);
  });
});
