// A topic's or a center's name in each language: the analyst's, else the data's own where it is written in
// that language, else the catalogue's pair for a common name. Pure.
import type { Lang } from '../shared/domain';
import type { Names } from '../shared/names';
import type { NameSource, NamesInfo } from '../shared/records';
import { catalogueName, nameLanguage } from '../reference/topic-name-match';

export interface Naming {
  names: Names;
  /** Where each language's name came from; null where there is none. */
  sources: Record<Lang, NameSource | null>;
}

const kazakhLetters = (s: string) => s.match(/[әғқңөұүһі]/giu)?.length ?? 0;

export function nameInBothLanguages(name: string, stored: Partial<Names> = {}): Naming {
  const own = nameLanguage(name);
  const pair = catalogueName(name);
  const pick = (lang: Lang): [string | null, NameSource | null] => {
    const given = stored[lang];
    if (given) return [given, 'analyst'];
    if (pair) {
      if (own !== lang && pair[lang] !== name) return [pair[lang], 'catalogue'];
      // The data's own spelling stays («жилье» as written), unless Kazakh typed on a Russian layout lost its
      // letters: «Баска маселелер» prints as the catalogue writes it, «Басқа мәселелер».
      return [kazakhLetters(name) < kazakhLetters(pair[lang]) ? pair[lang] : name, 'data'];
    }
    // A name in neither script («eGov», «=HYPERLINK…») reads the same in both languages.
    return own === lang || own === null ? [name, 'data'] : [null, null];
  };
  const [ru, ruSource] = pick('ru');
  const [kk, kkSource] = pick('kk');
  return { names: { ru, kk }, sources: { ru: ruSource, kk: kkSource } };
}

/** The names as the store's lists show them. */
export function namesInfo(name: string, stored: Partial<Names>): NamesInfo {
  const { names, sources } = nameInBothLanguages(name, stored);
  return { nameRu: names.ru, nameKk: names.kk, sources };
}
