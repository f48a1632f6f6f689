// Every payload that reaches the backend is held to its command's schema, and a wrong one is
// refused with an error (code invalidPayload), never a crash, and never a change to the store.
import type { BrowserWindow } from 'electron';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Backend } from '../../src-main/app/backend';
import { type CommandInput, type CommandName, isJobCommand } from '../../src-main/shared/contract';
import { CANCEL_CHANNEL, INVOKE_CHANNEL, SAVE_AS_CHANNEL } from '../../src-main/shared/ipc';
import { bindIpc } from '../../src-main/electron/ipc';
import { tempDir } from '../fixtures/build';
import { docOf } from '../fixtures/rich-text';
import { importSample, testBackend, type TestBackend } from '../fixtures/store';

// Electron's main-process modules, as far as the IPC adapter uses them: a fake ipcMain keeps the
// handlers the adapter installs so the test can call them as a renderer's message would.
type Handler = (event: { sender: unknown }, ...args: unknown[]) => unknown;
const electron = vi.hoisted(() => {
  const handlers = new Map<string, Handler>();
  const listeners = new Map<string, Handler>();
  return {
    handlers,
    listeners,
    ipcMain: {
      handle: (channel: string, handler: Handler) => {
        if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
        handlers.set(channel, handler);
      },
      removeHandler: (channel: string) => handlers.delete(channel),
      on: (channel: string, listener: Handler) => listeners.set(channel, listener),
      removeAllListeners: (channel: string) => listeners.delete(channel),
    },
    dialog: { showSaveDialog: vi.fn(() => Promise.resolve({ canceled: true })) },
    app: { getPath: () => '/nowhere' },
  };
});
vi.mock('electron', () => ({ ipcMain: electron.ipcMain, dialog: electron.dialog, app: electron.app }));

const CENTER = 'Единый контакт-центр 1414';
const OUT = tempDir('saraptama-ipc-');
const query = { quarter: '2026-Q3', lang: 'ru', compare: 'previous', center: CENTER } as const;

/**
 * One well-formed payload for each command, every optional field given, so each field can be made
 * wrong in turn. The type holds the list to the contract; the first test holds it to the registry.
 */
const WELL_FORMED: { [N in CommandName]: CommandInput<N> } = {
  'imports.preview': {
    paths: [join(OUT, 'none.xlsx')],
    center: CENTER,
    skipInvalid: true,
    map: { Регион: 'region' },
    lang: 'ru',
    allowMissing: ['topic'],
  },
  'imports.run': {
    paths: [join(OUT, 'none.xlsx')],
    center: CENTER,
    skipInvalid: false,
    map: { Прочее: null },
    lang: 'kk',
    allowMissing: ['region', 'topic'],
    remember: true,
    newCenter: true,
  },
  'imports.undo': { batchId: 1 },
  'imports.shapes': {},
  'imports.forgetShape': { signature: 'дата поступления|регион' },
  'values.list': {},
  'values.map': { field: 'socialStatus', value: 'домохозяйка', code: 'other' },
  'values.forget': { field: 'occupation', value: 'самозанятый' },
  'stats.get': {},
  'store.verify': {},
  'store.backups': {},
  'store.backup': { reason: 'manual' },
  'centers.list': {},
  'centers.update': { name: CENTER, phone: '+7 7172 00 00 00', timeZone: 'Asia/Almaty' },
  'topics.list': {},
  'requests.list': {
    quarter: '2026-Q3',
    center: CENTER,
    topic: 'Отопление',
    region: 'KZ-71',
    search: 'газ',
    offset: 0,
    limit: 50,
  },
  'regions.list': {},
  'regions.unplaced': {},
  'regions.place': { value: 'Астана', code: 'KZ-71' },
  'topics.rename': { id: 1, name: 'Отопление' },
  'topics.names': { id: 1, kk: 'Жылыту', ru: 'Отопление' },
  'topics.merge': { from: 1, into: 2 },
  'topics.mergePreview': { from: 1, into: 2 },
  'topics.merges': {},
  'topics.unmerge': { mergeId: 1 },
  'analysis.quarter': { quarter: '2026-Q3', compare: 'year', center: CENTER },
  'analysis.quality': { quarter: '2026-Q3', compare: 'previous', center: CENTER },
  'analysis.slice': {
    quarter: '2026-Q3',
    compare: 'year',
    center: CENTER,
    region: 'KZ-75',
    topic: 'Отопление',
  },
  // No rows: a cell takes a string or a number, so neither is a wrong value for one.
  'tables.export': { path: join(OUT, 'table.xlsx'), sheet: 'Темы', columns: ['Тема'], rows: [] },
  'spravka.text': query,
  'spravka.saveText': { ...query, doc: docOf('Справка') },
  'spravka.saveRegistration': { ...query, number: '01-12/345', date: '01.10.2026' },
  'spravka.history': query,
  'retention.get': {},
  'content.suggestions': { quarter: '2026-Q3', compare: 'previous', center: CENTER },
  'content.newIssues': { quarter: '2026-Q3', compare: 'year', center: CENTER },
  'content.assign': { assignments: [{ requestId: 1, topicId: 1 }] },
  'content.keywords': { quarter: '2026-Q3', compare: 'previous', center: CENTER },
  'content.draftKeywords': {
    quarter: '2026-Q3',
    center: CENTER,
    scope: 'region',
    subject: 'KZ-75',
    words: ['свет'],
  },
  'content.newTopic': { name: 'Лифты', requestIds: [1, 2] },
  'retention.preview': { years: 3 },
  'retention.set': { years: 5 },
  'spravka.approve': query,
  'spravka.withdraw': query,
  'calendar.quarter': { quarter: '2026-Q3', center: CENTER },
  'spravka.setStatus': { quarter: '2026-Q3', center: CENTER, status: 'submitted' },
  'spravka.settings': {},
  'spravka.saveSettings': {
    body: { kk: 'Министрлік', ru: 'Министерство' },
    signatory: { position: { kk: 'Вице-министр', ru: 'Вице-министр' }, name: { kk: 'А. Б.', ru: 'А. Б.' } },
  },
  'report.preview': query,
  'report.write': { ...query, out: join(OUT, 'spravka.pdf'), xlsx: join(OUT, 'form.xlsx') },
  'report.form': { ...query, out: join(OUT, 'form.xlsx') },
  'report.top10': { ...query, out: join(OUT, 'top10.xlsx') },
  'report.plan': { ...query, out: join(OUT, 'plan.pdf'), xlsx: join(OUT, 'plan.xlsx') },
  'report.faq': { ...query, out: join(OUT, 'faq.html') },
};

