import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../../src-main/shared/domain';
import { call } from '../../api';
import { useCommand } from '../../hooks/useCommand';
import type { Selection } from '../Selection';

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
  const stored = useCommand('spravka.text', query);
  const [text, setText] = useState('');
  const [status, setStatus] = useState<'draft' | 'saved' | 'saving' | 'error'>('draft');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    if (!stored.data) return;
    setText(stored.data.text);
    setStatus(stored.data.isDraft ? 'draft' : 'saved');
  }, [stored.data]);

  const edit = (value: string) => {
    setText(value);
    setStatus('saving');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      call('spravka.saveText', { ...query, text: value })
        .then(() => setStatus('saved'))
        .catch(() => setStatus('error'));
    }, AUTOSAVE_MS);
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
        <span className={`status status-${status}`} role="status">
          {t(`ui:spravka.status.${status}`)}
        </span>
      </div>
      <label className="editor-label" htmlFor="analytical">
        {t('ui:spravka.analytical')}
      </label>
      <textarea
        id="analytical"
        className="editor"
        value={text}
        onChange={(e) => edit(e.target.value)}
        spellCheck={false}
      />
      <p className="note">{t('ui:spravka.hint')}</p>
    </div>
  );
}
