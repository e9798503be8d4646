import { useSearchParams } from 'react-router';

import { PageTitle } from '@/components/ui/page-title';
import { TokenRating } from '@/features/satisfaction/components/token-rating';
import { useTranslation } from '@/lib/i18n/use-translation';

/** A walk-in applicant rates a returned dossier with the code and the token of the receipt (Form 01), no account needed. */
export function RateRoute() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const code = searchParams.get('code')?.trim() ?? '';
  const token = searchParams.get('token')?.trim() ?? '';

  return (
    <div className="container page">
      <PageTitle title={t('rating.token.title')} />
      <h1 className="page-title">{t('rating.token.title')}</h1>
      <p>{t('rating.token.lead')}</p>
      <TokenRating
        code={code}
        token={token}
        onLookup={(nextCode, nextToken) => {
          setSearchParams({ code: nextCode, token: nextToken });
        }}
      />
    </div>
  );
}
