// The identity of a district or city as exports write it, so that one place counts once whether a quarter's
// file spells it in Kazakh or in Russian: «Алмалы ауданы» and «Алмалинский район», «Қонаев қ.» and «Конаев»,
// «Өскемен қ.» and «Усть-Каменогорск». Pure.
import { matchKey } from '../../shared/fold';

/** Words that say what kind of place it is, not which: dropped from the key. */
const MARKERS = new Set([
  'г',
  'гор',
  'город',
  'к',
  'кала',
  'каласы',
  'р',
  'н',
  'рн',
  'район',
  'ауд',
  'аудан',
  'ауданы',
]);

/** Russian names (as keyed: no soft sign) of places whose Kazakh name is another word, keyed as the Kazakh one. */
const RUSSIAN_NAMES: Readonly<Record<string, string>> = {
  'уст каменогорск': 'оскемен',
  уралск: 'орал',
  караганда: 'караганды',
  петропавловск: 'петропавл',
  семипалатинск: 'семей',
  или: 'иле',
  байконур: 'байконыр',
  капчагай: 'конаев',
  'кзыл орда': 'кызылорда',
  чимкент: 'шымкент',
  джамбул: 'тараз',
  гурев: 'атырау',
  шевченко: 'актау',
  // Kazakh drops the Russian -ск or writes another consonant: one letter or two apart, too near other places'
  // names to be merged by nearness alone.
  лисаковск: 'лисаков',
  степногорск: 'степногор',
  аралск: 'арал',
  сатпаев: 'сатбаев',
  ленгер: 'ленгир',
  туркестан: 'туркистан',
};

// Russian adjectives made from a Kazakh name: «Алмалинский» from «Алмалы», «Абайский» from «Абай».
const ADJECTIVE = /(?:ский|цкий|ской)$/;

const FINAL_VOWEL = /[ыи]$/;

function stem(word: string): string {
  if (!ADJECTIVE.test(word) || word.length < 6) return word;
  const base = word.replace(ADJECTIVE, '');
  return base.endsWith('ин') ? `${base.slice(0, -2)}ы` : base.endsWith('ий') ? base.slice(0, -1) : base;
}

export function districtKey(value: string): string {
  const words = matchKey(value)
    .replace(/ь/g, '')
    .replace(/э/g, 'е')
    .replace(/х/g, 'к')
    .split(' ')
    .filter((w) => w !== '' && !MARKERS.has(w))
    .map(stem);
  const key = words.join(' ');
  // A Kazakh final і or ы turns into -инский or -ынский in Russian («Еңбекші», «Енбекшинский»): dropped.
  // Then ы is і (folded to и) in the other language's spelling: «Жетысуский» and «Жетісу».
  return (RUSSIAN_NAMES[key] ?? key)
    .split(' ')
    .map((w) => (w.length > 4 ? w.replace(FINAL_VOWEL, '') : w))
    .join(' ')
    .replace(/ы/g, 'и');
}
