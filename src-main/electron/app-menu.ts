// The application menu as plain data in the UI language; window.ts hands it to Electron's Menu.
import { translator } from '../i18n';
import type { Lang } from '../shared/domain';
import { SCREENS, type MenuAction } from '../shared/ipc';

export interface MenuEntry {
  label: string;
  /** Sent to the window; or an Electron role for what the OS does itself (quit, copy, paste). */
  action?: MenuAction;
  role?: 'quit' | 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'selectAll' | 'togglefullscreen';
  accelerator?: string;
  checked?: boolean;
}

export interface MenuGroup {
  label: string;
  items: (MenuEntry | 'separator')[];
}

export function appMenu(lang: Lang): MenuGroup[] {
  const t = translator(lang);
  const m = (key: string) => t(`ui:menu.${key}`);
  return [
    {
      label: m('file'),
      items: [
        { label: m('import'), action: 'screen:import', accelerator: 'CmdOrCtrl+O' },
        { label: m('spravka'), action: 'screen:spravka', accelerator: 'CmdOrCtrl+P' },
        'separator',
        { label: m('quit'), role: 'quit' },
      ],
    },
    {
      label: m('edit'),
      items: [
        { label: m('undo'), role: 'undo' },
        { label: m('redo'), role: 'redo' },
        'separator',
        { label: m('cut'), role: 'cut' },
        { label: m('copy'), role: 'copy' },
        { label: m('paste'), role: 'paste' },
        { label: m('selectAll'), role: 'selectAll' },
      ],
    },
    {
      label: m('view'),
      items: [
        // Every tab, in the tabs' order, with the shortcut its tab shows (App.tsx handles the same keys).
        ...SCREENS.map((screen, i) => ({
          label: t(`ui:nav.${screen}`),
          action: `screen:${screen}` as const,
          accelerator: `CmdOrCtrl+${i + 1}`,
        })),
        'separator',
        { label: m('fullscreen'), role: 'togglefullscreen' },
      ],
    },
    {
      label: m('language'),
      items: [
        { label: 'Қазақша', action: 'lang:kk', checked: lang === 'kk' },
        { label: 'Русский', action: 'lang:ru', checked: lang === 'ru' },
      ],
    },
  ];
}
