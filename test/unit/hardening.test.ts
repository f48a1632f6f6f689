// The window's hardening, held in place: each assertion fails if a setting regresses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '../../src-main/window-options';

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
