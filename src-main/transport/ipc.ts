import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { Registry } from '../core/registry';
import type { CommandName } from '../shared/contract';
import { INVOKE_CHANNEL } from '../shared/ipc';

/** ipcMain ↔ registry. Only the app's own window may call; the registry validates the payload. */
export function bindIpc(registry: Registry, window: BrowserWindow): () => void {
  const allowed = new Set<string>(registry.names());
  ipcMain.handle(INVOKE_CHANNEL, (event: IpcMainInvokeEvent, name: unknown, payload: unknown) => {
    if (event.sender !== window.webContents || typeof name !== 'string' || !allowed.has(name)) {
      return { ok: false, error: { code: 'unknownCommand', params: { name: String(name) } } };
    }
    return registry.invoke(name as CommandName, payload);
  });
  return () => ipcMain.removeHandler(INVOKE_CHANNEL);
}
