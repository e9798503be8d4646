import { useId, useState, type SubmitEvent } from 'react';

import { useTranslation } from '@/lib/i18n/use-translation';

type ProcedureSearchFormProps = {
  defaultValue?: string;
  onSearch: (q: string) => void;
  /** 'hero' is the large box on the home page. */
  variant?: 'hero' | 'compact';
};

export function ProcedureSearchForm({ defaultValue = '', onSearch, variant = 'compact' }: ProcedureSearchFormProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const [value, setValue] = useState(defaultValue);

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch(value.trim());
  };

  return (
    <form role="search" className={`search-form search-form--${variant}`} onSubmit={handleSubmit}>
      <label htmlFor={inputId} className="search-form__label">
        {t('search.label')}
      </label>
      <div className="search-form__row">
        <input
          id={inputId}
          type="search"
          name="q"
          className="search-form__input"
          value={value}
          placeholder={t('search.placeholder')}
          autoComplete="off"
          enterKeyHint="search"
          onChange={(event) => {
            setValue(event.target.value);
          }}
        />
        <button type="submit" className="button search-form__submit">
          {t('search.submit')}
        </button>
      </div>
    </form>
  );
}
