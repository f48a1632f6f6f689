// Electron lifecycle only: single instance, data folder, backend, window, IPC.
import { app } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
  const backend = createBackend({
    dbPath: join(app.getPath('userData'), DB_FILE),
    // Built beside this entry by electron-vite (see electron.vite.config.ts).
    jobWorker: join(dirname(fileURLToPath(import.meta.url)), 'worker.js'),
  });
  const window = createMainWindow();
  const unbind = bindIpc(backend, window);
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
