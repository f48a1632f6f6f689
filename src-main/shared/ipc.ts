import type { CommandInput, CommandName, CommandOutput, Result } from './contract';

export const INVOKE_CHANNEL = 'saraptama:invoke';
export const SAVE_AS_CHANNEL = 'saraptama:saveAs';
export const MENU_CHANNEL = 'saraptama:menu';
export const UI_LANG_CHANNEL = 'saraptama:uiLang';

export const MENU_ACTIONS = [
  'screen:import',
  'screen:overview',
  'screen:top10',
  'screen:spravka',
  'screen:reference',
  'lang:kk',
  'lang:ru',
] as const;
export type MenuAction = (typeof MENU_ACTIONS)[number];

export interface SaveAsOptions {
  /** Localised by the renderer: dialogs speak the UI language. */
  title: string;
  defaultName: string;
  filter: { name: string; extensions: string[] };
}

/** What the preload exposes as `window.api`; the e2e bridge binds the same shape to the real handlers. */
export interface Api {
  invoke<N extends CommandName>(name: N, payload: CommandInput<N>): Promise<Result<CommandOutput<N>>>;
  /** The file-system path of a dropped or picked file: imports read files by path, in the main process. */
  pathForFile(file: File): Promise<string>;
  /** Asks where to save an export; null when the analyst cancels. */
  saveAs(options: SaveAsOptions): Promise<string | null>;
  /** The app menu's choices; returns the unsubscribe. */
  onMenu(listener: (action: MenuAction) => void): () => void;
  /** Tells the main process the UI language, so the menu and dialogs follow it. */
  setUiLanguage(lang: 'kk' | 'ru'): void;
}
