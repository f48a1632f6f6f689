import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../../src-main/shared/domain';
import type { SpravkaSettings } from '../../../../src-main/shared/spravka';
import { call } from '../../api';
import { useCommand } from '../../hooks/useCommand';

/** Who issues the справка and who signs the form, in the document's language; saved when a field is left. */
export function DocDetails(props: { lang: Lang; onSaved: () => void; legend?: string }) {
  const { t } = useTranslation();
  const loaded = useCommand('spravka.settings', {});
  const [s, setS] = useState<SpravkaSettings | null>(null);
  useEffect(() => setS(loaded.data), [loaded.data]);
  if (!s) return null;
  const save = () => void call('spravka.saveSettings', s).then(props.onSaved);
  const l = props.lang;
  return (
    <fieldset className="details">
      <legend>{props.legend ?? t('ui:spravka.details')}</legend>
      <label>
        {t('ui:spravka.body')}
        <input
          value={s.body[l]}
          onChange={(e) => setS({ ...s, body: { ...s.body, [l]: e.target.value } })}
          onBlur={save}
        />
      </label>
      <label>
        {t('ui:spravka.position')}
        <input
          value={s.signatory.position[l]}
          onChange={(e) =>
            setS({
              ...s,
              signatory: { ...s.signatory, position: { ...s.signatory.position, [l]: e.target.value } },
            })
          }
          onBlur={save}
        />
      </label>
      <label>
        {t('ui:spravka.name')}
        <input
          value={s.signatory.name}
          onChange={(e) => setS({ ...s, signatory: { ...s.signatory, name: e.target.value } })}
          onBlur={save}
        />
      </label>
    </fieldset>
  );
}
