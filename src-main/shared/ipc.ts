import type { CommandInput, CommandName, CommandOutput, Result } from './contract';

export const INVOKE_CHANNEL = 'saraptama:invoke';
export const SAVE_AS_CHANNEL = 'saraptama:saveAs';

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
}
