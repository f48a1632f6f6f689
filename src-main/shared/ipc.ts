import type { CommandInput, CommandName, CommandOutput, Result } from './contract';
import type { JobProgress } from './jobs';

export const INVOKE_CHANNEL = 'saraptama:invoke';
export const SAVE_AS_CHANNEL = 'saraptama:saveAs';
export const MENU_CHANNEL = 'saraptama:menu';
export const UI_LANG_CHANNEL = 'saraptama:uiLang';
export const PROGRESS_CHANNEL = 'saraptama:progress';
export const CANCEL_CHANNEL = 'saraptama:cancel';
export const PRINT_CHANNEL = 'saraptama:print';

/** Job ids are the window's own names for its long commands. */
export const JOB_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The window's screens in the order of their tabs and of their shortcuts, Ctrl+1…8 (the menu lists them). */
export const SCREENS = [
  'import',
  'overview',
  'quality',
  'top10',
  'content',
  'spravka',
  'calendar',
  'reference',
] as const;
export type Screen = (typeof SCREENS)[number];

export const MENU_ACTIONS = [...SCREENS.map((s) => `screen:${s}` as const), 'lang:kk', 'lang:ru'] as const;
export type MenuAction = (typeof MENU_ACTIONS)[number];

export interface SaveAsOptions {
  /** Localised by the renderer: dialogs speak the UI language. */
  title: string;
  defaultName: string;
  filter: { name: string; extensions: string[] };
}

/** What the preload exposes as `window.api`; the e2e bridge binds the same shape to the real handlers. */
export interface Api {
  /** With a job id, a long command (a command whose traits say it is a job: shared/commands) reports progress under that id and can be cancelled. */
  invoke<N extends CommandName>(
    name: N,
    payload: CommandInput<N>,
    jobId?: string,
  ): Promise<Result<CommandOutput<N>>>;
  /** Progress of the window's jobs; returns the unsubscribe. */
  onProgress(listener: (jobId: string, progress: JobProgress) => void): () => void;
  /** Asks a job to stop; its invoke then answers with the `cancelled` error and the store is unchanged. */
  cancel(jobId: string): void;
  /** Opens the system print dialog for the window; the print stylesheet leaves only the справка's pages. */
  print(): Promise<void>;
  /** The file-system path of a dropped or picked file: imports read files by path, in the main process. */
  pathForFile(file: File): Promise<string>;
  /** Asks where to save an export; null when the analyst cancels. */
  saveAs(options: SaveAsOptions): Promise<string | null>;
  /** The app menu's choices; returns the unsubscribe. */
  onMenu(listener: (action: MenuAction) => void): () => void;
  /** Tells the main process the UI language, so the menu and dialogs follow it. */
  setUiLanguage(lang: 'kk' | 'ru'): void;
}
