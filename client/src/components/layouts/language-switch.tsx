import { useTranslation } from '@/lib/i18n/use-translation';

/** One button that switches to the other language; its text is in that language. */
export function LanguageSwitch() {
  const { language, setLanguage, t } = useTranslation();
  const next = language === 'vi' ? 'en' : 'vi';
  return (
    <button
      type="button"
      className="language-switch"
      lang={next}
      onClick={() => {
        setLanguage(next);
      }}
    >
      <svg className="language-switch__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <circle cx="12" cy="12" r="9.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
        <path
          d="M2.5 12h19M12 2.5c2.6 2.7 3.9 5.9 3.9 9.5s-1.3 6.8-3.9 9.5c-2.6-2.7-3.9-5.9-3.9-9.5s1.3-6.8 3.9-9.5z"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
        />
      </svg>
      {t('layout.language.switch')}
    </button>
  );
}
