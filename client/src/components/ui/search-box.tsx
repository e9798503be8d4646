import { useId, useState, type SubmitEvent } from 'react';

import { useTranslation } from '@/lib/i18n/use-translation';

type SearchBoxProps = {
  label: string;
  placeholder?: string;
  defaultValue?: string;
  /** Called with the trimmed text when the form is sent. */
  onSearch: (text: string) => void;
};

/** A labelled search input with its button, sent as a form (role="search"). */
export function SearchBox({ label, placeholder, defaultValue = '', onSearch }: SearchBoxProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(defaultValue);

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch(text.trim());
  };

  return (
    <form className="search-form" role="search" onSubmit={handleSubmit}>
      <label className="search-form__label" htmlFor={id}>
        {label}
      </label>
      <div className="search-form__row">
        <input
          id={id}
          className="search-form__input"
          type="search"
          value={text}
          placeholder={placeholder}
          onChange={(event) => {
            setText(event.target.value);
          }}
        />
        <button type="submit" className="button">
          {t('search.submit')}
        </button>
      </div>
    </form>
  );
}
