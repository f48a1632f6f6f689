// Issue #8: one district or city, written in Kazakh in one quarter's export and in Russian in the other's.
import { describe, expect, it } from 'vitest';
import { districtKey } from '../../src-main/analysis/service-quality/district-key';

describe('districtKey', () => {
  it.each([
    ['Алмалы ауданы', 'Алмалинский район'],
    ['Алматы ауданы', 'район Алматы'],
    ['Абай ауданы', 'Абайский район'],
    ['Қонаев қ.', 'Конаев'],
    ['Тараз қ.', 'г. Тараз'],
    ['Өскемен қ.', 'Усть-Каменогорск'],
    ['Орал қ.', 'Уральск'],
    ['Қарағанды қ.', 'Караганда'],
    ['Петропавл қ.', 'Петропавловск'],
    ['Түрксіб ауданы', 'Турксибский район'],
    ['Бостандық ауданы', 'Бостандыкский район'],
    ['Әл-Фараби ауданы', 'Аль-Фарабийский район'],
    ['Еңбекшіқазақ ауданы', 'Енбекшиказахский район'],
    ['Іле ауданы', 'Илийский район'],
    ['Байқоңыр ауданы', 'район Байконур'],
    ['Есіл ауданы', 'район Есиль'],
    ['Алакөл ауданы', 'Алакольский район'],
    ['Әуезов ауданы', 'Ауэзовский район'],
    ['Екібастұз қ.', 'Экибастуз'],
    ['Семей қ.', 'Семей'],
    ['Сарыағаш ауданы', 'Сарыагашский р-н'],
  ])('«%s» is «%s»', (kk, ru) => expect(districtKey(kk)).toBe(districtKey(ru)));

  it('keeps different places apart', () => {
    const keys = [
      'Алмалы ауданы',
      'Алматы ауданы',
      'Абай ауданы',
      'Медеу ауданы',
      'Алатау ауданы',
      'Тараз қ.',
    ].map(districtKey);
    expect(new Set(keys).size).toBe(keys.length);
    // A district named after its region's city stays apart from nothing but itself.
    expect(districtKey('Костанайский район')).toBe(districtKey('Қостанай ауданы'));
  });
});
