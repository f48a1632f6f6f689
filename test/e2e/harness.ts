// Runs the built renderer in Debian's Chromium with `window.api` bound to the real handlers over a
// real SQLite file: the same registry that Electron's preload reaches through IPC.
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, extname, join, normalize } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Backend } from '../../src-main/app/backend';
import type { CommandName } from '../../src-main/shared/contract';

const ROOT = join(import.meta.dirname, '..', '..');
const RENDERER = join(ROOT, 'out', 'renderer');
export const SCREENSHOTS = join(ROOT, 'test-output', 'screenshots');
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

declare global {
  interface Window {
    __saraptamaProgress?: (jobId: string, progress: unknown) => void;
  }
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Harness {
  page: Page;
  origin: string;
  /** Every URL the page asked for, to prove nothing left the machine. */
  requests: string[];
  /** Paths the "save as" dialog handed out. */
  saved: string[];
  /** How many times the window asked for the print dialog. */
  printed: () => number;
  close(): Promise<void>;
}

function serveRenderer(): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    const file = join(RENDERER, path === '/' ? 'index.html' : path);
    if (!file.startsWith(RENDERER) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export async function openApp(backend: Backend, locale: string): Promise<Harness> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium, or set CHROMIUM_PATH`,
    );
  }
  const server = await serveRenderer();
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 820 } });
  // Long commands run in worker threads exactly as under Electron; their progress is pushed into the page.
  await context.exposeBinding(
    '__saraptamaInvoke',
    (source, name: CommandName, payload: unknown, jobId: string | undefined) =>
      backend.invoke(
        name,
        payload,
        jobId === undefined
          ? undefined
          : {
              id: jobId,
              onProgress: (progress) =>
                void source.page
                  .evaluate(([id, p]) => window.__saraptamaProgress?.(id, p), [jobId, progress] as const)
                  .catch(() => undefined),
            },
      ),
  );
  // No print dialog in a headless browser: the test prints the page to PDF itself (page.pdf).
  let printed = 0;
  await context.exposeBinding('__saraptamaPrint', () => void printed++);
  await context.exposeBinding('__saraptamaCancel', (_source, jobId: string) => backend.jobs.cancel(jobId));
  // Chromium has no webUtils: a dropped file's bytes are staged to a temp folder, as if it lay there.
  const staging = mkdtempSync(join(tmpdir(), 'saraptama-drop-'));
  await context.exposeBinding('__saraptamaStage', (_source, name: string, base64: string) => {
    const path = join(mkdtempSync(join(staging, 'f-')), basename(name));
    writeFileSync(path, Buffer.from(base64, 'base64'));
    return path;
  });
  // The "save as" dialog answers with a path in the test's own folder; `saved` records what was asked.
  const saved: string[] = [];
  await context.exposeBinding('__saraptamaSaveAs', (_source, defaultName: string) => {
    const path = join(staging, defaultName);
    saved.push(path);
    return path;
  });
  await context.addInitScript(() => {
    const w = globalThis as unknown as {
      api: unknown;
      __saraptamaInvoke: (n: string, p: unknown, jobId?: string) => Promise<unknown>;
      __saraptamaCancel: (jobId: string) => Promise<boolean>;
      __saraptamaPrint: () => Promise<void>;
      __saraptamaProgress: (jobId: string, progress: unknown) => void;
      __saraptamaStage: (name: string, base64: string) => Promise<string>;
      __saraptamaSaveAs: (name: string) => Promise<string>;
    };
    const listeners = new Set<(jobId: string, progress: unknown) => void>();
    w.__saraptamaProgress = (jobId, progress) => listeners.forEach((l) => l(jobId, progress));
    w.api = {
      invoke: (name: string, payload: unknown, jobId?: string) => w.__saraptamaInvoke(name, payload, jobId),
      onProgress: (listener: (jobId: string, progress: unknown) => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      cancel: (jobId: string) => void w.__saraptamaCancel(jobId),
      print: () => w.__saraptamaPrint(),
      pathForFile: async (file: File) => {
        const bytes = new Uint8Array(await file.arrayBuffer());
        let binary = '';
        for (let i = 0; i < bytes.length; i += 0x8000)
          binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        return w.__saraptamaStage(file.name, btoa(binary));
      },
      saveAs: (options: { defaultName: string }) => w.__saraptamaSaveAs(options.defaultName),
      // No native menu in a browser: nothing is ever chosen from it, and the language report goes nowhere.
      onMenu: () => () => undefined,
      setUiLanguage: () => undefined,
    };
  });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.goto(origin);
  return {
    page,
    origin,
    requests,
    saved,
    printed: () => printed,
    close: async () => {
      await browser.close();
      await new Promise((r) => server.close(r));
    },
  };
}

const AXE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core on the page against WCAG 2.1 A and AA; returns what fails. */
export async function accessibilityViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: the page's CSP (no inline scripts) stays in force.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
}
