import { useState, type SubmitEvent } from 'react';

import { QueryError } from '@/components/errors/query-error';
import { PageSection } from '@/components/ui/page-section';
import { Spinner } from '@/components/ui/spinner';
import { TextField } from '@/components/ui/text-field';
import { formatDateTime } from '@/lib/format';
import { dossierStatusLabel } from '@/lib/i18n/enum-labels';
import { useTranslation } from '@/lib/i18n/use-translation';
import { isApiError } from '@/lib/problem-details';

import { useRatingInvitation } from '../api/get-rating-invitation';
import { useRateDossierWithToken } from '../api/rate-dossier-with-token';

import { RatingForm } from './rating-form';
import { RatingSummary } from './rating-summary';

type TokenRatingProps = {
  /** The dossier code and the rating token printed on the receipt (Form 01), `''` until given. */
  code: string;
  token: string;
  onLookup: (code: string, token: string) => void;
};

/** A walk-in applicant's rating: the receipt's code and token, then the dossier and the rating form. */
export function TokenRating({ code, token, onLookup }: TokenRatingProps) {
  const { t, locale } = useTranslation();
  const invitation = useRatingInvitation(code, token);
  const rate = useRateDossierWithToken();
  const given = code !== '' && token !== '';

  const lookupError = isApiError(invitation.error)
    ? invitation.error.isNotFound
      ? t('rating.token.notFound')
      : invitation.error.status === 429
        ? t('rating.token.tooMany')
        : undefined
    : undefined;

  let body;
  if (!given || lookupError) {
    body = <TokenForm key={`${code}|${token}`} code={code} token={token} error={lookupError} onSubmit={onLookup} />;
  } else if (invitation.isPending) {
    body = <Spinner label={t('rating.loading')} />;
  } else if (invitation.isError) {
    body = (
      <QueryError
        onRetry={() => {
          void invitation.refetch();
        }}
      />
    );
  } else {
    const dossier = invitation.data;
    const alreadyRated = dossier.alreadyRated || (isApiError(rate.error) && rate.error.status === 409);
    body = (
      <>
        <dl className="meta-list">
          <div className="meta-list__item">
            <dt>{t('rating.token.code')}</dt>
            <dd>{dossier.code}</dd>
          </div>
          <div className="meta-list__item">
            <dt>{t('rating.token.procedure')}</dt>
            <dd>{dossier.procedureName}</dd>
          </div>
          <div className="meta-list__item">
            <dt>{t('rating.token.status')}</dt>
            <dd>{dossierStatusLabel(t, dossier.status)}</dd>
          </div>
          {dossier.returnedAt && (
            <div className="meta-list__item">
              <dt>{t('rating.token.returnedAt')}</dt>
              <dd>{formatDateTime(dossier.returnedAt, locale)}</dd>
            </div>
          )}
        </dl>
        {rate.data ? (
          <>
            <p className="callout" role="status">
              {t('rating.thanks')}
            </p>
            <RatingSummary rating={rate.data} />
          </>
        ) : alreadyRated ? (
          <p className="callout" role="status">
            {t('rating.token.alreadyRated')}
          </p>
        ) : !dossier.canRate ? (
          <p className="callout callout--warning" role="status">
            {t('rating.token.notYet')}
          </p>
        ) : (
          <RatingForm
            isPending={rate.isPending}
            error={rate.error}
            onSubmit={(values) => {
              rate.mutate({ ...values, code, token });
            }}
          />
        )}
      </>
    );
  }

  return (
    <PageSection title={given && !lookupError ? t('rating.token.dossier') : t('rating.token.lookup')} className="panel">
      {body}
    </PageSection>
  );
}

type TokenFormProps = {
  code: string;
  token: string;
  error: string | undefined;
  onSubmit: (code: string, token: string) => void;
};

/** The code and the token as printed on the receipt. */
function TokenForm({ code, token, error, onSubmit }: TokenFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState({ code, token });
  const [missing, setMissing] = useState<('code' | 'token')[]>([]);

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const empty = (['code', 'token'] as const).filter((name) => values[name].trim() === '');
    setMissing(empty);
    if (empty.length === 0) onSubmit(values.code.trim(), values.token.trim());
  };

  const required = (name: 'code' | 'token') => (missing.includes(name) ? [t('rating.required.field')] : []);

  return (
    <form className="auth-form" noValidate onSubmit={handleSubmit}>
      {error && (
        <div className="callout callout--error" role="alert">
          <p>{error}</p>
        </div>
      )}
      <p className="form-field__hint">{t('rating.token.hint')}</p>
      <TextField
        label={t('rating.token.code')}
        value={values.code}
        required
        errors={required('code')}
        onChange={(event) => {
          setValues((current) => ({ ...current, code: event.target.value }));
        }}
      />
      <TextField
        label={t('rating.token.token')}
        value={values.token}
        required
        autoComplete="off"
        errors={required('token')}
        onChange={(event) => {
          setValues((current) => ({ ...current, token: event.target.value }));
        }}
      />
      <div className="auth-form__footer">
        <button type="submit" className="button">
          {t('rating.token.open')}
        </button>
      </div>
    </form>
  );
}
