// The window's hardening, held in place: each assertion fails if a setting regresses.
import type { HandlerDetails } from 'electron';
import { EventEmitter } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  denyPermissions,
  hardenSessions,
  lockDownContents,
  type ContentsLike,
  type SessionLike,
} from '../../src-main/electron/security';
import { mainWindowOptions } from '../../src-main/electron/window-options';

const ROOT = join(import.meta.dirname, '..', '..');

describe('the window', () => {
  it('gives the page no Node, a sandbox, context isolation and web security, and no webviews', () => {
    const prefs = mainWindowOptions('/app/preload/index.cjs').webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});

/** Every file under src-main, with its text. */
function sources(dir = join(ROOT, 'src-main')): { file: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.[cm]?ts$/.test(e.name) ? [{ file: path, text: readFileSync(path, 'utf8') }] : [];
  });
}

describe('every window', () => {
  it('is made with the hardened options: no page can be opened without them', () => {
    const made = sources().flatMap(({ file, text }) =>
      [...text.matchAll(/new\s+(BrowserWindow|BrowserView|WebContentsView)\s*\(([^)]*)/g)].map((m) => ({
        file: file.slice(ROOT.length + 1),
        kind: m[1],
        args: m[2] ?? '',
      })),
    );
    // The one window there is; a test that found none would hold nothing.
    expect(made.length).toBeGreaterThan(0);
    for (const window of made) {
      expect(window, `${window.file}: new ${window.kind}(…)`).toMatchObject({ kind: 'BrowserWindow' });
      expect(window.args, `${window.file}: new BrowserWindow(…)`).toMatch(/^\s*mainWindowOptions\(/);
    }
  });
});

/** A web contents as the policy sees it: events the page raises, and the window-open handler it sets. */
class FakeContents extends EventEmitter {
  openHandler: Parameters<ContentsLike['setWindowOpenHandler']>[0] | undefined;
  setWindowOpenHandler(handler: Parameters<ContentsLike['setWindowOpenHandler']>[0]): void {
    this.openHandler = handler;
  }
  /** Raises `name` as Electron does, with an event whose preventDefault is recorded. */
  raise(name: string): boolean {
    let prevented = false;
    this.emit(name, { preventDefault: () => (prevented = true) }, 'https://example.com/', false, true);
    return prevented;
  }
}

/** A session that keeps the handlers the policy sets, to put requests to them. */
class FakeSession implements SessionLike {
  request: Parameters<SessionLike['setPermissionRequestHandler']>[0] = null;
  check: Parameters<SessionLike['setPermissionCheckHandler']>[0] = null;
  device: Parameters<SessionLike['setDevicePermissionHandler']>[0] = null;
  setPermissionRequestHandler(handler: FakeSession['request']): void {
    this.request = handler;
  }
  setPermissionCheckHandler(handler: FakeSession['check']): void {
    this.check = handler;
  }
  setDevicePermissionHandler(handler: FakeSession['device']): void {
    this.device = handler;
  }
}

type RequestArgs = Parameters<NonNullable<FakeSession['request']>>;
type CheckArgs = Parameters<NonNullable<FakeSession['check']>>;
type DeviceArgs = Parameters<NonNullable<FakeSession['device']>>;
// The handlers never look at the page or the details; stand-ins of the right type are enough.
const page = {} as RequestArgs[0];
const REQUESTED: RequestArgs[1][] = [
  'media',
  'geolocation',
  'notifications',
  'openExternal',
  'clipboard-read',
  'clipboard-sanitized-write',
  'display-capture',
  'fullscreen',
  'midi',
  'midiSysex',
  'pointerLock',
  'keyboardLock',
  'window-management',
  'fileSystem',
  'unknown',
];
const CHECKED: CheckArgs[1][] = [
  'media',
  'geolocation',
  'notifications',
  'openExternal',
  'clipboard-read',
  'hid',
  'serial',
  'usb',
  'fileSystem',
];

describe('the session', () => {
  it.each(REQUESTED)('refuses a request for %s', (permission) => {
    const session = new FakeSession();
    denyPermissions(session);
    const answers: boolean[] = [];
    session.request?.(page, permission, (granted) => answers.push(granted), {} as RequestArgs[3]);
    expect(answers).toEqual([false]);
  });

  it.each(CHECKED)('answers no when the page checks for %s', (permission) => {
    const session = new FakeSession();
    denyPermissions(session);
    expect(session.check).not.toBeNull();
    expect(session.check?.(null, permission, 'file://', {} as CheckArgs[3])).toBe(false);
  });

  it.each(['hid', 'serial', 'usb'] as const)('allows no %s device', (deviceType) => {
    const session = new FakeSession();
    denyPermissions(session);
    expect(session.device).not.toBeNull();
    const details = { deviceType, origin: 'file://', device: {} } as DeviceArgs[0];
    expect(session.device?.(details)).toBe(false);
  });
});

describe('every web contents', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview'])(
    'is stopped on %s',
    (name) => {
      const contents = new FakeContents();
      lockDownContents(contents);
      expect(contents.raise(name)).toBe(true);
    },
  );

  it('opens no window, whatever the page asks for', () => {
    const contents = new FakeContents();
    lockDownContents(contents);
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'about:blank', 'javascript:alert(1)']) {
      const details: HandlerDetails = {
        url,
        frameName: '',
        features: '',
        disposition: 'new-window',
        referrer: { url: '', policy: 'no-referrer' },
      };
      expect(contents.openHandler?.(details)).toEqual({ action: 'deny' });
    }
  });

  it('is locked down as the app creates it, each one, and the default session denies', () => {
    const app = new EventEmitter();
    const session = new FakeSession();
    hardenSessions(app, session);
    expect(session.request).not.toBeNull();
    expect(session.check).not.toBeNull();
    expect(session.device).not.toBeNull();
    const made = [new FakeContents(), new FakeContents()];
    for (const contents of made) app.emit('web-contents-created', {}, contents);
    for (const contents of made) {
      expect(contents.raise('will-navigate')).toBe(true);
      expect(contents.raise('will-attach-webview')).toBe(true);
      expect(contents.openHandler).toBeDefined();
    }
  });
});

describe('the content security policy', () => {
  const html = readFileSync(join(ROOT, 'src-renderer', 'index.html'), 'utf8');
  const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
  const directives = new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name as string, values]),
  );

  it('is there, and allows no eval and no inline script', () => {
    expect(csp).not.toBe('');
    expect(csp).not.toContain('unsafe-eval');
    expect(directives.get('script-src')).toEqual(["'self'"]);
  });

  it('lets the page reach nothing but the app itself', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });
});
