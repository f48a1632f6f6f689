// The quarter's calendar through the real registry: a quarter's справка goes draft → submitted →
// approved → posted, each step dated and signed by the OS user, posted never before approved, every mark in
// the audit log.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { osUser, readAudit } from '../../src-main/db/audit';
import { translator } from '../../src-main/i18n';
import { tempDir } from '../fixtures/build';
import { downgradeTo, importSample, openRaw, testBackend, type TestBackend } from '../fixtures/store';
import { readyForApproval } from '../fixtures/rich-text';

const CENTER = 'Единый контакт-центр 1414';
const Q3 = { quarter: '2026-Q3' } as const;
let clock: string;
let dir: string;
let b: TestBackend;

const open = () => testBackend(join(dir, 'saraptama.db'), { now: () => clock });
const call: TestBackend['call'] = (name, payload) => b.call(name, payload);
const refused: TestBackend['refused'] = (name, payload) => b.refused(name, payload);

beforeEach(async () => {
  dir = tempDir();
  // The sample runs to 30 September 2026: imported once the quarter is over, then the clock goes back.
  clock = '2026-11-23 10:00:00';
  b = open();
  await importSample(b, CENTER);
  clock = '2026-09-28 09:00:00';
});
afterEach(() => b.close());

describe('a quarter’s calendar', () => {
  it('shows the deadlines of 2026-Q3 as the backend’s clock reads them', async () => {
    const c = await call('calendar.quarter', Q3);
    expect(c).toMatchObject({
      quarter: '2026-Q3',
      center: null,
      today: '2026-09-28',
      quarterEnd: '2026-09-30',
      workStarts: '2026-10-01',
      status: 'draft',
      events: [],
      approvals: [],
      warnings: [],
    });
    expect(c.deadlines.map((d) => [d.kind, d.date, d.state, d.workingDaysLeft])).toEqual([
      ['analysis', '2026-10-05', 'ok', 5],
      ['limit', '2026-10-14', 'ok', 12],
      ['posting', '2026-10-23', 'ok', 19],
    ]);
    // The test store's clock is in late November: everything is missed by then.
    clock = '2026-11-23 10:00:00';
    const late = await call('calendar.quarter', { quarter: '2026q3' });
    expect(late.deadlines.map((d) => d.state)).toEqual(['missed', 'missed', 'missed']);
    expect(late.warnings.map((w) => [w.code, 'deadline' in w ? w.deadline : null])).toEqual([
      ['missed', 'analysis'],
      ['missed', 'limit'],
      ['missed', 'posting'],
    ]);
  });

  it('records each step with its time and user, posted only once approved', async () => {
    clock = '2026-10-02 15:30:00';
    const submitted = await call('spravka.setStatus', { ...Q3, status: 'submitted' });
    expect(submitted.status).toBe('submitted');
    expect(submitted.events).toEqual([{ status: 'submitted', at: '2026-10-02 15:30:00', by: osUser() }]);
    expect(submitted.deadlines.map((d) => [d.kind, d.state, d.late])).toEqual([
      ['analysis', 'done', false],
      ['limit', 'done', false],
      ['posting', 'ok', false],
    ]);

    // §16: the справка is posted only once the first head approved it.
    clock = '2026-10-20 11:00:00';
    const before = b.store.sqlite.prepare('SELECT count(*) FROM spravka_status_events').pluck().get();
    const error = await refused('spravka.setStatus', { ...Q3, status: 'posted' });
    expect(error).toEqual({ code: 'spravkaNotApproved', params: { quarter: '2026-Q3' } });
    expect(translator('ru')(`errors:${error.code}`, error.params)).toBe(
      'Справка за 2026-Q3 не одобрена первым руководителем: отметить ее размещение в ИПГО можно только после утверждения (экран «Справка», кнопка «Утвердить справку»).',
    );
    expect(translator('kk')(`errors:${error.code}`, error.params)).toMatch(
      /^2026-Q3 бойынша анықтаманы бірінші басшы мақұлдамаған: .*МОИП/,
    );
    expect(b.store.sqlite.prepare('SELECT count(*) FROM spravka_status_events').pluck().get()).toBe(before);

    // Approving the справка in one language is the first head's approval of the quarter.
    await readyForApproval(b, { ...Q3, lang: 'kk' });
    await call('spravka.approve', { ...Q3, lang: 'kk' });
    clock = '2026-10-22 09:00:00';
    const approved = await call('calendar.quarter', Q3);
    expect(approved.status).toBe('approved');
    expect(approved.approvals).toEqual([
      { lang: 'kk', compare: 'previous', at: '2026-10-20 11:00:00', by: osUser() },
    ]);
    // Thursday 22 October: Friday 23 is the last day to post.
    expect(approved.deadlines[2]).toMatchObject({ state: 'near', workingDaysLeft: 1 });
    expect(approved.warnings).toEqual([
      { code: 'near', deadline: 'posting', date: '2026-10-23', workingDaysLeft: 1 },
    ]);

    const posted = await call('spravka.setStatus', { ...Q3, status: 'posted' });
    expect(posted.status).toBe('posted');
    expect(posted.events).toEqual([
      { status: 'submitted', at: '2026-10-02 15:30:00', by: osUser() },
      { status: 'posted', at: '2026-10-22 09:00:00', by: osUser() },
    ]);
    expect(posted.deadlines.every((d) => d.state === 'done' && !d.late)).toBe(true);
    expect(posted.warnings).toEqual([]);

    // Withdrawing the approval later leaves the posting on record, with a warning.
    clock = '2026-11-02 10:00:00';
    await call('spravka.withdraw', { ...Q3, lang: 'kk' });
    const withdrawn = await call('calendar.quarter', Q3);
    expect(withdrawn.status).toBe('posted');
    expect(withdrawn.warnings).toEqual([{ code: 'approvalWithdrawn' }]);
  });

  it('logs every mark in the audit log, never a refused one', async () => {
    clock = '2026-10-02 15:30:00';
    await call('spravka.setStatus', { ...Q3, status: 'submitted' });
    await refused('spravka.setStatus', { ...Q3, status: 'posted' });
    clock = '2026-10-05 09:00:00';
    await readyForApproval(b, { ...Q3, lang: 'ru' });
    await call('spravka.approve', { ...Q3, lang: 'ru' });
    clock = '2026-10-06 12:00:00';
    await call('spravka.setStatus', { ...Q3, center: CENTER.toUpperCase(), status: 'submitted' });
    const log = readAudit(b.store).filter(
      (e) => e.action === 'spravka.setStatus' || e.action === 'spravka.approve',
    );
    expect(log.map((e) => [e.action, e.at, e.osUser, e.detail])).toEqual([
      [
        'spravka.setStatus',
        '2026-10-02 15:30:00',
        osUser(),
        { quarter: '2026-Q3', center: null, status: 'submitted' },
      ],
      ['spravka.approve', '2026-10-05 09:00:00', osUser(), expect.objectContaining({ lang: 'ru' })],
      [
        'spravka.setStatus',
        '2026-10-06 12:00:00',
        osUser(),
        { quarter: '2026-Q3', center: CENTER, status: 'submitted' },
      ],
    ]);
    for (const lang of ['ru', 'kk'] as const) {
      expect(translator(lang)('cli:audit.action.spravka_setStatus')).not.toBe(
        'audit.action.spravka_setStatus',
      );
    }
  });

  it('keeps each contact center’s справка apart from the all-centers one', async () => {
    clock = '2026-10-02 15:30:00';
    const own = await call('spravka.setStatus', { ...Q3, center: CENTER, status: 'submitted' });
    expect(own).toMatchObject({ center: CENTER, status: 'submitted' });
    expect((await call('calendar.quarter', Q3)).status).toBe('draft');
    expect((await call('calendar.quarter', { ...Q3, center: ` ${CENTER.toLowerCase()} ` })).status).toBe(
      'submitted',
    );
    expect(await refused('calendar.quarter', { ...Q3, center: 'Нет такого' })).toMatchObject({
      code: 'unknownCenter',
    });
    expect(await refused('spravka.setStatus', { quarter: '2026-Q5', status: 'submitted' })).toMatchObject({
      code: 'badQuarter',
    });
    expect(await refused('spravka.setStatus', { ...Q3, status: 'approved' as 'posted' })).toMatchObject({
      code: 'invalidPayload',
    });
  });

  it('adds its table to a store an older version made', async () => {
    b.close();
    const old = openRaw(join(dir, 'saraptama.db'));
    downgradeTo(old, 6);
    old.close();
    b = open();
    clock = '2026-10-02 15:30:00';
    expect((await call('spravka.setStatus', { ...Q3, status: 'submitted' })).status).toBe('submitted');
  });
});

it('the calendar of a quarter in a year with no data warns that it is approximate', async () => {
  const fresh = testBackend(join(tempDir(), 'saraptama.db'), { now: () => '2026-12-01 09:00:00' });
  try {
    const c = await fresh.call('calendar.quarter', { quarter: '2026-Q4' });
    expect(c.deadlines.map((d) => d.date)).toEqual(['2027-01-05', '2027-01-19', '2027-01-25']);
    expect(c.warnings).toEqual([{ code: 'calendarUnknown', years: [2027] }]);
  } finally {
    fresh.close();
  }
});
