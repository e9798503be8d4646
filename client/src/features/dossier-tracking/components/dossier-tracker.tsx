import { useState, type SubmitEvent } from 'react';

import { Spinner } from '@/components/ui/spinner';
import { TextField } from '@/components/ui/text-field';
import { useTranslation } from '@/lib/i18n/use-translation';
import { isApiError } from '@/lib/problem-details';

import { useTrackDossier, type TrackDossierQuery } from '../api/track-dossier';

import { TrackingResult } from './tracking-result';
import './dossier-tracking.css';

type DossierTrackerProps = {
  /** A code to start with, e.g. from the QR code on a printed receipt. */
  initialCode: string;
  /** The looked-up code, for the page to keep in its address. */
  onCodeChange?: (code: string) => void;
};

/** The public look-up: dossier code plus the applicant's ID number or phone, then status and timeline. */
export function DossierTracker({ initialCode, onCodeChange }: DossierTrackerProps) {
  const { t } = useTranslation();
  const [code, setCode] = useState(initialCode);
  const [identity, setIdentity] = useState('');
  const [errors, setErrors] = useState<{ code?: string[]; identity?: string[] }>({});
  const [query, setQuery] = useState<TrackDossierQuery | null>(null);
  const tracking = useTrackDossier(query);

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = { code: code.trim(), identity: identity.trim() };
    const nextErrors = {
      code: next.code ? undefined : [t('track.required')],
      identity: next.identity ? undefined : [t('track.required')],
    };
    setErrors(nextErrors);
    if (!next.code || !next.identity) return;
    setQuery(next);
    onCodeChange?.(next.code);
    if (query?.code === next.code && query.identity === next.identity) void tracking.refetch();
  };

  const error = tracking.error;
  const message = !error
    ? null
    : isApiError(error) && error.status === 404
      ? t('track.notFound')
      : isApiError(error) && error.status === 429
        ? t('track.rateLimited')
        : isApiError(error) && error.status === 400
          ? (error.problem.detail ?? t('track.invalid'))
          : t('error.loadFailed');

  return (
    <>
      <form className="track-form" noValidate onSubmit={handleSubmit}>
        <TextField
          label={t('track.code')}
          name="code"
          autoComplete="off"
          required
          value={code}
          errors={errors.code}
          onChange={(event) => {
            setCode(event.target.value);
          }}
        />
        <TextField
          label={t('track.identity')}
          name="identity"
          autoComplete="off"
          required
          hint={t('track.identity.hint')}
          value={identity}
          errors={errors.identity}
          onChange={(event) => {
            setIdentity(event.target.value);
          }}
        />
        <button type="submit" className="button" disabled={tracking.isFetching}>
          {tracking.isFetching ? t('track.searching') : t('track.submit')}
        </button>
      </form>
      {tracking.isFetching && <Spinner label={t('track.searching')} />}
      {message && !tracking.isFetching && (
        <div className="callout callout--error" role="alert">
          <p>{message}</p>
        </div>
      )}
      {tracking.data && !error && <TrackingResult tracking={tracking.data} />}
    </>
  );
}
