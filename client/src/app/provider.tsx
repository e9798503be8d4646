import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';

import { I18nProvider } from '@/lib/i18n/i18n-provider';
import type { Language } from '@/lib/i18n/translate';
import { createQueryClient } from '@/lib/react-query';

type AppProviderProps = {
  children: ReactNode;
  /** Tests pass their own client (no retries) and language. */
  queryClient?: QueryClient;
  language?: Language;
};

export function AppProvider({ children, queryClient, language }: AppProviderProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <I18nProvider initialLanguage={language}>
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </I18nProvider>
  );
}
