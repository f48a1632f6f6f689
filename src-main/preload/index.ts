import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { Api } from '../shared/ipc';

// Literal channels: a sandboxed preload cannot import the shared module at run time.
const INVOKE_CHANNEL = 'saraptama:invoke';
const SAVE_AS_CHANNEL = 'saraptama:saveAs';

const api: Api = {
  invoke: (name, payload) => ipcRenderer.invoke(INVOKE_CHANNEL, name, payload),
  pathForFile: async (file) => webUtils.getPathForFile(file),
  saveAs: (options) => ipcRenderer.invoke(SAVE_AS_CHANNEL, options),
};
contextBridge.exposeInMainWorld('api', api);
