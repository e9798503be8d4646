import { useTranslation } from '@/lib/i18n/use-translation';

type ConsultsCheckboxProps = {
  checked: boolean;
  onChange: (checked: boolean) => void;
};

/** "Other agencies are consulted": the answer deadline is then the longer one. */
export function ConsultsCheckbox({ checked, onChange }: ConsultsCheckboxProps) {
  const { t } = useTranslation();
  return (
    <div className="form-field">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={checked}
          onChange={(event) => {
            onChange(event.target.checked);
          }}
        />{' '}
        {t('feedback.officer.consults')}
      </label>
      <p className="form-field__hint">{t('feedback.officer.consults.hint')}</p>
    </div>
  );
}
