import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../../src-main/shared/domain';
import type { AppError } from '../../../../src-main/shared/errors';
import { blocksApproval, type Registration } from '../../../../src-main/shared/spravka';
import { appError, call } from '../../api';
import { queryKey } from '../../hooks/query-state';
import type { Selection } from '../Selection';
import { DocDetails } from './DocDetails';
import { JobProgressBar } from '../../components/JobProgressBar';
import { useJob } from '../../hooks/useJob';
import { staleMarks } from '../../components/stale';
import { SpravkaPreview } from './SpravkaPreview';
import { Approval } from './Approval';
import { TextHistory } from './TextHistory';
import { PlanExport } from './PlanExport';
import { currentGaps, Gaps, GAPS_ID } from './Gaps';
import { RichEditor, type RichEditorHandle } from './editor/RichEditor';
import { useSpravkaText } from './useSpravkaText';

const EDITOR_LABEL = 'analytical-label';
const NO_LIVE = {};

type ExportKind = 'pdf' | 'docx' | 'xlsx';

/** The analytical part: the draft from the numbers, edited as in Word and saved as the analyst types. */
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

  // The preview is remade from what is stored: each save makes it stale.
  const [version, setVersion] = useState(0);
  const [printable, setPrintable] = useState(false);
  const onReady = useCallback((ready: boolean) => setPrintable(ready), []);
  const bump = useCallback(() => setVersion((v) => v + 1), []);

  const text = useSpravkaText(query, bump);
  const approval = text.shown?.approval ?? null;
  const editor = useRef<RichEditorHandle>(null);
  const [focus, setFocus] = useState('');

  // None listed for an approved справка, nor while another one's answer is still on screen.
  const gaps = approval || !text.current ? [] : currentGaps(text.current.gaps, text.doc);
  const blocking = gaps.filter(blocksApproval).length;

  const [failure, setFailure] = useState<AppError | null>(null);
  /** Approval and its withdrawal change what the document is made of: reload it all. */
  const decide = async (name: 'spravka.approve' | 'spravka.withdraw') => {
    await text.flush();
    try {
      setFailure(null);
      await call(name, query);
    } catch (e) {
      setFailure(appError(e));
    }
    text.reload();
    bump();
  };

  const saveRegistration = async (r: Registration) => {
    try {
      setFailure(null);
      text.accept(await call('spravka.saveRegistration', { ...query, ...r }));
      bump();
    } catch (e) {
      setFailure(appError(e));
    }
  };

  const job = useJob();
  const [exported, setExported] = useState<string | null>(null);
  const exportAs = async (kind: ExportKind) => {
    await text.flush();
    const base = t(kind === 'xlsx' ? 'ui:spravka.formName' : 'ui:spravka.pdfName', {
      quarter: query.quarter,
      lang: docLang,
    });
    const title = {
      pdf: 'ui:spravka.exportPdf',
      docx: 'ui:spravka.exportDocx',
      xlsx: 'ui:spravka.exportForm',
    }[kind];
    const path = await window.api.saveAs({
      title: t(title),
      defaultName: `${base}.${kind}`,
      filter: { name: kind.toUpperCase(), extensions: [kind] },
    });
    if (!path) return;
    try {
      setFailure(null);
      if (kind === 'pdf') {
        const r = await job.run('report.write', { ...docQuery, out: path });
        setExported(t('cli:report.pdf', { path: r.pdf, pages: r.pages }));
      } else if (kind === 'docx') {
        const r = await job.run('report.write', { ...docQuery, docx: path });
        setExported(t('cli:report.docx', { path: r.docx ?? path }));
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
      {!approval && (
        <Gaps
          gaps={gaps}
          onPlaceholder={(label, nth) => editor.current?.selectPlaceholder(label, nth)}
          onField={(key) => editor.current?.selectField(key)}
        />
      )}
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
        <span className={`status status-${text.status}`} role="status">
          {t(`ui:spravka.status.${text.status}`)}
        </span>
        <span className="spacer" />
        <Approval
          approval={approval}
          blocked={
            blocking > 0
              ? { title: t('ui:spravka.approveBlocked', { count: blocking }), describedBy: GAPS_ID }
              : null
          }
          onApprove={() => decide('spravka.approve')}
          onWithdraw={() => decide('spravka.withdraw')}
        />
        <button type="button" className="primary" onClick={() => void exportAs('pdf')}>
          {t('ui:spravka.exportPdf')}
        </button>
        <button type="button" onClick={() => void exportAs('docx')}>
          {t('ui:spravka.exportDocx')}
        </button>
        <button type="button" onClick={() => void exportAs('xlsx')}>
          {t('ui:spravka.exportForm')}
        </button>
        <PlanExport query={query} job={job} onSaved={setExported} onFailure={setFailure} />
        <button
          type="button"
          disabled={!printable || text.status === 'saving'}
          onClick={() => void window.api.print()}
        >
          {t('ui:spravka.print')}
        </button>
      </div>
      {job.progress && <JobProgressBar progress={job.progress} onCancel={job.cancel} />}
      {exported && <p className="ok">{exported}</p>}
      {failure && <p role="alert">{t(`errors:${failure.code}`, failure.params)}</p>}
      <DocDetails
        lang={docLang}
        onSaved={() => {
          bump();
          text.refresh();
        }}
        registration={
          text.current
            ? {
                scope: queryKey('spravka.text', query),
                value: text.current.registration,
                onSave: saveRegistration,
              }
            : undefined
        }
      />
      <div className="spravka-columns">
        <div className="spravka-edit" {...staleMarks(!text.loaded)}>
          <span className="editor-label" id={EDITOR_LABEL}>
            {t('ui:spravka.analytical')}
          </span>
          <RichEditor
            // One editor, and one undo history, per справка.
            key={queryKey('spravka.text', query)}
            ref={editor}
            doc={text.doc}
            live={text.shown?.live ?? NO_LIVE}
            readOnly={approval !== null}
            lang={docLang}
            labelledBy={EDITOR_LABEL}
            onChange={text.edit}
            onBlockFocus={setFocus}
          />
          <p className="note">{t(approval ? 'ui:spravka.frozenHint' : 'ui:spravka.hint')}</p>
          <TextHistory
            versions={text.versions}
            disabled={approval !== null}
            onRestore={(doc) => editor.current?.restore(doc)}
          />
        </div>
        <SpravkaPreview query={docQuery} version={version} focus={focus} onReady={onReady} />
      </div>
    </div>
  );
}
