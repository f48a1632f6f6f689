import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../../src-main/shared/domain';
import type { Registration, SpravkaSettings } from '../../../../src-main/shared/spravka';
import { call } from '../../api';
import { useCommand } from '../../hooks/useCommand';
import { detailInputId } from './Gaps';

type PerLang = 'body' | 'position' | 'name';

const read = (s: SpravkaSettings, l: Lang, f: PerLang) =>
  f === 'body' ? s.body[l] : f === 'position' ? s.signatory.position[l] : s.signatory.name[l];

function write(s: SpravkaSettings, l: Lang, f: PerLang, v: string): SpravkaSettings {
  if (f === 'body') return { ...s, body: { ...s.body, [l]: v } };
  const which = f === 'position' ? 'position' : 'name';
  return { ...s, signatory: { ...s.signatory, [which]: { ...s.signatory[which], [l]: v } } };
}

const GAP_OF: Record<PerLang, Parameters<typeof detailInputId>[0]> = {
  body: 'holderName',
  position: 'signatoryPosition',
  name: 'signatoryName',
};

/**
 * Who issues the справка and who signs the form, in the document's language, and (on the справка's own
 * screen) its outgoing number and date; each saved when its field is left.
 */
export function DocDetails(props: {
  lang: Lang;
  onSaved: () => void;
  legend?: string;
  /** The справка's registration, `scope` naming the справка (its fields start afresh for another one). */
  registration?: { scope: string; value: Registration; onSave: (r: Registration) => Promise<void> };
}) {
  const { t } = useTranslation();
  const loaded = useCommand('spravka.settings', {});
  const [s, setS] = useState<SpravkaSettings | null>(null);
  useEffect(() => setS(loaded.data), [loaded.data]);
  const reg = props.registration;
  if (!s) return null;
  const l = props.lang;
  // Only this language's fields go back, over the settings as stored now: the other language may be
  // edited beside this one (the reference screen shows both).
  const save = (f: PerLang) => async () => {
    const now = await call('spravka.settings', {});
    await call('spravka.saveSettings', write(now, l, f, read(s, l, f)));
    props.onSaved();
  };
  const field = (f: PerLang, label: string) => (
    <label>
      {label}
      <input
        id={reg ? detailInputId(GAP_OF[f]) : undefined}
        value={read(s, l, f)}
        onChange={(e) => setS(write(s, l, f, e.target.value))}
        onBlur={() => void save(f)()}
      />
    </label>
  );
  return (
    <fieldset className={reg ? 'details with-registration' : 'details'}>
      <legend>{props.legend ?? t('ui:spravka.details')}</legend>
      {field('body', t('ui:spravka.body'))}
      {field('position', t('ui:spravka.position'))}
      {field('name', t('ui:spravka.name'))}
      {reg && <RegistrationFields key={reg.scope} initial={reg.value} onSave={reg.onSave} />}
    </fieldset>
  );
}

/**
 * The outgoing number and date. What is typed stays the analyst's until they leave the справка: the store's
 * answers to each save (which carry the registration too) never overwrite a field being typed in.
 */
function RegistrationFields(props: { initial: Registration; onSave: (r: Registration) => Promise<void> }) {
  const { t } = useTranslation();
  const [r, setR] = useState(props.initial);
  const [sent, setSent] = useState(props.initial);
  const save = () => {
    if (r.number === sent.number && r.date === sent.date) return;
    setSent(r);
    void props.onSave(r);
  };
  return (
    <>
      <label>
        {t('ui:spravka.regNumber')}
        <input value={r.number} onChange={(e) => setR({ ...r, number: e.target.value })} onBlur={save} />
      </label>
      <label>
        {t('ui:spravka.regDate')}
        <input
          value={r.date}
          inputMode="numeric"
          placeholder={t('ui:spravka.regDateFormat')}
          onChange={(e) => setR({ ...r, date: e.target.value })}
          onBlur={save}
        />
      </label>
    </>
  );
}
