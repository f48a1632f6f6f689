// Electron lifecycle only: single instance, data folder, backend, window, IPC.
import { app, dialog, session } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBackend, type Backend } from '../app/backend';
import { APP_NAME, DB_FILE } from '../db/paths';
import { systemLang, translator } from '../i18n';
import { AppFailure } from '../shared/errors';
import { bindMenu } from './menu';
import { hardenSessions } from './security';
import { bindIpc } from './ipc';
import { bindSpelling } from './spelling';
import { createMainWindow } from './window';

/** The SQLite addon built for Electron (scripts/electron-sqlite.ts); node_modules keeps Node's. */
function sqliteBinding(): string {
  const file = 'better_sqlite3.node';
  if (app.isPackaged) return join(process.resourcesPath, file);
  return join(app.getAppPath(), 'build', 'electron-sqlite', `${process.platform}-${process.arch}`, file);
}

const uiLang = () => (app.getLocale().toLowerCase().startsWith('ru') ? 'ru' : systemLang());

app.setName(APP_NAME);
// Packaged, the fonts lie unpacked beside the asar (electron-builder.yml); the PDF worker reads them there.
if (app.isPackaged) process.env['SARAPTAMA_RESOURCES'] = join(process.resourcesPath, 'resources');
if (!app.requestSingleInstanceLock()) app.quit();

app.whenReady().then(() => {
  hardenSessions(app, session.defaultSession);
  let backend: Backend;
  try {
    backend = createBackend({
      dbPath: join(app.getPath('userData'), DB_FILE),
      // Built beside this entry by electron-vite (see electron.vite.config.ts).
      jobWorker: join(dirname(fileURLToPath(import.meta.url)), 'worker.js'),
      sqliteBinding: sqliteBinding(),
      upkeep: true,
    });
  } catch (e) {
    // A damaged or too-new database: say so in the analyst's language and touch nothing.
    const t = translator(uiLang());
    const error =
      e instanceof AppFailure ? e.error : { code: 'internal' as const, params: { message: String(e) } };
    dialog.showErrorBox(APP_NAME, t(`errors:${error.code}`, error.params));
    app.quit();
    return;
  }
  const window = createMainWindow();
  const unbind = bindIpc(backend, window);
  bindMenu(window, uiLang());
  bindSpelling(session.defaultSession, window, uiLang);
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
