// A district or city as the export writes it, named in the document's language: the gazetteer's official
// name when the written one is one of its names in that region, case and spacing aside.
import type { Lang, RegionCode } from '../shared/domain';
import { foldKey } from '../shared/fold';
import { PLACES, type Place } from './gazetteer';

const BY_NAME = new Map<string, Place[]>();
for (const place of PLACES)
  for (const name of [place.ru, place.kk, ...(place.aliases ?? [])]) {
    const key = foldKey(name);
    const list = BY_NAME.get(key) ?? [];
    if (!list.includes(place)) list.push(place);
    BY_NAME.set(key, list);
  }

/**
 * The place's name in `lang`, or the name as written when the gazetteer does not know it there. A Russian
 * spelling stays as the data writes it in a Russian document («район Байконур»); only a Kazakh official name
 * is put into Russian there, while a Kazakh document takes the Kazakh official name for any spelling.
 */
export function placeNameIn(written: string, region: RegionCode | 'unspecified', lang: Lang): string {
  const key = foldKey(written);
  const found = (BY_NAME.get(key) ?? []).filter((p) => p.region === region);
  const only = found.length === 1 ? found[0] : undefined;
  if (!only) return written;
  return lang === 'kk' || foldKey(only.kk) === key ? only[lang] : written;
}
