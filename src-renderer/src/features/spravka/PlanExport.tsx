import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../src-main/shared/errors';
import { appError } from '../../api';
import { formatCount } from '../../format';
import type { JobState } from '../../hooks/useJob';
import type { SpravkaQuery } from '../../../../src-main/shared/commands/spravka';

/**
 * §11's information-explanatory work plan for the topics over 30 %: one save dialog for the PDF, the
 * spreadsheet to fill in written beside it under the same name. Runs on the screen's job, so its
 * progress, result and failure show where the справка's own exports do.
 */
export function PlanExport(props: {
  query: SpravkaQuery;
  job: JobState;
  onSaved: (message: string) => void;
  onFailure: (error: AppError | null) => void;
}) {
  const { t } = useTranslation();
  const save = async () => {
    const { quarter, lang } = props.query;
    const path = await window.api.saveAs({
      title: t('ui:plan.export'),
      defaultName: `${t('ui:plan.fileName', { quarter, lang })}.pdf`,
      filter: { name: 'PDF', extensions: ['pdf'] },
    });
    if (!path) return;
    const xlsx = `${path.replace(/\.pdf$/i, '')}.xlsx`;
    try {
      props.onFailure(null);
      const r = await props.job.run('report.plan', { ...props.query, out: path, xlsx });
      props.onSaved(
        t('ui:plan.saved', {
          pdf: r.pdf,
          pages: r.pages,
          topics: formatCount(r.topics),
          xlsx: r.xlsx ?? xlsx,
        }),
      );
    } catch (e) {
      props.onFailure(appError(e));
    }
  };
  return (
    <button type="button" title={t('ui:plan.exportTitle')} onClick={() => void save()}>
      {t('ui:plan.export')}
    </button>
  );
}
