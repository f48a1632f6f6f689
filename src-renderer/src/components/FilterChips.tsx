import { useTranslation } from 'react-i18next';

export interface Chip {
  key: string;
  /** What the filter is on ("Регион"), and its value ("г. Астана"). */
  label: string;
  value: string;
  onRemove: () => void;
}

/** The active filters, each removable, and one button that clears them all. */
export function FilterChips(props: { chips: Chip[]; onClear: () => void }) {
  const { t } = useTranslation();
  if (props.chips.length === 0) return <span className="muted chips-none">{t('ui:filters.none')}</span>;
  return (
    <ul className="chips" aria-label={t('ui:filters.active')}>
      {props.chips.map((c) => (
        <li key={c.key} className="chip">
          <span className="chip-label">{c.label}:</span> <strong>{c.value}</strong>
          <button
            type="button"
            className="chip-remove"
            aria-label={t('ui:filters.remove', { what: `${c.label}: ${c.value}` })}
            onClick={c.onRemove}
          >
            ×
          </button>
        </li>
      ))}
      <li>
        <button type="button" className="small" onClick={props.onClear}>
          {t('ui:filters.clear')}
        </button>
      </li>
    </ul>
  );
}
