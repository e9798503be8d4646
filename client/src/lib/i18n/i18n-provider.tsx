import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';

import { I18nContext, type I18nContextValue } from './i18n-context';
import { readStoredLanguage, storeLanguage } from './language-storage';
import { createTranslate, htmlLang, intlLocale, type Language } from './translate';

type I18nProviderProps = {
  children: ReactNode;
  /** Overrides the stored language (tests, server rendering). */
  initialLanguage?: Language;
};

export function I18nProvider({ children, initialLanguage }: I18nProviderProps) {
  const [language, setLanguageState] = useState<Language>(() => initialLanguage ?? readStoredLanguage());

  const setLanguage = useCallback((next: Language) => {
    storeLanguage(next);
    setLanguageState(next);
  }, []);

  useEffect(() => {
    document.documentElement.lang = htmlLang[language];
  }, [language]);

  const value = useMemo<I18nContextValue>(
    () => ({ language, locale: intlLocale[language], setLanguage, t: createTranslate(language) }),
    [language, setLanguage],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
