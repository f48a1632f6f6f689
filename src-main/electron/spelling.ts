// Spell-check of what the analyst types, in Kazakh and Russian, by the dictionaries the OS has (Windows'
// and macOS' own checkers; Hunspell on Linux where its dictionaries are installed). Nothing is downloaded:
// the workstations are offline.
import { Menu, type BrowserWindow, type MenuItemConstructorOptions, type Session } from 'electron';
import { translator } from '../i18n';
import type { Lang } from '../shared/domain';

const WANTED = ['kk', 'kk-KZ', 'ru', 'ru-RU'];

/** The wanted languages the checker has, Kazakh first. */
export function spellingLanguages(available: readonly string[]): string[] {
  return WANTED.filter((l) => available.includes(l));
}

/** The context menu of a misspelt word: its suggestions, then "add to dictionary". */
export function spellingMenu(
  lang: Lang,
  word: string,
  suggestions: readonly string[],
): { label: string; replace?: string; learn?: string }[] {
  const t = translator(lang);
  if (!word) return [];
  const replace = suggestions.slice(0, 6).map((s) => ({ label: s, replace: s }));
  return [
    ...(replace.length ? replace : [{ label: t('ui:spelling.noSuggestions') }]),
    { label: t('ui:spelling.learn', { word }), learn: word },
  ];
}

export function bindSpelling(session: Session, window: BrowserWindow, uiLang: () => Lang): void {
  const langs = spellingLanguages(session.availableSpellCheckerLanguages);
  // macOS picks the language itself and has no list to set.
  if (langs.length && process.platform !== 'darwin') session.setSpellCheckerLanguages(langs);
  window.webContents.on('context-menu', (_event, params) => {
    const entries = spellingMenu(uiLang(), params.misspelledWord, params.dictionarySuggestions);
    if (!entries.length) return;
    const template: MenuItemConstructorOptions[] = entries.map((e) => ({
      label: e.label,
      enabled: e.replace !== undefined || e.learn !== undefined,
      click: () => {
        if (e.replace !== undefined) window.webContents.replaceMisspelling(e.replace);
        if (e.learn !== undefined) session.addWordToSpellCheckerDictionary(e.learn);
      },
    }));
    Menu.buildFromTemplate(template).popup({ window });
  });
}
