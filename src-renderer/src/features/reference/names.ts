// What the reference screen needs to know about names in the two document languages. Pure.
import type { Lang } from '../../../../src-main/shared/domain';
import type { NamesInfo } from '../../../../src-main/shared/records';

export const LANGS: readonly Lang[] = ['kk', 'ru'];

export const nameOf = (item: NamesInfo, lang: Lang): string | null =>
  lang === 'kk' ? item.nameKk : item.nameRu;

/** How many items a справка in each language would print without a name of that language. */
export function missingNames(items: readonly NamesInfo[]): Record<Lang, number> {
  const count = (lang: Lang) => items.filter((i) => nameOf(i, lang) === null).length;
  return { kk: count('kk'), ru: count('ru') };
}

export const lacksName = (item: NamesInfo): boolean => LANGS.some((l) => nameOf(item, l) === null);

/** The catalogue's names of one item, as the analyst would give them; null when it proposes none. */
export function proposal(item: NamesInfo): Partial<Record<Lang, string>> | null {
  const names: Partial<Record<Lang, string>> = {};
  for (const lang of LANGS) {
    const name = nameOf(item, lang);
    if (item.sources[lang] === 'catalogue' && name !== null) names[lang] = name;
  }
  return Object.keys(names).length > 0 ? names : null;
}

/** How many names the catalogue proposes across the items (a topic may have one in each language). */
export const proposedCount = (items: readonly NamesInfo[]): number =>
  items.reduce((n, i) => n + Object.keys(proposal(i) ?? {}).length, 0);
