import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../src-main/shared/errors';
import { appError } from '../../api';
import { formatCount } from '../../format';
import type { JobState } from '../../hooks/useJob';
import type { SpravkaQuery } from '../../../../src-main/shared/commands/spravka';

/**
 * §11's information-explanatory work plan for the topics over 30 %: one save dialog for the PDF, the
 * spreadsheet to fill in written beside it under the same name; or the plan as a DOCX to go on editing in
 * Word. Runs on the screen's job, so its progress, result and failure show where the справка's own
 * exports do.
 */
export function PlanExport(props: {
  query: SpravkaQuery;
  job: JobState;
  onSaved: (message: string) => void;
  onFailure: (error: AppError | null) => void;
}) {
  const { t } = useTranslation();
  const { quarter, lang } = props.query;
  const ask = (title: string, ext: 'pdf' | 'docx') =>
    window.api.saveAs({
      title,
      defaultName: `${t('ui:plan.fileName', { quarter, lang })}.${ext}`,
      filter: { name: ext.toUpperCase(), extensions: [ext] },
    });
  const attempt = async (write: () => Promise<string>) => {
    try {
      props.onFailure(null);
      props.onSaved(await write());
    } catch (e) {
      props.onFailure(appError(e));
    }
  };
  const savePdf = async () => {
    const path = await ask(t('ui:plan.export'), 'pdf');
    if (!path) return;
    const xlsx = `${path.replace(/\.pdf$/i, '')}.xlsx`;
    await attempt(async () => {
      const r = await props.job.run('report.plan', { ...props.query, out: path, xlsx });
      return t('ui:plan.saved', {
        pdf: r.pdf,
        pages: r.pages,
        topics: formatCount(r.topics),
        xlsx: r.xlsx ?? xlsx,
      });
    });
  };
  const saveDocx = async () => {
    const path = await ask(t('ui:plan.exportDocx'), 'docx');
    if (!path) return;
    await attempt(async () => {
      const r = await props.job.run('report.plan', { ...props.query, docx: path });
      return t('cli:plan.docx', { path: r.docx ?? path, topics: formatCount(r.topics) });
    });
  };
  return (
    <>
      <button type="button" title={t('ui:plan.exportTitle')} onClick={() => void savePdf()}>
        {t('ui:plan.export')}
      </button>
      <button type="button" title={t('ui:plan.exportDocxTitle')} onClick={() => void saveDocx()}>
        {t('ui:plan.exportDocx')}
      </button>
    </>
  );
}
