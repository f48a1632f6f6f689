import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { Api } from '../shared/ipc';

const INVOKE_CHANNEL = 'saraptama:invoke';

const api: Api = {
  invoke: (name, payload) => ipcRenderer.invoke(INVOKE_CHANNEL, name, payload),
  pathForFile: async (file) => webUtils.getPathForFile(file),
};
contextBridge.exposeInMainWorld('api', api);