interface Wrong {
  label: string;
  payload: unknown;
  /** Where the registry should say the payload went wrong ('' for the payload as a whole); any place if not given. */
  path?: string;
}

/** Values of another type than `value`'s (null is no wrong value for a nullable field, so never used). */
function otherTypes(value: unknown): unknown[] {
  if (typeof value === 'string') return [42, true, ['x'], {}];
  if (typeof value === 'number') return ['1', true, [1], {}];
  if (typeof value === 'boolean') return ['true', 1];
  if (Array.isArray(value)) return ['x', 42, {}];
  return [42, 'x', []];
}

/** `payload` with the value at `path` replaced, each field in turn, nested ones too. */
function fieldsMadeWrong(payload: unknown, path: (string | number)[] = []): Wrong[] {
  if (payload === null || typeof payload !== 'object') return [];
  const entries: [string | number, unknown][] = Array.isArray(payload)
    ? payload.map((v, i) => [i, v])
    : Object.entries(payload);
  return entries.flatMap(([key, value]) => {
    const at = [...path, key];
    const replaced = (v: unknown) => setAt(payload, key, v);
    return [
      ...otherTypes(value).map((v) => ({
        label: `${at.join('.')} = ${JSON.stringify(v)}`,
        payload: replaced(v),
        path: at.join('.'),
      })),
      ...fieldsMadeWrong(value, at).map((w) => ({ ...w, payload: replaced(w.payload) })),
    ];
  });
}

function setAt(container: object, key: string | number, value: unknown): unknown {
  if (Array.isArray(container)) return container.map((v, i) => (i === key ? value : v));
  return { ...container, [key]: value };
}

/** Wrong payloads for a command whose well-formed payload is `good`. */
function wrongPayloads(good: object): Wrong[] {
  const whole = (label: string, payload: unknown): Wrong => ({ label, payload, path: '' });
  return [
    whole('42', 42),
    whole("'x'", 'x'),
    whole('true', true),
    whole('null', null),
    whole('undefined', undefined),
    whole('[]', []),
    whole('[good]', [good]),
    whole('an unknown key', { ...good, unexpected: 1 }),
    // Every command that takes fields has at least one it cannot do without.
    ...(Object.keys(good).length > 0 ? [{ label: '{}', payload: {} }] : []),
    ...fieldsMadeWrong(good),
  ];
}

/** Every row of every table: a refusal must leave all of it as it was. */
function everything(b: Backend): string {
  const tables = b.store.sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];
  return JSON.stringify(
    tables.map((t) => [t, b.store.sqlite.prepare(`SELECT * FROM "${t}" ORDER BY 1`).all()]),
  );
}

/** The commands as the registry the app builds holds them: the test follows it, not a list of its own. */
const COMMANDS = (() => {
  const b = testBackend();
  try {
    return b.registry.names();
  } finally {
    b.close();
  }
})();

