import { useSearchParams } from 'react-router';

import { PageTitle } from '@/components/ui/page-title';
import { DossierTracker } from '@/features/dossier-tracking/components/dossier-tracker';
import { useTranslation } from '@/lib/i18n/use-translation';

/** Public dossier tracking; `?code=` (from the QR code on printed forms) prefills the code. */
export function TrackRoute() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const initialCode = searchParams.get('code') ?? '';

  return (
    <div className="container page">
      <PageTitle title={t('track.title')} />
      <h1 className="page-title">{t('track.title')}</h1>
      <p className="muted">{t('track.lead')}</p>
      <DossierTracker
        initialCode={initialCode}
        onCodeChange={(code) => {
          setSearchParams({ code }, { replace: true });
        }}
      />
    </div>
  );
}
