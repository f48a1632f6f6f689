import { describe, expect, it } from 'vitest';
import { placeNameIn } from '../../src-main/reference/place-names';

describe('a district named in the document’s language', () => {
  it('takes the Kazakh official name in a Kazakh document, whatever the spelling', () => {
    expect(placeNameIn('Аягозский район', 'KZ-10', 'kk')).toBe('Аягөз ауданы');
    expect(placeNameIn('аягозский  РАЙОН', 'KZ-10', 'kk')).toBe('Аягөз ауданы');
  });
  it('puts a Kazakh official name into Russian, and leaves a Russian spelling as written', () => {
    expect(placeNameIn('Аягөз ауданы', 'KZ-10', 'ru')).toBe('Аягозский район');
    expect(placeNameIn('Аягозский район', 'KZ-10', 'ru')).toBe('Аягозский район');
  });
  it('leaves a name it does not know in that region as written', () => {
    expect(placeNameIn('Аягозский район', 'KZ-75', 'kk')).toBe('Аягозский район');
    expect(placeNameIn('Неизвестный район', 'KZ-10', 'kk')).toBe('Неизвестный район');
  });
});
