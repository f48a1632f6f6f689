import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The one window's options, apart from Electron so a test can hold them to the hardening
 * asks for: the page gets no Node, runs sandboxed and isolated from the preload, and cannot embed
 * other content.
 */
export function mainWindowOptions(preload: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    show: false,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // The analytical part is checked in Kazakh and Russian (spelling.ts).
      spellcheck: true,
    },
  };
}
