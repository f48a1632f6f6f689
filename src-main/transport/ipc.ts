import { app, dialog, ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { join } from 'node:path';
import { z } from 'zod';
import type { Registry } from '../core/registry';
import type { CommandName } from '../shared/contract';
import { INVOKE_CHANNEL, SAVE_AS_CHANNEL } from '../shared/ipc';

const saveAs = z
  .object({
    title: z.string().max(200),
    defaultName: z.string().min(1).max(200),
    filter: z.object({
      name: z.string().max(100),
      extensions: z.array(z.string().regex(/^[a-z0-9]+$/)).max(4),
    }),
  })
  .strict();

/** ipcMain ↔ registry. Only the app's own window may call; the registry validates the payload. */
export function bindIpc(registry: Registry, window: BrowserWindow): () => void {
  const allowed = new Set<string>(registry.names());
  ipcMain.handle(INVOKE_CHANNEL, (event: IpcMainInvokeEvent, name: unknown, payload: unknown) => {
    if (event.sender !== window.webContents || typeof name !== 'string' || !allowed.has(name)) {
      return { ok: false, error: { code: 'unknownCommand', params: { name: String(name) } } };
    }
    return registry.invoke(name as CommandName, payload);
  });
  ipcMain.handle(SAVE_AS_CHANNEL, async (event: IpcMainInvokeEvent, options: unknown) => {
    const parsed = saveAs.safeParse(options);
    if (event.sender !== window.webContents || !parsed.success) return null;
    const o = parsed.data;
    const result = await dialog.showSaveDialog(window, {
      title: o.title,
      defaultPath: join(app.getPath('documents'), o.defaultName),
      filters: [o.filter],
    });
    return result.canceled || !result.filePath ? null : result.filePath;
  });
  return () => {
    ipcMain.removeHandler(INVOKE_CHANNEL);
    ipcMain.removeHandler(SAVE_AS_CHANNEL);
  };
}
