import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../../src-main/shared/domain';
import { resources } from '../../src-main/shared/locales';

const STORAGE_KEY = 'saraptama.lang';

/** First start follows the system language: Russian when it is Russian, Kazakh otherwise. */
export function initialLang(): Lang {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved === 'kk' || saved === 'ru') return saved;
  return navigator.language.toLowerCase().startsWith('ru') ? 'ru' : 'kk';
}

export function rememberLang(lang: Lang): void {
  localStorage.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang;
}

void i18next.use(initReactI18next).init({
  lng: initialLang(),
  fallbackLng: false,
  resources,
  ns: Object.keys(resources.ru),
  defaultNS: 'ui',
  interpolation: { escapeValue: false },
});

export default i18next;
