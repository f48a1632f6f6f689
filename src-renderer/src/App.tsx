import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stats } from '../../src-main/shared/contract';
import type { Lang } from '../../src-main/shared/domain';
import { formatCount } from '../../src-main/shared/format';
import { ApiError, call } from './api';
import { rememberLang } from './i18n';

// The store at a glance; the full workspace (import, overview, справка) is built on this in issue #4.
export function App() {
  const { t, i18n } = useTranslation();
  const [stats, setStats] = useState<Stats | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call('stats.get', {})
      .then(setStats)
      .catch((e: unknown) =>
        setError(e instanceof ApiError ? t(`errors:${e.error.code}`, e.error.params) : String(e)),
      );
  }, [t]);

  const switchTo = (lang: Lang) => {
    void i18n.changeLanguage(lang);
    rememberLang(lang);
  };

  return (
    <main>
      <header>
        <h1>{t('common:appName')}</h1>
        <div role="group" aria-label={t('ui:language')}>
          <button type="button" onClick={() => switchTo('kk')} aria-pressed={i18n.language === 'kk'}>
            Қазақша
          </button>{' '}
          <button type="button" onClick={() => switchTo('ru')} aria-pressed={i18n.language === 'ru'}>
            Русский
          </button>
        </div>
      </header>
      {error && <p role="alert">{error}</p>}
      {stats && (
        <section aria-labelledby="stored">
          <h2 id="stored">{t('ui:stored', { total: formatCount(stats.total) })}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('ui:quarter')}</th>
                <th scope="col">{t('ui:requests')}</th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(stats.byQuarter).map(([q, n]) => (
                <tr key={q}>
                  <td>{q}</td>
                  <td>{formatCount(n)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </main>
  );
}
