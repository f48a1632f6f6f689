import { describe, expect, it } from 'vitest';
import { nameInBothLanguages } from '../../src-main/analysis/topic-names';

describe('a topic named in both languages', () => {
  it('keeps the data’s spelling in its own language and takes the catalogue’s pair for the other', () => {
    expect(nameInBothLanguages('Очередь на жилье')).toEqual({
      names: { ru: 'Очередь на жилье', kk: expect.any(String) },
      sources: { ru: 'data', kk: 'catalogue' },
    });
  });
  it('gives back the letters Kazakh typed on a Russian layout lost', () => {
    expect(nameInBothLanguages('Баска маселелер').names.kk).toBe('Басқа мәселелер');
  });
  it('puts the analyst’s name first, and leaves a name the catalogue does not know missing in the other language', () => {
    expect(nameInBothLanguages('Ремонт подъездов дачных обществ', { kk: 'Саяжай' })).toEqual({
      names: { ru: 'Ремонт подъездов дачных обществ', kk: 'Саяжай' },
      sources: { ru: 'data', kk: 'analyst' },
    });
    expect(nameInBothLanguages('Ремонт подъездов дачных обществ').names.kk).toBeNull();
  });
  it('reads a name in neither script the same in both languages', () => {
    expect(nameInBothLanguages('=HYPERLINK("x")').names).toEqual({
      ru: '=HYPERLINK("x")',
      kk: '=HYPERLINK("x")',
    });
  });
});
