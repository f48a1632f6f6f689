import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { Api } from '../shared/ipc';

// Literal channels: a sandboxed preload cannot import the shared module at run time.
const INVOKE_CHANNEL = 'saraptama:invoke';
const SAVE_AS_CHANNEL = 'saraptama:saveAs';
const MENU_CHANNEL = 'saraptama:menu';
const UI_LANG_CHANNEL = 'saraptama:uiLang';
const PROGRESS_CHANNEL = 'saraptama:progress';
const CANCEL_CHANNEL = 'saraptama:cancel';
const PRINT_CHANNEL = 'saraptama:print';

const api: Api = {
  invoke: (name, payload, jobId) => ipcRenderer.invoke(INVOKE_CHANNEL, name, payload, jobId),
  onProgress: (listener) => {
    const handler = (_event: unknown, jobId: string, progress: Parameters<typeof listener>[1]) =>
      listener(jobId, progress);
    ipcRenderer.on(PROGRESS_CHANNEL, handler);
    return () => ipcRenderer.off(PROGRESS_CHANNEL, handler);
  },
  cancel: (jobId) => ipcRenderer.send(CANCEL_CHANNEL, jobId),
  print: () => ipcRenderer.invoke(PRINT_CHANNEL),
  pathForFile: async (file) => webUtils.getPathForFile(file),
  saveAs: (options) => ipcRenderer.invoke(SAVE_AS_CHANNEL, options),
  onMenu: (listener) => {
    const handler = (_event: unknown, action: Parameters<typeof listener>[0]) => listener(action);
    ipcRenderer.on(MENU_CHANNEL, handler);
    return () => ipcRenderer.off(MENU_CHANNEL, handler);
  },
  setUiLanguage: (lang) => ipcRenderer.send(UI_LANG_CHANNEL, lang),
};
contextBridge.exposeInMainWorld('api', api);
