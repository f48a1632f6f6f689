import { app, dialog, ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { join } from 'node:path';
import { z } from 'zod';
import type { Backend } from '../app/backend';
import type { CommandName } from '../shared/contract';
import {
  CANCEL_CHANNEL,
  INVOKE_CHANNEL,
  JOB_ID,
  PRINT_CHANNEL,
  PROGRESS_CHANNEL,
  SAVE_AS_CHANNEL,
} from '../shared/ipc';

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

/** ipcMain ↔ backend. Only the app's own window may call; the registry validates the payload. */
export function bindIpc(backend: Backend, window: BrowserWindow): () => void {
  const allowed = new Set<string>(backend.registry.names());
  const fromWindow = (event: { sender: unknown }) => event.sender === window.webContents;
  ipcMain.handle(
    INVOKE_CHANNEL,
    (event: IpcMainInvokeEvent, name: unknown, payload: unknown, jobId: unknown) => {
      if (!fromWindow(event) || typeof name !== 'string' || !allowed.has(name)) {
        // Not String(name): a cloned object whose toString is no function would throw here.
        const shown = typeof name === 'string' ? name : typeof name;
        return { ok: false, error: { code: 'unknownCommand', params: { name: shown } } };
      }
      const id = typeof jobId === 'string' && JOB_ID.test(jobId) ? jobId : undefined;
      return backend.invoke(
        name as CommandName,
        payload,
        id === undefined
          ? undefined
          : {
              id,
              onProgress: (progress) => {
                if (!window.isDestroyed()) window.webContents.send(PROGRESS_CHANNEL, id, progress);
              },
            },
      );
    },
  );
  ipcMain.on(CANCEL_CHANNEL, (event, jobId: unknown) => {
    if (fromWindow(event) && typeof jobId === 'string' && JOB_ID.test(jobId)) backend.jobs.cancel(jobId);
  });
  ipcMain.handle(SAVE_AS_CHANNEL, async (event: IpcMainInvokeEvent, options: unknown) => {
    const parsed = saveAs.safeParse(options);
    if (!fromWindow(event) || !parsed.success) return null;
    const o = parsed.data;
    const result = await dialog.showSaveDialog(window, {
      title: o.title,
      defaultPath: join(app.getPath('documents'), o.defaultName),
      filters: [o.filter],
    });
    return result.canceled || !result.filePath ? null : result.filePath;
  });
  ipcMain.handle(PRINT_CHANNEL, (event: IpcMainInvokeEvent) => {
    if (!fromWindow(event)) return;
    return new Promise<void>((resolve) =>
      window.webContents.print({ silent: false, printBackground: false }, () => resolve()),
    );
  });
  return () => {
    ipcMain.removeHandler(PRINT_CHANNEL);
    ipcMain.removeHandler(INVOKE_CHANNEL);
    ipcMain.removeHandler(SAVE_AS_CHANNEL);
    ipcMain.removeAllListeners(CANCEL_CHANNEL);
  };
}
