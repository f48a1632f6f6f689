import { ipcMain, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { appMenu } from './app-menu';
import type { Lang } from '../shared/domain';
import { MENU_CHANNEL, UI_LANG_CHANNEL } from '../shared/ipc';

/** The app menu in the UI language, rebuilt whenever the window reports a language switch. */
export function bindMenu(window: BrowserWindow, initial: Lang): void {
  const apply = (lang: Lang) => {
    const template: MenuItemConstructorOptions[] = appMenu(lang).map((group) => ({
      label: group.label,
      submenu: group.items.map((item): MenuItemConstructorOptions => {
        if (item === 'separator') return { type: 'separator' };
        if (item.role) return { label: item.label, role: item.role };
        return {
          label: item.label,
          accelerator: item.accelerator,
          ...(item.checked === undefined ? {} : { type: 'radio', checked: item.checked }),
          click: () => window.webContents.send(MENU_CHANNEL, item.action),
        };
      }),
    }));
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  apply(initial);
  ipcMain.on(UI_LANG_CHANNEL, (event, lang: unknown) => {
    if (event.sender === window.webContents && (lang === 'kk' || lang === 'ru')) apply(lang);
  });
}
