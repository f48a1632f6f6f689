import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { Api } from '../shared/ipc';

// Literal channels: a sandboxed preload cannot import the shared module at run time.
const INVOKE_CHANNEL = 'saraptama:invoke';
const SAVE_AS_CHANNEL = 'saraptama:saveAs';
const MENU_CHANNEL = 'saraptama:menu';
const UI_LANG_CHANNEL = 'saraptama:uiLang';

const api: Api = {
  invoke: (name, payload) => ipcRenderer.invoke(INVOKE_CHANNEL, name, payload),
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
