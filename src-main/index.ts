// Electron lifecycle only: single instance, data folder, backend, window, IPC.
import { app } from 'electron';
import { join } from 'node:path';
import { createBackend } from './backend';
import { APP_NAME, DB_FILE } from './db/paths';
import { systemLang } from './i18n';
import { bindMenu } from './menu';
import { hardenSessions } from './security';
import { bindIpc } from './transport/ipc';
import { createMainWindow } from './window';

app.setName(APP_NAME);
if (!app.requestSingleInstanceLock()) app.quit();

app.whenReady().then(() => {
  hardenSessions();
  const backend = createBackend({ dbPath: join(app.getPath('userData'), DB_FILE) });
  const window = createMainWindow();
  const unbind = bindIpc(backend.registry, window);
  bindMenu(window, app.getLocale().toLowerCase().startsWith('ru') ? 'ru' : systemLang());
  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('window-all-closed', () => {
    unbind();
    backend.close();
    app.quit();
  });
});
