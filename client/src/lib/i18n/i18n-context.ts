import { createContext } from 'react';

import type { Language, Translate } from './translate';

export type I18nContextValue = {
  language: Language;
  /** BCP 47 locale for Intl formatting of UI values (counts, dates). */
  locale: string;
  setLanguage: (language: Language) => void;
  t: Translate;
};

export const I18nContext = createContext<I18nContextValue | null>(null);
