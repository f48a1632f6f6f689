import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'Saraptama';
export const DB_FILE = 'saraptama.db';

/** The per-user data folder; Electron's app.getPath('userData') resolves to the same place for APP_NAME. */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), APP_NAME);
}

export function resolveDbPath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag || env.SARAPTAMA_DB || join(userDataDir(env), DB_FILE);
}
