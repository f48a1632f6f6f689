import i18next, { type TFunction } from 'i18next';
import type { Lang } from '../shared/domain';
import { resources } from '../shared/locales';

const instances = new Map<Lang, TFunction>();

/** A translator for one language; the CLI and written files pick the language per call, not globally. */
export function translator(lang: Lang): TFunction {
  let t = instances.get(lang);
  if (!t) {
    const inst = i18next.createInstance();
    void inst.init({
      lng: lang,
      fallbackLng: false,
      resources,
      ns: Object.keys(resources.ru),
      defaultNS: 'common',
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    t = inst.t;
    instances.set(lang, t);
  }
  return t;
}

/** The system locale decides the first language: Russian when it says so, Kazakh otherwise. */
export function systemLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const tag = (
    env.LC_ALL ||
    env.LC_MESSAGES ||
    env.LANG ||
    Intl.DateTimeFormat().resolvedOptions().locale ||
    ''
  ).toLowerCase();
  return tag.startsWith('ru') ? 'ru' : 'kk';
}