let b: TestBackend;
let before: string;

beforeAll(async () => {
  b = testBackend();
  await importSample(b, CENTER);
  before = everything(b);
}, 60_000);
afterAll(() => b.close());

describe('every command', () => {
  it('has a well-formed payload here, and the registry holds every command of the contract', () => {
    expect(COMMANDS.length).toBeGreaterThan(0);
    expect(new Set(COMMANDS)).toEqual(new Set(Object.keys(WELL_FORMED)));
  });

  it.each(COMMANDS)(
    '%s takes its well-formed payload (each wrong one below differs in one thing)',
    async (name) => {
      // A store of its own: a well-formed payload may change what it holds.
      const fresh = testBackend();
      try {
        const r = await fresh.registry.invoke(name, WELL_FORMED[name]);
        expect(r.ok || r.error.code).not.toBe('invalidPayload');
      } finally {
        fresh.close();
      }
    },
  );

  it.each(COMMANDS)(
    '%s refuses every wrong payload with invalidPayload and changes nothing',
    async (name) => {
      const wrong = wrongPayloads(WELL_FORMED[name]);
      expect(wrong.length).toBeGreaterThan(7);
      for (const w of wrong) {
        const r = await b.registry.invoke(name, w.payload);
        expect(r, `${name} with ${w.label}`).toEqual({
          ok: false,
          error: {
            code: 'invalidPayload',
            params: { name, path: w.path ?? expect.any(String), message: expect.any(String) },
          },
        });
      }
      expect(everything(b)).toBe(before);
    },
  );
});

describe('the window’s IPC channel', () => {
  const contents = { send: vi.fn() };
  const window = { webContents: contents, isDestroyed: () => false } as unknown as BrowserWindow;
  let unbind: () => void;
  beforeAll(() => {
    unbind = bindIpc(b, window);
  });
  afterAll(() => unbind());

  /** What the renderer's ipcRenderer.invoke would get back; a throw here would be an exception escaping. */
  const send = (channel: string, sender: unknown, ...args: unknown[]) => {
    const handler = electron.handlers.get(channel);
    if (!handler) throw new Error(`nothing handles ${channel}`);
    return Promise.resolve().then(() => handler({ sender }, ...args));
  };

  it('answers a wrong payload for any command with invalidPayload, long commands in their worker too', async () => {
    const calls = COMMANDS.flatMap((name) =>
      [42, { ...WELL_FORMED[name], unexpected: 1 }].map(async (payload, i) => ({
        name,
        payload,
        // Long commands come with a job id, as the window's startJob sends them; they run in a worker.
        reply: await send(
          INVOKE_CHANNEL,
          contents,
          name,
          payload,
          isJobCommand(name) ? `w-${name.replace('.', '-')}-${i}` : undefined,
        ),
      })),
    );
    for (const { name, payload, reply } of await Promise.all(calls)) {
      expect(reply, `${name} with ${JSON.stringify(payload)}`).toMatchObject({
        ok: false,
        error: { code: 'invalidPayload', params: { name } },
      });
    }
    expect(everything(b)).toBe(before);
  }, 60_000);

  it.each([
    ['a name that is no command', 'db.drop', {}],
    ['a name that is not a string', 42, {}],
    ['no name at all', undefined, undefined],
    ['an object for a name', { toString: 'stats.get' }, {}],
  ])('answers %s with unknownCommand', async (_label, name, payload) => {
    expect(await send(INVOKE_CHANNEL, contents, name, payload)).toMatchObject({
      ok: false,
      error: { code: 'unknownCommand' },
    });
  });

  it('answers a page other than the app’s own with unknownCommand, however well-formed its payload', async () => {
    expect(await send(INVOKE_CHANNEL, { other: true }, 'stats.get', {})).toMatchObject({
      ok: false,
      error: { code: 'unknownCommand' },
    });
  });

  it('opens no save dialog for wrong options', async () => {
    const good = { title: 'PDF', defaultName: 'spravka.pdf', filter: { name: 'PDF', extensions: ['pdf'] } };
    for (const options of [
      42,
      null,
      'x',
      { ...good, unexpected: 1 },
      { ...good, defaultName: '' },
      { ...good, filter: { name: 'PDF', extensions: ['../x'] } },
    ]) {
      expect(await send(SAVE_AS_CHANNEL, contents, options)).toBeNull();
    }
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('ignores a cancel for a wrong job id without throwing', () => {
    const cancel = electron.listeners.get(CANCEL_CHANNEL);
    for (const id of [42, null, {}, '../x', 'x'.repeat(65)]) {
      expect(() => cancel?.({ sender: contents }, id)).not.toThrow();
    }
    expect(cancel).toBeDefined();
  });
});
