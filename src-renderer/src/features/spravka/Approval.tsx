import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Approval as ApprovalInfo } from '../../../../src-main/shared/spravka';
import { formatStamp } from '../../format';

/**
 * Approving freezes the справка as signed (numbers, text, details, date); withdrawing lets it follow
 * the store again. Both are asked twice: the first click explains what happens. While something the
 * approval needs is missing, the button says why it is off and points at the list of what is.
 */
export function Approval(props: {
  approval: ApprovalInfo | null;
  /** Why it cannot be approved yet, with the id of the list that says what is missing; null when it can. */
  blocked: { title: string; describedBy: string } | null;
  onApprove: () => Promise<void>;
  onWithdraw: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const confirm = async (action: () => Promise<void>) => {
    await action();
    setAsking(false);
  };
  const a = props.approval;
  if (a) {
    return (
      <div className="approval approved" role="status">
        <p>{t('ui:spravka.approvedNote', { at: formatStamp(a.approvedAt), user: a.approvedBy })}</p>
        {asking ? (
          <>
            <p>{t('ui:spravka.withdrawAsk')}</p>
            <button type="button" onClick={() => void confirm(props.onWithdraw)}>
              {t('ui:spravka.withdrawYes')}
            </button>
            <button type="button" onClick={() => setAsking(false)}>
              {t('ui:spravka.cancel')}
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setAsking(true)}>
            {t('ui:spravka.withdraw')}
          </button>
        )}
      </div>
    );
  }
  return asking ? (
    <div className="approval" role="group" aria-label={t('ui:spravka.approve')}>
      <p>{t('ui:spravka.approveAsk')}</p>
      <button type="button" className="primary" onClick={() => void confirm(props.onApprove)}>
        {t('ui:spravka.approveYes')}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        {t('ui:spravka.cancel')}
      </button>
    </div>
  ) : (
    <button
      type="button"
      disabled={props.blocked !== null}
      title={props.blocked?.title}
      aria-describedby={props.blocked?.describedBy}
      onClick={() => setAsking(true)}
    >
      {t('ui:spravka.approve')}
    </button>
  );
}
