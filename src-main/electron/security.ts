// The session policy, over the few methods of Electron's objects it uses, so a test can
// hold it with fakes (test/unit/hardening.test.ts): Electron itself is only ever imported as types.
import type { Session, WebContents } from 'electron';

/** What the policy asks of a session: its permission handlers. */
export type SessionLike = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
>;

/** An event whose default (the navigation, the attach) can be prevented. */
export interface Preventable {
  preventDefault(): void;
}

/** What the policy asks of a page's web contents: its navigation events and its window-open handler. */
export interface ContentsLike {
  on<E extends 'will-navigate' | 'will-frame-navigate' | 'will-redirect' | 'will-attach-webview'>(
    event: E,
    listener: (event: Preventable) => void,
  ): unknown;
  setWindowOpenHandler: WebContents['setWindowOpenHandler'];
}

/** What the policy asks of the app: to hear of every web contents it creates. */
export interface AppLike {
  on(event: 'web-contents-created', listener: (event: unknown, contents: ContentsLike) => void): unknown;
}

/** No permission is ever granted: every request is refused, every check answers no, no device is allowed. */
export function denyPermissions(session: SessionLike): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/**
 * The app loads its one page and never leaves it: no navigation of the page or of any frame in it, no
 * redirect, no <webview>, no new window.
 */
export function lockDownContents(contents: ContentsLike): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** The policy on the default session and on every web contents the app creates from now on. */
export function hardenSessions(app: AppLike, session: SessionLike): void {
  denyPermissions(session);
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));
}
