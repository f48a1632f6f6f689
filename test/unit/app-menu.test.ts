import { describe, expect, it } from 'vitest';
import { appMenu } from '../../src-main/electron/app-menu';
import { MENU_ACTIONS } from '../../src-main/shared/ipc';

describe('the application menu', () => {
  it.each(['kk', 'ru'] as const)(
    '%s: every label translated, every action one the window handles',
    (lang) => {
      const menu = appMenu(lang);
      const entries = menu.flatMap((g) => g.items).filter((i) => i !== 'separator');
      for (const label of [...menu.map((g) => g.label), ...entries.map((e) => e.label)]) {
        expect(label).not.toMatch(/^(ui|menu|nav)[.:]/);
        expect(label).not.toMatch(/[A-Za-z]{3,}/);
      }
      for (const e of entries)
        expect(e.role !== undefined || MENU_ACTIONS.includes(e.action as never)).toBe(true);
      expect(entries.find((e) => e.action === `lang:${lang}`)?.checked).toBe(true);
    },
  );

  it('lists every tab in the View menu with its shortcut, Ctrl+1…8', () => {
    const view = appMenu('ru')[2]?.items.filter((i) => i !== 'separator' && i.action) ?? [];
    expect(view.map((i) => (i === 'separator' ? '' : `${i.action} ${i.accelerator}`))).toEqual(
      MENU_ACTIONS.filter((a) => a.startsWith('screen:')).map((a, i) => `${a} CmdOrCtrl+${i + 1}`),
    );
    const labels = view.map((i) => (i === 'separator' ? '' : i.label));
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels).toContain('Качество обслуживания');
    expect(appMenu('kk')[2]?.items).toContainEqual(
      expect.objectContaining({ label: 'Қызмет көрсету сапасы', action: 'screen:quality' }),
    );
  });

  it('speaks the UI language', () => {
    expect(appMenu('kk').map((g) => g.label)).toEqual(['Файл', 'Түзету', 'Көрініс', 'Тіл']);
    expect(appMenu('ru').map((g) => g.label)).toEqual(['Файл', 'Правка', 'Вид', 'Язык']);
  });
});
