import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../src-main/shared/domain';
import { formatCount, formatStamp } from '../../src-main/shared/format';
import { SCREENS, type Screen } from '../../src-main/shared/ipc';
import { Calendar } from './features/calendar/Calendar';
import { Content } from './features/content/Content';
import { Import } from './features/import/Import';
import { Overview } from './features/overview/Overview';
import { Quality } from './features/quality/Quality';
import { Reference } from './features/reference/Reference';
import { SelectionBar, type Selection } from './features/Selection';
import { Spravka } from './features/spravka/Spravka';
import { Top10 } from './features/top10/Top10';
import { useCommand } from './hooks/useCommand';
import { useBackups } from './hooks/useBackups';
import { useStoreCheck } from './hooks/useStoreCheck';
import { rememberLang } from './i18n';

/** The screen a Ctrl/Cmd+digit chord names, or null: the window handles them too, the browser harness has no menu. */
function screenOfKey(e: KeyboardEvent): Screen | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return null;
  const n = /^Digit([1-9])$/.exec(e.code)?.[1] ?? (/^[1-9]$/.test(e.key) ? e.key : undefined);
  return n ? (SCREENS[Number(n) - 1] ?? null) : null;
}

export function App() {
  const { t, i18n } = useTranslation();
  const lang = (i18n.language === 'ru' ? 'ru' : 'kk') as Lang;
  const [screen, setScreen] = useState<Screen>('overview');
  const stats = useCommand('stats.get', {});
  const centers = useCommand('centers.list', {});
  const storeCheck = useStoreCheck();
  const backups = useBackups();
  const [selection, setSelection] = useState<Selection | null>(null);

  // The latest stored quarter is where an analyst starts.
  useEffect(() => {
    const latest = stats.data ? Object.keys(stats.data.byQuarter).sort().at(-1) : undefined;
    if (latest && !selection) setSelection({ center: '', quarter: latest, compare: 'previous' });
    if (stats.data && stats.data.total === 0) setScreen('import');
  }, [stats.data, selection]);

  const analysis = useCommand(
    'analysis.quarter',
    selection
      ? {
          quarter: selection.quarter,
          compare: selection.compare,
          ...(selection.center ? { center: selection.center } : {}),
        }
      : null,
  );

  // After an import or an undo every figure may differ.
  const changed = () => {
    stats.reload();
    centers.reload();
    analysis.reload();
    backups.reload();
  };

  const switchTo = (l: Lang) => {
    void i18n.changeLanguage(l);
    rememberLang(l);
  };
  // The main process builds the menu and dialogs in the UI language.
  useEffect(() => window.api.setUiLanguage(lang), [lang]);
  useEffect(
    () =>
      window.api.onMenu((action) => {
        const [kind, value] = action.split(':');
        if (kind === 'lang') switchTo(value as Lang);
        else setScreen(value as Screen);
      }),
    // switchTo only touches i18n and storage; subscribing once is enough.
    [],
  );
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const next = screenOfKey(e);
      if (!next) return;
      e.preventDefault();
      setScreen(next);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const error = (storeCheck.state === 'damaged' ? storeCheck.error : null) ?? stats.error ?? analysis.error;
  // A new selection's figures take a moment: the previous ones stay, marked, instead of a blank screen.
  const shown = analysis.data ?? analysis.stale;
  const stale = analysis.data === null;

  return (
    <div className="app">
      <header className="topbar">
        <h1>{t('common:appName')}</h1>
        <nav aria-label={t('ui:nav.label')}>
          {SCREENS.map((s, i) => (
            <button
              key={s}
              type="button"
              aria-current={screen === s ? 'page' : undefined}
              aria-keyshortcuts={`Control+${i + 1}`}
              title={t('ui:nav.shortcut', { key: `Ctrl+${i + 1}` })}
              onClick={() => setScreen(s)}
            >
              {t(`ui:nav.${s}`)}
            </button>
          ))}
        </nav>
        {storeCheck.state !== 'damaged' && (
          <span
            className={`store-check store-check-${storeCheck.state}`}
            role="status"
            title={[
              storeCheck.state === 'sound'
                ? t('ui:storeCheck.soundHint', { seconds: storeCheck.seconds.toFixed(1) })
                : null,
              backups.data === null
                ? null
                : backups.data.newestAt === null
                  ? t('ui:backups.none')
                  : t('ui:backups.kept', {
                      count: backups.data.count,
                      size: formatCount(Math.round(backups.data.bytes / 2 ** 20)),
                      at: formatStamp(backups.data.newestAt),
                    }),
            ]
              .filter(Boolean)
              .join('\n')}
          >
            {t(`ui:storeCheck.${storeCheck.state}`)}
          </span>
        )}
        {backups.data?.failed && (
          <span
            className="backup-failed"
            role="alert"
            title={t('ui:backups.failedHint', {
              at: formatStamp(backups.data.failed.at),
              reason: t(`errors:${backups.data.failed.error.code}`, backups.data.failed.error.params),
            })}
          >
            {t('ui:backups.failed')}
          </span>
        )}
        <div role="group" aria-label={t('ui:language')} className="langs">
          <button type="button" onClick={() => switchTo('kk')} aria-pressed={lang === 'kk'}>
            Қазақша
          </button>
          <button type="button" onClick={() => switchTo('ru')} aria-pressed={lang === 'ru'}>
            Русский
          </button>
        </div>
      </header>
      <main>
        {selection && stats.data && centers.data && (
          <SelectionBar value={selection} onChange={setSelection} centers={centers.data} stats={stats.data} />
        )}
        {error && <p role="alert">{t(`errors:${error.code}`, error.params)}</p>}
        {stats.data && stats.data.total === 0 && screen !== 'import' && (
          <p className="empty">{t('ui:empty')}</p>
        )}
        {stats.data && centers.data && screen === 'import' && (
          <Import
            stats={stats.data}
            centers={centers.data}
            selectedCenter={selection?.center ?? ''}
            onChanged={changed}
          />
        )}
        {shown && screen === 'overview' && <Overview analysis={shown} stale={stale} />}
        {shown && screen === 'quality' && <Quality analysis={shown} lang={lang} />}
        {shown && selection && screen === 'top10' && (
          <Top10 analysis={shown} stale={stale} lang={lang} selection={selection} />
        )}
        {selection && screen === 'content' && <Content selection={selection} onChanged={changed} />}
        {selection && screen === 'spravka' && <Spravka selection={selection} />}
        {selection && screen === 'calendar' && <Calendar selection={selection} />}
        {screen === 'reference' && <Reference onChanged={changed} />}
      </main>
    </div>
  );
}
