import { describe, expect, it } from 'vitest';
import { keywordsBy } from '../../src-main/content/keywords';
import { generateLabelledCorpus } from '../../scripts/generation/texts';

describe('keywordsBy', () => {
  it('gives each topic its own words, in both languages, spelled as written', () => {
    const groups = new Map<string, string[]>();
    for (const t of generateLabelledCorpus(3000, 5))
      groups.set(t.topic, [...(groups.get(t.topic) ?? []), t.text]);
    const kw = keywordsBy(groups, 8);
    expect([...kw.keys()]).toEqual([...groups.keys()]);
    const words = (topic: string) => (kw.get(topic) ?? []).map((k) => k.word);
    expect(words('Пенсионное обеспечение')).toEqual(expect.arrayContaining(['пенсии', 'зейнетақы']));
    expect(words('Водоснабжение')).toEqual(expect.arrayContaining(['воды', 'су']));
    expect(words('Детские сады: очередь')).toEqual(expect.arrayContaining(['детский', 'балабақша']));
    for (const [topic, list] of kw) {
      // A topic with a handful of texts (some labelled wrongly) may have no word that stands out.
      if ((groups.get(topic)?.length ?? 0) >= 10) expect(list.length, topic).toBeGreaterThan(0);
      expect(list.length).toBeLessThanOrEqual(8);
      for (let i = 1; i < list.length; i++)
        expect(list[i]?.score).toBeLessThanOrEqual(list[i - 1]?.score as number);
      // Words every topic's texts have (the closing phrases) are nobody's key words.
      expect(list.map((k) => k.word)).not.toContain('консультация');
    }
  });

  it('gives each region the words its requests are about, the commonest spelling of each stem', () => {
    const kw = keywordsBy(
      new Map([
        [
          'KZ-47',
          [
            'Нет питьевой воды третьи сутки',
            'Жалоба на качество питьевой воды',
            'Вода мутная, питьевой воды нет',
            'Водой не обеспечены, просит помочь',
            'Не работает уличное освещение',
          ],
        ],
        [
          'KZ-71',
          [
            'Не работает уличное освещение',
            'Просит отремонтировать дорогу',
            'Ямы на дороге не заделаны',
            'Дорога разбита, просит отремонтировать',
            'Просит отремонтировать дорогу к школе',
          ],
        ],
      ]),
      3,
    );
    const water = kw.get('KZ-47') ?? [];
    expect(water[0]).toMatchObject({ word: 'воды', stem: 'вод', count: 4 });
    expect(water.map((k) => k.word)).toContain('питьевой');
    const roads = kw.get('KZ-71') ?? [];
    expect(roads.map((k) => k.word)).toEqual(expect.arrayContaining(['дорогу', 'отремонтировать']));
    // «освещение» is in both regions once: it distinguishes neither.
    for (const list of [water, roads]) expect(list.map((k) => k.word)).not.toContain('освещение');
  });

  it('counts a word once per text, wants it in two texts, and copes with one group or none', () => {
    const kw = keywordsBy(new Map([['one', ['газ газ газ газ', 'свет', 'газ и свет', 'вода']]]), 5);
    expect(kw.get('one')).toEqual([
      { word: 'газ', stem: 'газ', count: 2, score: 2 },
      { word: 'свет', stem: 'свет', count: 2, score: 2 },
    ]);
    expect(keywordsBy(new Map(), 5).size).toBe(0);
    expect(keywordsBy(new Map([['empty', []]]), 5).get('empty')).toEqual([]);
  });
});
