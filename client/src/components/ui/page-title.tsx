import { useEffect } from 'react';

import { useTranslation } from '@/lib/i18n/use-translation';

type PageTitleProps = {
  /** The page's own title; the portal name is appended. */
  title?: string;
};

/** Sets document.title for the current page and language. Renders nothing. */
export function PageTitle({ title }: PageTitleProps) {
  const { t } = useTranslation();
  const text = title ? `${title} | ${t('app.title')}` : t('app.title');
  useEffect(() => {
    document.title = text;
  }, [text]);
  return null;
}
