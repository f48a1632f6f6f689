import { contextBridge, ipcRenderer } from 'electron';
import type { Api } from '../shared/ipc';

const INVOKE_CHANNEL = 'saraptama:invoke';

const api: Api = {
  invoke: (name, payload) => ipcRenderer.invoke(INVOKE_CHANNEL, name, payload),
};
contextBridge.exposeInMainWorld('api', api);
