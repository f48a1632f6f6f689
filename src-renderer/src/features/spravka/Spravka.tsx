import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../../src-main/shared/domain';
import type { AppError } from '../../../../src-main/shared/errors';
import { appError, call } from '../../api';
import { useCommand } from '../../hooks/useCommand';
import type { Selection } from '../Selection';
import { DocDetails } from './DocDetails';
import { JobProgressBar } from '../../components/JobProgressBar';
import { useJob } from '../../hooks/useJob';
import { staleMarks } from '../../components/stale';
import { SpravkaPreview } from './SpravkaPreview';
import { Approval } from './Approval';
import { TextHistory } from './TextHistory';
import { PlanExport } from './PlanExport';

const AUTOSAVE_MS = 800;

/** The analytical part: the draft from the numbers, edited and saved as the analyst types. */
export function Spravka(props: { selection: Selection }) {
  const { t } = useTranslation();
  const [docLang, setDocLang] = useState<Lang>('kk');
  const query = {
    quarter: props.selection.quarter,
    lang: docLang,
    compare: props.selection.compare,
    ...(props.selection.center ? { center: props.selection.center } : {}),
  };
  // The quality annex goes into the document (preview and PDF) only; the text, its history
  // and the approval are keyed without it.
  const [qualityAnnex, setQualityAnnex] = useState(false);
  const docQuery = { ...query, ...(qualityAnnex ? { qualityAnnex: true } : {}) };
  const stored = useCommand('spravka.text', query);
  const history = useCommand('spravka.history', query);
  // Another language's or selection's text stays on screen, inert, until this one's arrives.
  const loaded = stored.data !== null && history.data !== null;
  const approval = (stored.data ?? stored.stale)?.approval ?? null;
  const [text, setText] = useState('');
  const [status, setStatus] = useState<'draft' | 'saved' | 'saving' | 'error'>('draft');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    if (!stored.data) return;
    setText(stored.data.text);
    setStatus(stored.data.isDraft ? 'draft' : 'saved');
  }, [stored.data]);

  // The preview is remade from what is stored: each save makes it stale.
  const [version, setVersion] = useState(0);
  const [printable, setPrintable] = useState(false);
  const onReady = useCallback((ready: boolean) => setPrintable(ready), []);
  const bump = useCallback(() => setVersion((v) => v + 1), []);

  const save = (value: string) =>
    call('spravka.saveText', { ...query, text: value })
      .then(() => (setStatus('saved'), bump(), history.reload()))
      .catch(() => setStatus('error'));

  /** What is on screen is what gets approved or exported: a pending autosave goes first. */
  const flush = async () => {
    if (!timer.current) return;
    clearTimeout(timer.current);
    timer.current = null;
    await save(text);
  };

  const [failure, setFailure] = useState<AppError | null>(null);
  /** Approval and its withdrawal change what the document is made of: reload it all. */
  const decide = async (name: 'spravka.approve' | 'spravka.withdraw') => {
    await flush();
    try {
      setFailure(null);
      await call(name, query);
    } catch (e) {
      setFailure(appError(e));
    }
    stored.reload();
    history.reload();
    bump();
  };

  const edit = (value: string) => {
    setText(value);
    setStatus('saving');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(value), AUTOSAVE_MS);
  };

  const job = useJob();
  const [exported, setExported] = useState<string | null>(null);
  const exportAs = async (kind: 'pdf' | 'xlsx') => {
    await flush();
    const base = t(kind === 'pdf' ? 'ui:spravka.pdfName' : 'ui:spravka.formName', {
      quarter: query.quarter,
      lang: docLang,
    });
    const path = await window.api.saveAs({
      title: t(kind === 'pdf' ? 'ui:spravka.exportPdf' : 'ui:spravka.exportForm'),
      defaultName: `${base}.${kind}`,
      filter: { name: kind.toUpperCase(), extensions: [kind] },
    });
    if (!path) return;
    try {
      setFailure(null);
      if (kind === 'pdf') {
        const r = await job.run('report.write', { ...docQuery, out: path });
        setExported(t('cli:report.pdf', { path: r.pdf, pages: r.pages }));
      } else {
        await job.run('report.form', { ...query, out: path });
        setExported(t('cli:report.xlsx', { path }));
      }
    } catch (e) {
      setFailure(appError(e));
    }
  };

  return (
    <div className="spravka">
      <div className="toolbar">
        <label>
          {t('ui:spravka.docLang')}
          <select value={docLang} onChange={(e) => setDocLang(e.target.value as Lang)}>
            <option value="kk">Қазақша</option>
            <option value="ru">Русский</option>
          </select>
        </label>
        <label className="inline">
          <input type="checkbox" checked={qualityAnnex} onChange={(e) => setQualityAnnex(e.target.checked)} />
          {t('ui:spravka.qualityAnnex')}
        </label>
        <span className={`status status-${status}`} role="status">
          {t(`ui:spravka.status.${status}`)}
        </span>
        <span className="spacer" />
        <Approval
          approval={approval}
          onApprove={() => decide('spravka.approve')}
          onWithdraw={() => decide('spravka.withdraw')}
        />
        <button type="button" className="primary" onClick={() => void exportAs('pdf')}>
          {t('ui:spravka.exportPdf')}
        </button>
        <button type="button" onClick={() => void exportAs('xlsx')}>
          {t('ui:spravka.exportForm')}
        </button>
        <PlanExport query={query} job={job} onSaved={setExported} onFailure={setFailure} />
        <button
          type="button"
          disabled={!printable || status === 'saving'}
          onClick={() => void window.api.print()}
        >
          {t('ui:spravka.print')}
        </button>
      </div>
      {job.progress && <JobProgressBar progress={job.progress} onCancel={job.cancel} />}
      {exported && <p className="ok">{exported}</p>}
      {failure && <p role="alert">{t(`errors:${failure.code}`, failure.params)}</p>}
      <DocDetails lang={docLang} onSaved={bump} />
      <div className="spravka-columns">
        <div className="spravka-edit" {...staleMarks(!loaded)}>
          <label className="editor-label" htmlFor="analytical">
            {t('ui:spravka.analytical')}
          </label>
          <textarea
            id="analytical"
            className="editor"
            value={text}
            onChange={(e) => edit(e.target.value)}
            readOnly={approval !== null}
            spellCheck={false}
          />
          <p className="note">{t(approval ? 'ui:spravka.frozenHint' : 'ui:spravka.hint')}</p>
          <TextHistory
            versions={history.data ?? history.stale ?? []}
            disabled={approval !== null}
            onRestore={edit}
          />
        </div>
        <SpravkaPreview query={docQuery} version={version} onReady={onReady} />
      </div>
    </div>
  );
}
