import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NameSource } from '../../../../src-main/shared/records';

/**
 * One name edited in place and saved when left or on Enter; for a name in a document language, where it came
 * from. A name the catalogue proposed is printed as it is but marked, so the analyst can check and accept it.
 */
export function NameField(props: {
  label: string;
  name: string | null;
  source: NameSource | null;
  onSave: (text: string) => void;
}) {
  const { t } = useTranslation();
  const shown = props.name ?? '';
  const [text, setText] = useState(shown);
  useEffect(() => setText(shown), [shown]);
  const commit = () => {
    const value = text.trim();
    if (value === shown) return;
    // Only the analyst's own name can be cleared: emptying a proposal, or the data's name, has nothing to clear.
    if (value === '' && props.source !== 'analyst') setText(shown);
    else props.onSave(value);
  };
  return (
    <div className="name-field">
      {/* A textarea that grows with its text: a long official name is read whole, not cut at the field's edge. */}
      <textarea
        rows={1}
        aria-label={props.label}
        aria-invalid={props.name === null}
        placeholder={t('ui:reference.names.none')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        // The browser's own undo spans every field of the page, so it is never let loose here: Ctrl+Z takes back
        // what was typed in this field, and in a field left as it was it is the catalogue's undo (useEditHistory).
        data-catalogue-undo=""
        onKeyDown={(e) => {
          const undoKey = (e.ctrlKey || e.metaKey) && !e.altKey && (e.code === 'KeyZ' || e.code === 'KeyY');
          if (undoKey && text !== shown) {
            e.preventDefault();
            if (e.code === 'KeyZ' && !e.shiftKey) setText(shown);
            return;
          }
          // A name is one line: Enter saves it.
          if (e.key === 'Enter') {
            e.preventDefault();
            e.currentTarget.blur();
          }
          if (e.key === 'Escape') setText(shown);
        }}
      />
      {props.source === 'catalogue' && (
        <span className="name-proposed">
          <span className="badge">{t('ui:reference.names.fromCatalogue')}</span>
          <button
            type="button"
            className="link"
            aria-label={t('ui:reference.names.acceptOne', { field: props.label })}
            // What is typed, if anything: the field's own save on leaving it sends the same.
            onClick={() => props.onSave(text.trim() || shown)}
          >
            {t('ui:reference.names.accept')}
          </button>
        </span>
      )}
      {props.source === 'data' && <span className="badge name-data">{t('ui:reference.names.fromData')}</span>}
    </div>
  );
}
